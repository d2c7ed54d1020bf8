/**
 * The foundation's end-to-end check: the built extension in Chromium and in Firefox, on fixture
 * articles (English and French) served on 127.0.0.1. On each page: highlights are painted on the
 * article's own words, the background knows the tab, and the popup (`popup.html?tabId=N`) lists
 * exactly the findings the content script reports, with matching counts per kind. Screenshots of
 * the highlighted page and of the popup go to .output/screenshots/; `npm run screenshots` writes
 * them to docs/screenshots/ instead (the README shows those), so a test run leaves the tree clean.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, ROOT, highlightCount, launchBrowser, readPopup, waitForHighlights, type ExtBrowser, type HPage } from './harness';
import { serveDir, type StaticServer } from './server';

interface ContentFinding {
  id: string;
  kind: string;
  text: string;
}
interface PageFindings {
  status: string;
  lang: string;
  findings: ContentFinding[];
}

const PAGES = [
  { file: 'en-acquisition.html', lang: 'en', money: '$3.2 billion' },
  { file: 'fr-valorisation.html', lang: 'fr', money: "85 millions d'euros" },
] as const;

const SHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : '.output/screenshots');

/** The content script's own answer to getFindings, asked from the popup page as the popup does. */
function askContentScript(popup: HPage, tabId: number): Promise<PageFindings> {
  return popup.evaluate(async (id: number) => {
    const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
    const api = (g.browser ?? g.chrome) as { tabs: { sendMessage(t: number, m: object): Promise<unknown> } };
    return (await api.tabs.sendMessage(id, { type: 'getFindings' })) as PageFindings;
  }, tabId);
}

let server: StaticServer;
beforeAll(async () => {
  server = await serveDir(path.join(ROOT, 'tests/fixtures/articles'));
});
afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('the built extension in %s', (name) => {
  let browser: ExtBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(PAGES)('highlights $file and the popup lists its findings', async ({ file, lang, money }) => {
    const page = await browser.open(server.url(file));
    const highlights = await waitForHighlights(page);
    const articleText = await page.evaluate(() => document.querySelector('article')?.textContent?.replace(/\s+/g, ' ') ?? '');
    // Every painted range is words of the article (not the nav, not the footer).
    for (const text of Object.values(highlights).flat()) expect(articleText).toContain(text);
    expect(Object.values(highlights).flat()).toContain(money);

    const tabId = await browser.tabIdFor(page.url());
    const popup = await browser.openPopup(tabId);
    const reported = await askContentScript(popup, tabId);
    expect(reported.status).toBe('done');
    expect(reported.lang).toBe(lang);
    expect(reported.findings.length).toBeGreaterThan(0);

    await popup.waitFor(() => document.querySelectorAll('li[data-kind]').length > 0, undefined, 10_000);
    const view = await readPopup(popup);
    // The popup shows each kind's count as the content script counts it.
    const byKind: Record<string, number> = {};
    for (const f of reported.findings) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
    // Groups: money, companies (every mention), quotes (quotes and claims together).
    expect(view.counts).toEqual({
      money: byKind.money ?? 0,
      companies: byKind.company ?? 0,
      quotes: (byKind.quote ?? 0) + (byKind.claim ?? 0),
    });
    // Every money finding is a row of the popup, with the page's own words.
    const moneyRows = view.items.filter((i) => i.kind === 'money').map((i) => i.text);
    for (const f of reported.findings.filter((x) => x.kind === 'money')) expect(moneyRows).toContain(f.text);
    expect(moneyRows).toContain(money);
    expect(highlightCount(highlights)).toBeGreaterThanOrEqual(reported.findings.filter((f) => f.kind === 'money').length);

    if (file.startsWith('en')) {
      await page.screenshot(path.join(SHOTS, `${name}-page.png`));
      await popup.screenshot(path.join(SHOTS, `${name}-popup.png`), true);
    }
    expect(browser.extensionLogs().filter((l) => /error/i.test(l))).toEqual([]);
    await popup.close();
    await page.close();
  });
});
