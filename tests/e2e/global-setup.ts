/**
 * Stops the real-browser run before any test when a browser or a build it needs is missing, with
 * the command that fixes it: a missing browser is never a silent skip.
 */
import fs from 'node:fs';
import path from 'node:path';

const NEEDED = [
  ['/usr/bin/chromium', 'a browser: install it with  apt-get install -y chromium (as root)'],
  ['/usr/bin/firefox-esr', 'a browser: install it with  apt-get install -y firefox-esr (as root)'],
  ['.output/chrome-mv3/manifest.json', 'the Chrome build: run  npx wxt build'],
  ['.output/firefox-mv2/manifest.json', 'the Firefox build: run  npx wxt build -b firefox'],
] as const;

export default function setup(): void {
  const missing = NEEDED.filter(([file]) => !fs.existsSync(path.resolve(file)));
  if (missing.length > 0) {
    throw new Error(`The real-browser tests cannot run:\n${missing.map(([f, why]) => `  ${f} is missing (${why})`).join('\n')}`);
  }
}
