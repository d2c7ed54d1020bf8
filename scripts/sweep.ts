/**
 * `npm run sweep -- DIR [--browser chromium|firefox]`: every HTML page of DIR, served on 127.0.0.1,
 * opened in real Chromium and Firefox with the built extension loaded and every request that is
 * not to 127.0.0.1 sent to a dead proxy (the saved page's own scripts and images cannot reach the
 * network). On each page it checks:
 *   - errors: no error from the extension in the console (pages, content script, service worker);
 *   - text:   the page's innerText is the same before the scan (a snapshot at DOMContentLoaded)
 *             and after turning Claimlens off with setEnabled(false) (and no highlight remains);
 *   - article: every highlight is words of the article `scan` reads, never of the navigation;
 *   - popup:  the popup's counts per group equal what `scan` finds in the same file.
 * It prints a row per page and browser (findings per kind, time to last highlight, longest main
 * thread stall) and a total; exits 1 when a page fails.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../src/cli/decode-html';
import { scanPage } from '../src/pipeline/scan-page-at-once';
import { BROWSERS, buildDir, launchBrowser, readHighlights, readPopup, waitUntil, type BrowserName, type ExtBrowser, type HPage } from '../tests/e2e/harness';
import { serveDir } from '../tests/e2e/server';

interface Counts {
  money: number;
  companies: number;
  quotes: number;
}

const fold = (s: string) => s.replace(/\s+/g, ' ');
const groupOf = (kind: string): keyof Counts => (kind === 'money' ? 'money' : kind === 'company' ? 'companies' : 'quotes');
/** Characters of context on each side that place a finding in the page's rendered text. */
const CONTEXT = 12;

/**
 * What `scan` finds in a file: counts per popup group, the article text (whitespace folded), and
 * each finding with a little context, to tell findings in text the page hides with CSS (which
 * `scan`, reading markup without style sheets, cannot know) from real disagreements.
 */
function scanFile(file: string): { counts: Counts; text: string; placed: { group: keyof Counts; context: string }[] } {
  const { html } = decodeHtml(fs.readFileSync(file));
  const { document } = parseHTML(html);
  const scan = scanPage(document as unknown as Document);
  const counts: Counts = { money: 0, companies: 0, quotes: 0 };
  const placed = scan.findings.map((f) => {
    counts[groupOf(f.kind)]++;
    const t = scan.map.text;
    return { group: groupOf(f.kind), context: fold(t.slice(Math.max(0, f.start - CONTEXT), f.end + CONTEXT)).trim() };
  });
  return { counts, text: fold(scan.map.text), placed };
}

/**
 * Runs in the page's main world before its scripts: snapshots innerText at DOMContentLoaded and
 * measures the longest main-thread stall (longtask entries where supported, else timer gaps).
 */
const INIT = `(() => {
  const w = window;
  w.__clMaxStall = 0;
  document.addEventListener('DOMContentLoaded', () => { w.__clBefore = document.body ? document.body.innerText : ''; }, { once: true });
  if ((PerformanceObserver.supportedEntryTypes || []).includes('longtask')) {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__clMaxStall = Math.max(w.__clMaxStall, e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } else {
    // No longtask entries (Firefox): the longest delay of a 50 ms timer past its due time, while
    // the page is visible (a hidden tab's timers are throttled to one a second: not a stall; the
    // popup opens in a tab of its own).
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      if (!document.hidden) w.__clMaxStall = Math.max(w.__clMaxStall, now - last - 50);
      last = now;
    }, 50);
    document.addEventListener('visibilitychange', () => { last = performance.now(); });
  }
})();`;

interface Row {
  browser: BrowserName;
  page: string;
  found: Counts;
  scan: Counts;
  firstMs: number;
  lastMs: number;
  stallMs: number;
  problems: string[];
  /** Differences that are not failures, said in the row. */
  notes: string[];
}

const count = (h: Record<string, string[]>) => Object.values(h).reduce((n, l) => n + l.length, 0);

/** Sends a message to the page's content script from the popup page, as the popup does. */
function toContent(popup: HPage, tabId: number, message: object): Promise<unknown> {
  return popup.evaluate(
    async ([id, m]: [number, object]) => {
      const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
      const api = (g.browser ?? g.chrome) as { tabs: { sendMessage(t: number, m: object): Promise<unknown> } };
      return api.tabs.sendMessage(id, m);
    },
    [tabId, message] as [number, object],
  );
}

async function sweepPage(b: ExtBrowser, url: string, file: string): Promise<Row> {
  const scan = scanFile(file);
  const problems: string[] = [];
  const notes: string[] = [];
  const logsBefore = b.extensionLogs().length;
  const t0 = Date.now();
  const page = await b.open(url, { initScript: INIT, timeoutMs: 45_000 });
  let firstMs = -1;
  let lastMs = -1;
  let lastCount = 0;
  let highlights: Record<string, string[]> = {};
  // Until the count has not changed for 1.5 s (or 20 s in all).
  let stableSince = Date.now();
  while (Date.now() - stableSince < 1500 && Date.now() - t0 < 20_000) {
    highlights = await readHighlights(page);
    const n = count(highlights);
    if (n !== lastCount) {
      if (firstMs < 0 && n > 0) firstMs = Date.now() - t0;
      lastMs = Date.now() - t0;
      lastCount = n;
      stableSince = Date.now();
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  let found: Counts = { money: 0, companies: 0, quotes: 0 };
  let popup: HPage | undefined;
  try {
    const tabId = await b.tabIdFor(page.url(), 20_000);
    popup = await b.openPopup(tabId);
    const p = popup;
    const view = await waitUntil('the popup counts', () => readPopup(p), (v) => Object.keys(v.counts).length > 0, 10_000).catch(() => readPopup(p));
    found = { money: view.counts.money ?? 0, companies: view.counts.companies ?? 0, quotes: view.counts.quotes ?? 0 };
    // A finding whose words (with their context) the rendered page does not show sits in text the
    // page hides with CSS: the browser rightly leaves it out, `scan` cannot. Those may be missing.
    const rendered = fold(await page.evaluate(() => (document.body ? document.body.innerText : '')));
    const hidden: Counts = { money: 0, companies: 0, quotes: 0 };
    for (const f of scan.placed) if (!rendered.includes(f.context)) hidden[f.group]++;
    for (const k of ['money', 'companies', 'quotes'] as const) {
      if (found[k] > scan.counts[k] || found[k] < scan.counts[k] - hidden[k]) problems.push(`popup ${k} ${found[k]} != scan ${scan.counts[k]}`);
      else if (found[k] !== scan.counts[k]) notes.push(`${scan.counts[k] - found[k]} ${k} in text the page hides with CSS`);
    }
    // Highlights on the article only: their words are in the text scan reads.
    const outside = Object.values(highlights).flat().filter((t) => !scan.text.includes(t));
    if (outside.length) problems.push(`${outside.length} highlight(s) not in the article: ${JSON.stringify(outside.slice(0, 3))}`);

    // Off: every highlight gone, and innerText as before the scan. The text is also taken just
    // before turning off: when the page rewrote its own text after DOMContentLoaded (late styles,
    // its own scripts) but highlighted and off agree, the difference is the page's, said as a note.
    // Pages that fill in their own text on timers (captions, share bars) are let settle first:
    // the same text twice, one second apart (at most 10 s).
    const bodyText = () => page.evaluate(() => (document.body ? document.body.innerText : ''));
    let mid = await bodyText();
    for (const until = Date.now() + 10_000; Date.now() < until; ) {
      await new Promise((r) => setTimeout(r, 1000));
      const again = await bodyText();
      if (again === mid) break;
      mid = again;
    }
    await toContent(popup, tabId, { type: 'setEnabled', enabled: false });
    await waitUntil('highlights to go', () => readHighlights(page), (h) => count(h) === 0, 5000).catch(() => problems.push('highlights remain after off'));
    const texts = await page.evaluate(() => ({
      before: (window as unknown as { __clBefore?: string }).__clBefore,
      now: document.body ? document.body.innerText : '',
    }));
    const diff = (a: string, b: string) => {
      let i = 0;
      while (i < b.length && b[i] === a[i]) i++;
      return `differs at ${i}: ${JSON.stringify(a.slice(i, i + 40))} -> ${JSON.stringify(b.slice(i, i + 40))}`;
    };
    if (texts.before === undefined) problems.push('innerText: no snapshot');
    else if (texts.now !== mid) problems.push(`innerText after off ${diff(mid, texts.now)}`);
    else if (texts.now !== texts.before) notes.push(`the page changed its own text after DOMContentLoaded (${diff(texts.before, texts.now).slice(0, 80)}); highlighted and off agree`);
  } catch (e) {
    problems.push((e as Error).message.split('\n')[0]!.slice(0, 200));
  }
  const stallMs = await page.evaluate(() => (window as unknown as { __clMaxStall?: number }).__clMaxStall ?? -1).catch(() => -1);
  const errors = b.extensionLogs().slice(logsBefore).filter((l) => /error/i.test(l));
  if (errors.length) problems.push(`${errors.length} extension error(s): ${errors[0]!.slice(0, 200)}`);
  await popup?.close().catch(() => {});
  await page.close().catch(() => {});
  return { browser: b.name, page: path.basename(file), found, scan: scan.counts, firstMs, lastMs, stallMs, problems, notes };
}

const c3 = (c: Counts) => `${c.money}/${c.companies}/${c.quotes}`.padEnd(10);

function printRow(r: Row): void {
  const verdict = r.problems.length === 0 ? 'PASS' : 'FAIL';
  console.log(
    `${r.browser.padEnd(9)} ${r.page.slice(0, 44).padEnd(44)} ${c3(r.found)} ${c3(r.scan)} ${String(r.lastMs).padStart(6)} ${String(Math.round(r.stallMs)).padStart(6)}  ${verdict}${r.problems.length ? `  ${r.problems.join('; ')}` : ''}${r.notes.length ? `  (${r.notes.join('; ')})` : ''}`,
  );
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const only = args.includes('--browser') ? [args[args.indexOf('--browser') + 1] as BrowserName] : BROWSERS;
  const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--browser');
  if (!dir || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error('usage: npm run sweep -- DIR [--browser chromium|firefox]');
    return 2;
  }
  const files = fs.readdirSync(dir).filter((f) => /\.html?$/i.test(f)).sort();
  if (files.length === 0) {
    console.error(`sweep: no HTML page in ${dir}`);
    return 2;
  }
  // Snapshots of the builds: a rebuild elsewhere during the sweep must not swap files under it.
  const snap = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-sweep-'));
  const extDirs: Record<BrowserName, string> = { chromium: path.join(snap, 'chrome-mv3'), firefox: path.join(snap, 'firefox-mv2') };
  for (const name of only) fs.cpSync(buildDir(name), extDirs[name], { recursive: true });
  const server = await serveDir(dir, { tls: true });
  const rows: Row[] = [];
  console.log(`${'browser'.padEnd(9)} ${'page'.padEnd(44)} ${'popup m/c/q'.padEnd(10)} ${'scan m/c/q'.padEnd(10)} ${'lastHL'.padStart(6)} ${'stall'.padStart(6)}  verdict`);
  try {
    for (const name of only) {
      const launch = () => launchBrowser(name, { blockNetwork: true, extDir: extDirs[name], ignoreCertErrors: true });
      let b = await launch();
      const logs: string[] = [];
      // A fresh browser after a failure: once Firefox's BiDi navigate has rejected a load, the
      // next pages in the same browser could fail too (seen: a popup that then listed nothing).
      const relaunch = async () => {
        logs.push(...b.extensionLogs());
        await b.close().catch(() => {});
        b = await launch();
      };
      try {
        for (const f of files) {
          const attempt = () => sweepPage(b, server.url(f), path.join(dir, f));
          // A page that could not even be opened gets one more try, in a fresh browser.
          const opened = () => attempt().catch(async () => (await relaunch(), attempt()));
          // A page that fails a check is swept once more, in a fresh browser: on a loaded 2-core
          // machine a popup can miss its wait, or the page's own scripts rewrite its text
          // mid-check. The row says so.
          const checked = async (): Promise<Row> => {
            const first = await opened();
            if (first.problems.length === 0) return first;
            await relaunch();
            const second = await opened();
            if (second.problems.length > 0) return second;
            return { ...second, notes: [...second.notes, `passed on a second try; the first: ${first.problems.join('; ').slice(0, 160)}`] };
          };
          const row = await checked().catch((e: unknown): Row => ({
            browser: name,
            page: f,
            found: { money: 0, companies: 0, quotes: 0 },
            scan: { money: 0, companies: 0, quotes: 0 },
            firstMs: -1,
            lastMs: -1,
            stallMs: -1,
            problems: [`could not open: ${(e as Error).message.split('\n')[0]!.slice(0, 160)}`],
            notes: [],
          }));
          rows.push(row);
          printRow(row);
          if (row.problems.length > 0) await relaunch(); // the next page starts in a sound browser
        }
        const workerErrors = [...logs, ...b.extensionLogs()].filter((l) => l.startsWith('[worker') && /error/i.test(l));
        if (workerErrors.length) console.log(`${name}: service worker errors:\n  ${workerErrors.join('\n  ')}`);
      } finally {
        await b.close();
      }
    }
  } finally {
    await server.close();
    fs.rmSync(snap, { recursive: true, force: true });
  }
  const failed = rows.filter((r) => r.problems.length > 0).length;
  const ms = rows.map((r) => r.lastMs).filter((x) => x >= 0).sort((a, b) => a - b);
  console.log(`(m/c/q: money, company mentions, quotes+claims; lastHL: ms from navigation to the last highlight; stall: longest main-thread task in ms)`);
  console.log(`sweep: ${files.length} pages x ${only.length} browser(s): ${rows.length - failed} passed, ${failed} failed; median time to last highlight ${ms[Math.floor(ms.length / 2)] ?? -1} ms`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`sweep: ${(e as Error).stack ?? String(e)}`);
    process.exit(1);
  },
);
