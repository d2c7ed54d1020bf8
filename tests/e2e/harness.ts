/**
 * The real-browser harness shared by the e2e tests, the sweep and the demo (../shared/RECIPE.md §6):
 * the built extension in Debian's Chromium through playwright-core, and in Firefox ESR through
 * puppeteer-core over WebDriver BiDi, behind one small interface.
 *
 *   const b = await launchBrowser('chromium');           // or 'firefox'
 *   const page = await b.open(server.url('en-acquisition.html'));
 *   await waitForHighlights(page);                        // CSS.highlights 'claimlens-*' ranges
 *   const tabId = await b.tabIdFor(page.url());           // background's listTabs, by URL
 *   const popup = await b.openPopup(tabId);               // popup.html?tabId=N, rendered
 *   await b.close();
 *
 * A browser or build that is missing throws with the command that fixes it: never a silent skip.
 * `blockNetwork` sends everything that is not 127.0.0.1/localhost to a dead proxy, so a saved
 * page's own scripts and images cannot reach the network (the sweep uses it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROMIUM_BIN = process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.CLAIMLENS_FIREFOX ?? '/usr/bin/firefox-esr';
/** The gecko id in wxt.config.ts. */
export const GECKO_ID = 'claimlens@claimlens.dev';
/** Pinned moz-extension UUID, so extension URLs are known before install. */
export const FIREFOX_UUID = '3f0c2d9e-51a7-4c4e-9b8e-6a1d2c7e0b15';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/** What the tests use of a page: the common ground of playwright and puppeteer pages. */
export interface HPage {
  url(): string;
  /** Runs `fn(arg)` in the page's main world. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Resolves when `fn(arg)` is truthy (polled), with its value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<R>;
  screenshot(file: string, fullPage?: boolean): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
  /** The underlying playwright or puppeteer page, for what the interface lacks. */
  raw: unknown;
}

export interface LaunchOptions {
  /** Abort every request not to 127.0.0.1/localhost (default false). */
  blockNetwork?: boolean;
  /** Show a window (needs DISPLAY); default headless. */
  headed?: boolean;
  /** Another build folder (default .output/chrome-mv3 or .output/firefox-mv2). */
  extDir?: string;
  viewport?: { width: number; height: number };
  /** Accept the self-signed certificate of serveDir(dir, { tls: true }). */
  ignoreCertErrors?: boolean;
  /** The reader's preferred languages (navigator.languages), e.g. "fr-FR,fr". */
  acceptLanguages?: string;
}

export interface OpenOptions {
  /** Runs in the page's main world before its own scripts. */
  initScript?: string;
  timeoutMs?: number;
}

export interface ExtBrowser {
  name: BrowserName;
  /** `chrome-extension://ID` or `moz-extension://UUID` (no trailing slash). */
  extensionOrigin: string;
  /** Opens `url` in a new tab and waits for its load event; `initScript` runs in the page's main world before its own scripts. */
  open(url: string, opts?: OpenOptions): Promise<HPage>;
  /** Opens an extension page (`popup.html?tabId=3`) in a new tab and waits until it is complete. */
  openExtensionPage(file: string): Promise<HPage>;
  /** Runs `fn(arg)` in an extension context (Chromium: the service worker; Firefox: an extension page). */
  extEval<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The tab id of the tab showing `url`, from the background's listTabs (waits for its report). */
  tabIdFor(url: string, timeoutMs?: number): Promise<number>;
  /** Opens `popup.html?tabId=N` and waits until it shows the page's findings or a status. */
  openPopup(tabId: number): Promise<HPage>;
  /** Stores Claimlens settings as the options page does (merged into the defaults by the reader). */
  setSettings(settings: Record<string, unknown>): Promise<void>;
  /** Console errors and warnings seen so far from the extension (pages, content scripts, worker). */
  extensionLogs(): string[];
  close(): Promise<void>;
}

/** Throws naming the missing browser and its install command. */
export function requireBrowser(name: BrowserName): string {
  const bin = name === 'chromium' ? CHROMIUM_BIN : FIREFOX_BIN;
  if (!fs.existsSync(bin)) {
    throw new Error(`${bin} is missing, the real-browser tests need it: install it with  apt-get install -y chromium firefox-esr (as root)`);
  }
  return bin;
}

/** The build folder for `name`, checked to hold a manifest. */
export function buildDir(name: BrowserName, override?: string): string {
  const dir = path.resolve(ROOT, override ?? (name === 'chromium' ? '.output/chrome-mv3' : '.output/firefox-mv2'));
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`${dir} is missing: run  npm run build${name === 'firefox' ? ':firefox' : ''}`);
  }
  return dir;
}

/** Polls `probe` until `ok`, throwing with the last value seen after `timeoutMs`. */
export async function waitUntil<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last = await probe();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await probe();
  }
  return last;
}

// ---- highlights and popup, read the same way in both browsers ---------------------------------

/** Text of each Claimlens highlight on the page, keyed by highlight name (`claimlens-money`, …). */
export function readHighlights(page: HPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const reg = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
    if (reg) {
      for (const [name, h] of reg) {
        if (!name.startsWith('claimlens')) continue;
        out[name] = [...h].filter((r) => r.startContainer.isConnected && !r.collapsed).map((r) => r.toString().replace(/\s+/g, ' '));
      }
    }
    // Element-wrapped highlights, should the highlighter ever fall back to them.
    for (const el of document.querySelectorAll('[data-claimlens-kind]')) {
      const kind = `claimlens-${el.getAttribute('data-claimlens-kind')}`;
      (out[kind] ??= []).push((el.textContent ?? '').replace(/\s+/g, ' '));
    }
    return out;
  });
}

/** Total number of highlighted ranges. */
export function highlightCount(h: Record<string, string[]>): number {
  return Object.values(h).reduce((n, list) => n + list.length, 0);
}

/** Waits until the page shows at least `min` highlights, and returns them. */
export function waitForHighlights(page: HPage, min = 1, timeoutMs = 15_000): Promise<Record<string, string[]>> {
  return waitUntil(`${min} highlight(s) on ${page.url()}`, () => readHighlights(page), (h) => highlightCount(h) >= min, timeoutMs);
}

/** One popup row as the popup renders it. */
export interface PopupItem {
  kind: string;
  id: string;
  text: string;
}

/** What the popup shows: its rows, the per-kind counts in the group headings, and any status line. */
export interface PopupView {
  items: PopupItem[];
  counts: Record<string, number>;
  status: string;
}

export function readPopup(popup: HPage): Promise<PopupView> {
  return popup.evaluate(() => {
    const items = [...document.querySelectorAll('li[data-kind]')].map((li) => ({
      kind: li.getAttribute('data-kind') ?? '',
      id: li.getAttribute('data-id') ?? '',
      text: (li.querySelector('.page-text')?.textContent ?? li.textContent ?? '').trim(),
    }));
    const counts: Record<string, number> = {};
    for (const c of document.querySelectorAll('[data-testid^="count-"]')) {
      counts[c.getAttribute('data-testid')!.slice('count-'.length)] = Number(c.textContent ?? 'NaN');
    }
    const status = [...document.querySelectorAll('[role="status"], .status')].map((s) => s.textContent?.trim() ?? '').join(' | ');
    return { items, counts, status };
  });
}

// ---- page wrappers ------------------------------------------------------------------------------

interface PwPage {
  url(): string;
  evaluate(fn: unknown, arg?: unknown): Promise<unknown>;
  waitForFunction(fn: unknown, arg: unknown, opts: { timeout: number; polling?: number }): Promise<{ jsonValue(): Promise<unknown> }>;
  screenshot(opts: { path: string; fullPage?: boolean }): Promise<unknown>;
  setViewportSize(s: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

function wrapPlaywright(p: PwPage): HPage {
  return {
    raw: p,
    url: () => p.url(),
    evaluate: (fn, arg) => p.evaluate(fn, arg) as Promise<never>,
    waitFor: async (fn, arg, timeoutMs = 10_000) => (await p.waitForFunction(fn, arg, { timeout: timeoutMs, polling: 100 })).jsonValue() as Promise<never>,
    screenshot: async (file, fullPage = false) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await p.screenshot({ path: file, fullPage });
    },
    setViewport: (width, height) => p.setViewportSize({ width, height }),
    close: () => p.close(),
  };
}

interface PpPage {
  url(): string;
  evaluate(fn: unknown, ...args: unknown[]): Promise<unknown>;
  waitForFunction(fn: unknown, opts: { timeout: number; polling?: number }, ...args: unknown[]): Promise<{ jsonValue(): Promise<unknown> }>;
  screenshot(opts: { path: string; fullPage?: boolean }): Promise<unknown>;
  setViewport(v: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

function wrapPuppeteer(p: PpPage): HPage {
  return {
    raw: p,
    url: () => p.url(),
    evaluate: (fn, arg) => p.evaluate(fn, arg) as Promise<never>,
    waitFor: async (fn, arg, timeoutMs = 10_000) => (await p.waitForFunction(fn, { timeout: timeoutMs, polling: 100 }, arg)).jsonValue() as Promise<never>,
    screenshot: async (file, fullPage = false) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await p.screenshot({ path: file, fullPage });
    },
    setViewport: (width, height) => p.setViewport({ width, height }),
    close: () => p.close(),
  };
}

// ---- launchers ----------------------------------------------------------------------------------

/** Dead proxy: port 9 (discard) on loopback, where nothing listens, so every request fails fast. */
const DEAD_PROXY = '127.0.0.1:9';

async function launchChromium(opts: LaunchOptions): Promise<ExtBrowser> {
  const bin = requireBrowser('chromium');
  const extDir = buildDir('chromium', opts.extDir);
  const { chromium } = await import('playwright-core');
  const viewport = opts.viewport ?? { width: 1100, height: 800 };
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-chromium-'));
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`];
  // Loopback is never proxied by Chromium, so only the page's outside requests die.
  if (opts.blockNetwork) args.push(`--proxy-server=http://${DEAD_PROXY}`, '--proxy-bypass-list=127.0.0.1;localhost');
  const lang = opts.acceptLanguages;
  if (lang) args.push(`--lang=${lang.split(',')[0]}`, `--accept-lang=${lang}`);
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: bin,
    headless: !opts.headed,
    viewport,
    ...(lang ? { locale: lang.split(',')[0]! } : {}),
    ignoreHTTPSErrors: !!opts.ignoreCertErrors,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
  });
  const logs: string[] = [];
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const id = new URL(worker.url()).host;
  const origin = `chrome-extension://${id}`;
  worker.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') logs.push(`[worker ${m.type()}] ${m.text()}`);
  });
  const watch = (page: import('playwright-core').Page) => {
    page.on('console', (m) => {
      if (m.type() !== 'error' && m.type() !== 'warning') return;
      const where = m.location().url ?? '';
      // Content-script messages come from our extension's scripts; the page's own are not ours.
      if (where.startsWith(origin) || page.url().startsWith(origin) || /claimlens/i.test(m.text())) logs.push(`[${page.url()} ${m.type()}] ${m.text()}`);
    });
    page.on('pageerror', (e) => {
      if (page.url().startsWith(origin) || /claimlens|chrome-extension:/i.test(`${e.message}\n${e.stack ?? ''}`)) logs.push(`[${page.url()} pageerror] ${e.message}`);
    });
  };
  context.on('page', watch);
  for (const p of context.pages()) watch(p);

  const self: ExtBrowser = {
    name: 'chromium',
    extensionOrigin: origin,
    async open(url, o = {}) {
      const page = await context.newPage();
      if (o.initScript) await page.addInitScript({ content: o.initScript });
      await page.goto(url, { waitUntil: 'load', timeout: o.timeoutMs ?? 30_000 });
      return wrapPlaywright(page as unknown as PwPage);
    },
    async openExtensionPage(file) {
      const page = await context.newPage();
      await page.goto(`${origin}/${file}`, { waitUntil: 'load' });
      return wrapPlaywright(page as unknown as PwPage);
    },
    extEval: (fn, arg) => worker.evaluate(fn as never, arg) as Promise<never>,
    tabIdFor: (url, timeoutMs) => tabIdByUrl(self, url, timeoutMs),
    openPopup: (tabId) => openPopupFor(self, tabId),
    async setSettings(settings) {
      await worker.evaluate((s) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings: s }), settings);
    },
    extensionLogs: () => [...logs],
    async close() {
      await context.close();
      fs.rmSync(userDir, { recursive: true, force: true });
    },
  };
  return self;
}

async function launchFirefox(opts: LaunchOptions): Promise<ExtBrowser> {
  const bin = requireBrowser('firefox');
  const extDir = buildDir('firefox', opts.extDir);
  const puppeteer = (await import('puppeteer-core')).default;
  const viewport = opts.viewport ?? { width: 1100, height: 800 };
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    // Quiet: no update checks, telemetry or remote settings on a closed machine.
    'app.update.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    ...(opts.acceptLanguages ? { 'intl.accept_languages': opts.acceptLanguages } : {}),
  };
  if (opts.blockNetwork) {
    const [host, port] = DEAD_PROXY.split(':');
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': host,
      'network.proxy.http_port': Number(port),
      'network.proxy.ssl': host,
      'network.proxy.ssl_port': Number(port),
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    });
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: bin,
    headless: !opts.headed,
    acceptInsecureCerts: !!opts.ignoreCertErrors,
    args: ['--remote-allow-system-access', `--width=${viewport.width}`, `--height=${viewport.height}`],
    extraPrefsFirefox: prefs,
  });
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const logs: string[] = [];
  try {
    await browser.installExtension(extDir);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const watched = new WeakSet<object>();
  const watch = (page: import('puppeteer-core').Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('console', (m) => {
      if (m.type() !== 'error' && m.type() !== 'warn') return;
      const where = m.location().url ?? '';
      if (where.startsWith(origin) || page.url().startsWith(origin) || /claimlens/i.test(m.text())) logs.push(`[${page.url()} ${m.type()}] ${m.text()}`);
    });
    page.on('pageerror', (e) => {
      const msg = e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
      if (page.url().startsWith(origin) || /claimlens|moz-extension:/i.test(msg)) logs.push(`[${page.url()} pageerror] ${msg.split('\n')[0]}`);
    });
  };
  browser.on('targetcreated', (t) => {
    void t.page().then((p) => p && watch(p)).catch(() => {});
  });

  let extPage: HPage | undefined;
  const gotoExtension = async (file: string): Promise<HPage> => {
    const page = await browser.newPage();
    watch(page);
    await page.setViewport(viewport);
    const url = `${origin}/${file}`;
    page.goto(url).catch(() => {}); // BiDi never reports the load of a moz-extension page (RECIPE §7.12)
    // Polled with evaluate and retried, not waitForFunction: a wait that runs across the
    // about:blank → moz-extension navigation can fail with a BiDi serialisation error under load.
    for (const until = Date.now() + 20_000; ; ) {
      const loaded = await page
        .evaluate((u: string) => location.href === u && document.readyState === 'complete', url)
        .catch(() => false);
      if (loaded) break;
      if (Date.now() > until) throw new Error(`${url} did not load in 20 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return wrapPuppeteer(page as unknown as PpPage);
  };
  // Storage and messages go through the options page: the generated background page opened in a
  // tab would be a second background instance, answering messages too.
  const extensionPage = async () => (extPage ??= await gotoExtension('options.html'));

  const self: ExtBrowser = {
    name: 'firefox',
    extensionOrigin: origin,
    async open(url, o = {}) {
      const page = await browser.newPage();
      watch(page);
      await page.setViewport(viewport);
      if (o.initScript) await page.evaluateOnNewDocument(o.initScript);
      await page.goto(url, { waitUntil: 'load', timeout: o.timeoutMs ?? 30_000 });
      return wrapPuppeteer(page as unknown as PpPage);
    },
    openExtensionPage: gotoExtension,
    extEval: async (fn, arg) => (await extensionPage()).evaluate(fn, arg),
    tabIdFor: (url, timeoutMs) => tabIdByUrl(self, url, timeoutMs),
    openPopup: (tabId) => openPopupFor(self, tabId),
    async setSettings(settings) {
      await (await extensionPage()).evaluate(
        (s) => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ settings: s }),
        settings,
      );
    },
    extensionLogs: () => [...logs],
    close: () => browser.close(),
  };
  return self;
}

/** Launches `name` with the built extension loaded. */
export function launchBrowser(name: BrowserName, opts: LaunchOptions = {}): Promise<ExtBrowser> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

// ---- background and popup helpers ---------------------------------------------------------------

interface ListedTab {
  tabId: number;
  url: string;
  status: string;
}

/**
 * Asks the background (from an extension context; the background answers listTabs only to our own
 * pages) for the tabs whose content script reported, and returns the one showing `url`.
 */
async function tabIdByUrl(b: ExtBrowser, url: string, timeoutMs = 15_000): Promise<number> {
  const want = url.replace(/#.*$/, '');
  // A background cannot message itself, so ask from an extension page: the popup of no tab
  // (tab 0 does not exist, so it renders a status and nothing else).
  const page = await b.openExtensionPage('popup.html?tabId=0');
  const probe = () =>
    page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
      const api = (g.browser ?? g.chrome) as { runtime: { sendMessage(m: object): Promise<unknown> } };
      try {
        const answer = await api.runtime.sendMessage({ type: 'listTabs' });
        return (Array.isArray(answer) ? answer : []) as ListedTab[];
      } catch {
        return [] as ListedTab[];
      }
    });
  const same = (x: ListedTab) => x.url.replace(/#.*$/, '') === want;
  try {
    const tabs = await waitUntil(`the background to list ${want}`, probe, (t) => t.some(same), timeoutMs);
    return tabs.find(same)!.tabId;
  } finally {
    await page.close();
  }
}

/** Opens the popup for `tabId` in a tab and waits until it has rendered rows, counts or a status. */
async function openPopupFor(b: ExtBrowser, tabId: number): Promise<HPage> {
  const popup = await b.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.setViewport(420, 700);
  await popup.waitFor(
    () => document.querySelector('li[data-kind], [data-testid^="count-"], [role="status"]') !== null,
    undefined,
    15_000,
  );
  return popup;
}
