/**
 * `npm start`: builds both extensions, serves the bundled demo article (assets/demo/article.html)
 * on 127.0.0.1 and opens Debian's Chromium with Claimlens loaded. With a display, the browser
 * window stays open until you close it; without one (a server, CI), it runs headless, saves
 * screenshots of the highlighted page and of the popup under .output/demo/, and prints what
 * Claimlens found.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Worker } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = '/usr/bin/chromium';
const EXT = path.join(ROOT, '.output/chrome-mv3');
const OUT = path.join(ROOT, '.output/demo');
const ARTICLE = path.join(ROOT, 'assets/demo/article.html');

function build(): void {
  for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
    console.log(`> npx ${args.join(' ')}`);
    const r = spawnSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed`);
  }
  console.log(`built .output/chrome-mv3 and .output/firefox-mv2`);
}

async function serve(): Promise<{ url: string; close(): void }> {
  const html = fs.readFileSync(ARTICLE);
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/article.html`, close: () => server.close() };
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

/** In the service worker: the id of the tab whose content script answers, and its findings. */
async function findPageTab(worker: Worker): Promise<{ tabId: number; findings: Found[] } | undefined> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const answer = (await api.tabs.sendMessage(tab.id, { type: 'getFindings' })) as { status?: string; findings?: unknown[] } | undefined;
        if (answer?.status === 'done') return { tabId: tab.id, findings: answer.findings as never };
      } catch {
        // no content script there
      }
    }
    return undefined;
  });
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

async function main(): Promise<void> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with  sudo apt-get install -y chromium`);
  build();
  const server = await serve();
  const headless = !process.env.DISPLAY;
  const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-demo-')), {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1100, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  console.log(`demo article: ${server.url}`);

  let found: Awaited<ReturnType<typeof findPageTab>>;
  for (let i = 0; i < 50 && !found; i++) {
    found = await findPageTab(worker);
    if (!found) await page.waitForTimeout(200);
  }
  if (!found) throw new Error('the content script did not answer: is the build current?');
  console.log(`\nClaimlens found ${found.findings.length} items:`);
  for (const f of found.findings) console.log(`  ${f.kind.padEnd(8)} ${describe(f)}`);

  if (!headless) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${found.tabId}`);
    await page.bringToFront();
    console.log('\nThe browser stays open; the popup is in the second tab (or click the toolbar icon). Close the window to end.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    server.close();
    return;
  }
  fs.mkdirSync(OUT, { recursive: true });
  await page.waitForTimeout(300); // let the last highlight paint
  await page.screenshot({ path: path.join(OUT, 'page.png'), fullPage: true });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${found.tabId}`);
  await popup.waitForTimeout(800);
  await popup.screenshot({ path: path.join(OUT, 'popup.png'), fullPage: true });
  console.log(`\nno display: ran headless; screenshots in ${path.relative(ROOT, OUT)}/page.png and popup.png`);
  await context.close();
  server.close();
}

main().catch((e: unknown) => {
  console.error(`claimlens demo: ${(e as Error).message}`);
  process.exit(1);
});
