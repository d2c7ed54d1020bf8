/**
 * What the page-layer e2e tests use of a browser, on top of the one launcher (./harness.ts): the
 * built extension in Debian's Chromium (playwright-core) or Firefox ESR (puppeteer-core over
 * WebDriver BiDi), pages with mouse and keyboard, settings, and messages to the content scripts
 * as the popup sends them; plus a 127.0.0.1 server for tests/e2e/fixtures/page/.
 *
 * A browser the tests need that is missing stops the run with the install command, never a skip.
 */
import path from 'node:path';
import { ROOT, launchBrowser, type BrowserName } from './harness';
import { serveDir } from './server';

const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures/page');

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

/** Serves the fixture pages on 127.0.0.1 (a random port). */
export async function serveFixtures(dir = FIXTURES): Promise<{ origin: string; close(): Promise<void> }> {
  const server = await serveDir(dir);
  return { origin: server.origin, close: () => server.close() };
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

export async function launchPageBrowser(name: BrowserName): Promise<PageBrowser> {
  const browser = await launchBrowser(name, { viewport: { width: 1100, height: 800 } });
  return {
    async open(url) {
      const page = await browser.open(url);
      // playwright's and puppeteer's pages both have mouse.move and keyboard.press
      const raw = page.raw as Pick<TestPage, 'mouse' | 'keyboard'>;
      return { evaluate: page.evaluate.bind(page), mouse: raw.mouse, keyboard: raw.keyboard, close: () => page.close() };
    },
    setSettings: (settings) => browser.setSettings(settings),
    sendToPages: (message) => browser.extEval(sendToWebTabs, message),
    close: () => browser.close(),
  };
}
