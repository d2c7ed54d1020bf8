/**
 * `npm start`: builds both extensions, serves the bundled demo article (assets/demo/article.html)
 * on 127.0.0.1 and opens Debian's Chromium with Claimlens loaded. With a display, the browser
 * window stays open until Ctrl+C; without one (a server, CI), it runs headless, saves
 * screenshots of the highlighted page and of the popup under .output/demo/, and prints what
 * Claimlens found.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_BIN, launchBrowser, readPopup, waitForHighlights } from '../tests/e2e/harness';
import { serveDir } from '../tests/e2e/server';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.output/demo');
const DEMO_DIR = path.join(ROOT, 'assets/demo');

function build(): void {
  for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
    console.log(`> npx ${args.join(' ')}`);
    const r = spawnSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
  }
  console.log(`built .output/chrome-mv3 and .output/firefox-mv2`);
}

interface Found {
  kind: string;
  text: string;
  value?: number;
  currency?: string;
  period?: string;
  name?: string;
  speaker?: string;
  allegation?: boolean;
  target?: string;
}

function describe(f: Found): string {
  switch (f.kind) {
    case 'money':
      return `${f.text} → ${f.value?.toLocaleString('en')} ${f.currency}${f.period ? ` per ${f.period}` : ''}`;
    case 'company':
      return `${f.text} → ${f.name}`;
    default:
      return `${f.allegation ? '[allegation] ' : ''}“${f.text}” — ${f.speaker ?? 'unattributed'}${f.target ? ` against ${f.target}` : ''}`;
  }
}

/** The content script's findings for `tabId`, asked from an extension page as the popup does. */
async function pageFindings(popup: { evaluate<R, A>(fn: (a: A) => R | Promise<R>, arg: A): Promise<R> }, tabId: number): Promise<Found[]> {
  return popup.evaluate(async (id: number) => {
    const api = (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object): Promise<unknown> } } }).chrome;
    const answer = (await api.tabs.sendMessage(id, { type: 'getFindings' })) as { findings?: Found[] } | undefined;
    return answer?.findings ?? [];
  }, tabId);
}

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM_BIN)) throw new Error(`${CHROMIUM_BIN} is missing: install it with  apt-get install -y chromium firefox-esr (as root)`);
  build();
  const server = await serveDir(DEMO_DIR);
  const headless = !process.env.DISPLAY;
  const browser = await launchBrowser('chromium', { headed: !headless, viewport: { width: 1100, height: 900 } });
  const page = await browser.open(server.url('article.html'));
  console.log(`demo article: ${page.url()}`);
  await waitForHighlights(page);
  const tabId = await browser.tabIdFor(page.url());
  const popup = await browser.openPopup(tabId);
  const findings = await pageFindings(popup, tabId);
  console.log(`\nClaimlens found ${findings.length} items:`);
  for (const f of findings) console.log(`  ${f.kind.padEnd(8)} ${describe(f)}`);

  if (!headless) {
    console.log('\nThe browser stays open; the popup is in the other tab (or click the toolbar icon). Press Ctrl+C to end.');
    await new Promise<void>((resolve) => process.on('SIGINT', () => resolve()));
  } else {
    fs.mkdirSync(OUT, { recursive: true });
    await new Promise((r) => setTimeout(r, 300)); // let the last highlight paint
    await page.screenshot(path.join(OUT, 'page.png'), true);
    await popup.waitFor(() => document.querySelectorAll('li[data-kind]').length > 0, undefined, 10_000);
    await popup.screenshot(path.join(OUT, 'popup.png'), true);
    const view = await readPopup(popup);
    console.log(`popup: ${Object.entries(view.counts).map(([k, n]) => `${k} ${n}`).join(', ')}`);
    console.log(`\nno display: ran headless; screenshots in ${path.relative(ROOT, OUT)}/page.png and popup.png`);
  }
  await browser.close();
  await server.close();
}

main().catch((e: unknown) => {
  console.error(`claimlens demo: ${(e as Error).message}`);
  process.exit(1);
});
