/**
 * Minimal launchers for the page-layer e2e tests (../shared/RECIPE.md §6): the built extension
 * in Debian's Chromium through playwright-core, and in Firefox ESR through puppeteer-core over
 * WebDriver BiDi; plus a 127.0.0.1 server for tests/e2e/fixtures/page/.
 *
 * A browser the tests need that is missing stops the run with the install command, never a skip.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures/page');
const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const GECKO_ID = 'claimlens@claimlens.dev';
const FIREFOX_UUID = '6c0b5d0e-7c1e-4d6a-9a51-1f0c3e2b9a77';

/** What the tests use of a page, common to playwright and puppeteer pages. */
export interface TestPage {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  mouse: { move(x: number, y: number): Promise<void> };
  keyboard: { press(key: string): Promise<void> };
  close(): Promise<void>;
}

export interface PageBrowser {
  open(url: string): Promise<TestPage>;
  /** Stores Claimlens settings (merged into the defaults) as the options page or toolbar would. */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  /** Sends `message` to the content scripts of the open web pages, as the popup does; every answer. */
  sendToPages(message: Record<string, unknown>): Promise<unknown[]>;
  close(): Promise<void>;
}

function requireBrowser(bin: string, pkg: string): void {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: install it with  apt-get install -y ${pkg} (as root)`);
}

/** The build to load (CLAIMLENS_EXT_CHROME_MV3 / CLAIMLENS_EXT_FIREFOX_MV2 name another), checked to exist. */
function buildDir(name: string): string {
  const dir = process.env[`CLAIMLENS_EXT_${name.replace(/-/g, '_').toUpperCase()}`] ?? path.join(ROOT, '.output', name);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is missing: run  npx wxt build${name.startsWith('firefox') ? ' -b firefox' : ''}`);
  }
  return dir;
}

/** Serves the fixture pages on 127.0.0.1 (a random port). */
export async function serveFixtures(dir = FIXTURES): Promise<{ origin: string; close(): void }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

async function launchChromium(): Promise<PageBrowser> {
  requireBrowser(CHROMIUM, 'chromium');
  const { chromium } = await import('playwright-core');
  const extDir = buildDir('chrome-mv3');
  const context = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-page-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker'));
  return {
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page as unknown as TestPage;
    },
    async setSettings(settings) {
      await worker.evaluate((s) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings: s }), settings);
    },
    async sendToPages(message) {
      return worker.evaluate(sendToWebTabs, message);
    },
    close: () => context.close(),
  };
}

async function launchFirefox(): Promise<PageBrowser> {
  requireBrowser(FIREFOX, 'firefox-esr');
  const puppeteer = (await import('puppeteer-core')).default;
  const extDir = buildDir('firefox-mv2');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1100', '--height=800'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  await browser.installExtension(extDir);
  // An extension page to reach browser.storage from: MV2's generated background page.
  let extPage: Awaited<ReturnType<typeof browser.newPage>> | undefined;
  const extensionPage = async () => {
    if (!extPage) {
      extPage = await browser.newPage();
      extPage.goto(`moz-extension://${FIREFOX_UUID}/_generated_background_page.html`).catch(() => {}); // BiDi never reports this load
      // Polled with evaluate and retried: a waitForFunction across the about:blank →
      // moz-extension navigation can fail with a BiDi serialisation error under load.
      const page = extPage;
      for (const until = Date.now() + 20_000; ; ) {
        const loaded = await page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
        if (loaded) break;
        if (Date.now() > until) throw new Error('the extension page did not load in 20 s');
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return extPage;
  };
  return {
    async open(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1100, height: 800 });
      await page.goto(url);
      return page as unknown as TestPage;
    },
    async sendToPages(message) {
      return (await extensionPage()).evaluate(sendToWebTabs, message);
    },
    async setSettings(settings) {
      await (await extensionPage()).evaluate((s) => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ settings: s }), settings);
    },
    close: () => browser.close(),
  };
}

/**
 * Runs in an extension context: sends `message` to every tab but the caller's own and returns the
 * answers (without the "tabs" permission tabs carry no URL, so the caller picks by content).
 */
async function sendToWebTabs(message: Record<string, unknown>): Promise<unknown[]> {
  const api = ((globalThis as unknown as { browser?: unknown }).browser ?? (globalThis as unknown as { chrome: unknown }).chrome) as {
    tabs: { query(q: object): Promise<{ id?: number }[]>; getCurrent?(): Promise<{ id?: number } | undefined>; sendMessage(id: number, m: object): Promise<unknown> };
  };
  const self = (await api.tabs.getCurrent?.())?.id;
  const answers: unknown[] = [];
  for (const tab of await api.tabs.query({})) {
    if (tab.id === undefined || tab.id === self) continue;
    try {
      const answer = await api.tabs.sendMessage(tab.id, message);
      if (answer !== undefined) answers.push(answer);
    } catch {
      // no content script in that tab
    }
  }
  return answers;
}

export function launchPageBrowser(name: 'chromium' | 'firefox'): Promise<PageBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
