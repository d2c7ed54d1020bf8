/**
 * `npm run bench:page`: the content script's cost on the page, in real Chromium with the built
 * extension (.output/chrome-mv3; build it first with `npx wxt build`).
 *
 * Generates article pages of about 50 KB, 500 KB and 3 MB (sentences written here, combined by a
 * seeded generator), serves them on 127.0.0.1, and for each size reports, as medians of RUNS runs:
 *   - load_to_last_highlight_ms: from the page's load event to the moment the content script
 *     reports its scan done (every finding placed; its findingsChanged message, caught in the
 *     background); on long pages only findings near the viewport are painted (see
 *     src/content/viewport-painter.ts), and a requestAnimationFrame probe in the page counts them;
 *   - longest_task_ms: the longest main-thread task (PerformanceObserver 'longtask', tasks over
 *     50 ms) from DOMContentLoaded until the highlights settle; the same figure without the
 *     extension (baseline_longest_task_ms) says what the page's own layout and paint cost;
 *   - longest_scan_task_ms / script_eval_task_ms / longest_own_task_ms: from a Chromium trace
 *     (separate runs, as tracing slows the page down and so inflates these figures), the longest
 *     task over 50 ms running the content script's sliced scan (its idle slices), the task
 *     evaluating its script or the engine module it imports, and the longest running any of the extension's code at all (0: none
 *     over 50 ms); on the 3 MB page the page's own layout makes tasks over 50 ms without us;
 *   - heap_mb: the page's JS heap after garbage collection with the extension, less the same
 *     without it: the content script's heap (content scripts share the renderer's V8 heap).
 * The last line is `bench:page: load_to_last_highlight_ms=… longest_task_ms=… heap_mb=…` for
 * the largest page.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext } from 'playwright-core';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXT = process.env.CLAIMLENS_EXT_CHROME_MV3 ?? path.join(ROOT, '.output/chrome-mv3');
const OUT = path.join(ROOT, '.output/bench-page');
const RUNS = Number(process.env.RUNS ?? 5);
const SIZES = [
  { name: '50KB', bytes: 50_000 },
  { name: '500KB', bytes: 500_000 },
  { name: '3MB', bytes: 3_000_000 },
];
/** The highlights have settled when they have not changed for this long. */
const QUIET_MS = 2000;

// ---- page generation ------------------------------------------------------------------------

const COMPANIES = ['Microsoft', 'Renault', 'Nestlé', 'Siemens AG', 'Apple', 'Danone', 'Airbus', 'Toyota', 'Unilever', 'Volkswagen'];
const AMOUNTS = ['$2.4 billion', '€350 million', '42 000 $', '£1.2bn', '$19.99', '€7 per month', '1,3 milliard de gourdes', '¥500 billion'];
const OPENERS = [
  'Shares of {C} rose in early trading after the group said quarterly revenue reached {A}.',
  'Analysts expect {C} to announce a buyback worth {A} before the end of the year.',
  'The board of {C} approved a dividend of {A}, according to a filing on Tuesday.',
  'Regulators fined {C} {A} for breaching competition rules in three markets.',
  '{C} said it would cut costs by {A} as demand slowed in its largest region.',
];
const FILLERS = [
  'Trading volumes were thin, and most investors waited for the central bank to speak.',
  'The company did not reply to a request for comment sent outside business hours.',
  'Several unions said they would study the plan in detail before taking a position.',
  'Economists cautioned that one quarter of figures says little about the longer trend.',
  '“We stole nothing from anyone,” a spokesperson said when asked about the complaint.',
  'The deal still needs the approval of shareholders and of two national regulators.',
];

/** A small seeded generator, so every run reads the same page. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The probe the page runs: long tasks, and the time of each change to Claimlens highlights. */
const PROBE = `<script>
window.__bench = { longtasks: [], lastChange: 0, count: 0 };
try {
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__bench.longtasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
} catch (e) {}
(function tick() {
  let n = 0;
  if (window.CSS && CSS.highlights) for (const [k, h] of CSS.highlights) if (k.startsWith('claimlens-')) n += h.size;
  if (n !== window.__bench.count) { window.__bench.count = n; window.__bench.lastChange = performance.now(); }
  requestAnimationFrame(tick);
})();
</script>`;

function generatePage(bytes: number, seed: number): string {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets wrap: a long day of results</title>${PROBE}
<style>body{font:17px/1.6 Georgia,serif;max-width:760px;margin:2em auto}</style></head><body>
<nav>${Array.from({ length: 20 }, (_, i) => `<a href="#s${i}">Section ${i}</a>`).join(' ')}</nav>
<article><h1>Markets wrap: a long day of results</h1>\n`;
  const tail = `</article><footer><p>Publisher footer, contact and legal notices.</p></footer></body></html>`;
  const parts: string[] = [head];
  let size = head.length + tail.length;
  while (size < bytes) {
    const opener = pick(OPENERS).replace('{C}', pick(COMPANIES)).replace('{A}', pick(AMOUNTS));
    const body = [opener, pick(FILLERS), pick(FILLERS).replace('company', pick(COMPANIES))].join(' ');
    // Some paragraphs carry inline markup, as real articles do.
    const p = rnd() < 0.3 ? `<p>${body.replace(/(\d[\d,.]*)/, '<b>$1</b>')}</p>\n` : `<p>${body}</p>\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  parts.push(tail);
  return parts.join('');
}

// ---- measuring --------------------------------------------------------------------------------

interface Run {
  loadToLast: number;
  longest: number;
  heapMb: number;
  /** Findings placed on the page (all kinds). */
  highlights: number;
  /** Ranges painted at the end (only those near the viewport on long pages). */
  painted: number;
  /** Longest main-thread task running the content script's scan (its idle callbacks). */
  scanTask: number;
  /** The task that evaluates the content script bundle (module initialisation). */
  evalTask: number;
  /** Longest task over 50 ms running any of the extension's code (0: none over 50 ms). */
  ownTask: number;
  /** Milliseconds from opening the popup to its list of the page's findings on screen (-1: not measured). */
  popupMs: number;
}

/**
 * Opens the popup for the page's tab and reads when it showed its list: the mark the popup sets
 * (entrypoints/popup/App.tsx LIST_MARK), on the popup page's own clock from its navigation.
 */
async function popupTime(ctx: BrowserContext): Promise<number> {
  const worker = ctx.serviceWorkers()[0];
  if (!worker) return -1;
  const tabId = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
    for (const tab of await api.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        if (await api.tabs.sendMessage(tab.id, { type: 'getFindings' })) return tab.id;
      } catch {
        // no content script in that tab
      }
    }
    return -1;
  });
  if (tabId < 0) return -1;
  const popup = await ctx.newPage();
  try {
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html?tabId=${tabId}`);
    const at = await popup.waitForFunction(() => performance.getEntriesByName('claimlens:list-rendered')[0]?.startTime, undefined, { timeout: 15_000 });
    return Number(await at.jsonValue());
  } catch {
    return -1;
  } finally {
    await popup.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/**
 * Records a Chromium trace of the page's main thread; the returned function stops it and sorts
 * the tasks over 50 ms into the content script's scan (tasks running idle callbacks: all scan
 * work runs in them, and these pages have none of their own) and the evaluation of its bundle.
 */
async function startTrace(ctx: BrowserContext, page: import('playwright-core').Page): Promise<() => Promise<{ scan: number; evaluate: number; own: number }>> {
  const cdp = await ctx.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'], recordMode: 'recordAsMuchAsPossible' }, bufferUsageReportingInterval: 1000, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await complete;
    // Every renderer main thread: navigating from about:blank may change the renderer process.
    const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
    const result = { scan: 0, evaluate: 0, own: 0 };
    for (const t of onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask')) {
      const end = t.ts + (t.dur ?? 0);
      const inside = onMain.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end);
      const ms = (t.dur ?? 0) / 1000;
      // Evaluating the content script, or the engine module it imports (src/content/engine-loader.ts).
      const evaluates = (e: TraceEvent) => (e.name === 'EvaluateScript' && e.args?.data?.url?.includes('content-scripts/content.js')) || e.args?.data?.url?.endsWith('/engine.js');
      // Any task that runs the extension's code: its idle slices (and the slices that continue
      // them in the same idle period, posted as messages), its evaluation, its event handlers
      // (function calls attributed to an extension script).
      const ours = inside.some((e) => e.name === 'FireIdleCallback' || e.args?.data?.url?.startsWith('chrome-extension://'));
      if (!ours) continue;
      result.own = Math.max(result.own, ms);
      if (inside.some(evaluates)) result.evaluate = Math.max(result.evaluate, ms);
      else result.scan = Math.max(result.scan, ms);
    }
    return result;
  };
}

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (withExtension) args.push(`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`);
  const ctx = await chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-page-')), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 900 },
    ...(withExtension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args,
  });
  if (withExtension && !ctx.serviceWorkers().length) await ctx.waitForEvent('serviceworker');
  return ctx;
}

type Done = [number, string, Record<string, number>];

async function measure(url: string, withExtension: boolean, traced = false): Promise<Run> {
  const ctx = await launch(withExtension);
  try {
    // The content script reports 'done' to the background (findingsChanged): listen there too.
    const worker = withExtension ? ctx.serviceWorkers()[0] : undefined;
    await worker?.evaluate(() => {
      const g = globalThis as unknown as { __done: Done[]; chrome: { runtime: { onMessage: { addListener(f: (m: { type?: string; status?: string; counts?: Record<string, number> }) => void): void } } } };
      g.__done = [];
      g.chrome.runtime.onMessage.addListener((m) => {
        if (m?.type === 'findingsChanged' && m.status === 'done') g.__done.push([Date.now(), m.status, m.counts ?? {}]);
      });
    });
    const page = await ctx.newPage();
    // Tracing slows the page; traced runs only attribute long tasks, the others give the timings.
    const trace = traced ? await startTrace(ctx, page) : undefined;
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const until = Date.now() + 90_000;
    let done: Done | undefined;
    for (;;) {
      done = (await worker?.evaluate(() => (globalThis as unknown as { __done: Done[] }).__done[0])) ?? undefined;
      const now = await page.evaluate(() => performance.now());
      if ((withExtension ? done && Date.now() - done[0] > QUIET_MS : now > QUIET_MS * 2) || Date.now() > until) break;
      await page.waitForTimeout(200);
    }
    const r = await page.evaluate((doneAt) => {
      const w = window as unknown as { __bench: { lastChange: number; count: number; longtasks: [number, number][] } };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const from = nav.domContentLoadedEventStart;
      // The scan's end on the page's clock (both clocks are the machine's wall clock).
      const to = doneAt ? doneAt - performance.timeOrigin : performance.now();
      const longest = Math.max(0, ...w.__bench.longtasks.filter(([s, d]) => s + d >= from && s <= to + 500).map(([, d]) => d));
      return { loadToLast: to - nav.loadEventEnd, longest, painted: w.__bench.count };
    }, done?.[0] ?? 0);
    const found = done ? Object.values(done[2]).reduce((a, b) => a + b, 0) : 0;
    const popupMs = withExtension && !traced ? await popupTime(ctx) : -1;
    const tasks = trace ? await trace() : { scan: 0, evaluate: 0, own: 0 };
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return { loadToLast: r.loadToLast, longest: r.longest, heapMb: heap.usedSize / 2 ** 20, highlights: found, painted: r.painted, scanTask: tasks.scan, evalTask: tasks.evaluate, ownTask: tasks.own, popupMs };
  } finally {
    await ctx.close();
  }
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(EXT, 'manifest.json'))) throw new Error(`${EXT} is missing: run  npx wxt build  first`);
  if (!fs.existsSync('/usr/bin/chromium')) throw new Error('/usr/bin/chromium is missing: apt-get install -y chromium (as root)');
  fs.mkdirSync(OUT, { recursive: true });
  for (const s of SIZES) fs.writeFileSync(path.join(OUT, `bench-${s.name}.html`), generatePage(s.bytes, 42));
  const server = http.createServer((req, res) => {
    const file = path.join(OUT, path.basename(req.url ?? ''));
    if (!fs.existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let last = '';
  try {
    for (const s of SIZES) {
      const url = `${origin}/bench-${s.name}.html`;
      const withExt: Run[] = [];
      const without: Run[] = [];
      const traced: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        withExt.push(await measure(url, true));
        without.push(await measure(url, false));
        traced.push(await measure(url, true, true));
      }
      const row = {
        load_to_last_highlight_ms: Math.round(median(withExt.map((r) => r.loadToLast))),
        longest_task_ms: Math.round(median(withExt.map((r) => r.longest))),
        baseline_longest_task_ms: Math.round(median(without.map((r) => r.longest))),
        longest_scan_task_ms: Math.round(median(traced.map((r) => r.scanTask))),
        script_eval_task_ms: Math.round(median(traced.map((r) => r.evalTask))),
        longest_own_task_ms: Math.round(median(traced.map((r) => r.ownTask))),
        heap_mb: Math.max(0, median(withExt.map((r) => r.heapMb)) - median(without.map((r) => r.heapMb))).toFixed(1),
        findings: median(withExt.map((r) => r.highlights)),
        painted_near_viewport: median(withExt.map((r) => r.painted)),
        popup_list_ms: Math.round(median(withExt.map((r) => r.popupMs))),
      };
      const bytes = fs.statSync(path.join(OUT, `bench-${s.name}.html`)).size;
      console.log(`${s.name.padEnd(6)} (${bytes} bytes, ${RUNS} runs): ${Object.entries(row).map(([k, v]) => `${k}=${v}`).join(' ')}`);
      last = `bench:page: load_to_last_highlight_ms=${row.load_to_last_highlight_ms} longest_task_ms=${row.longest_task_ms} heap_mb=${row.heap_mb}`;
    }
  } finally {
    server.close();
  }
  console.log(last);
}

main().catch((e: unknown) => {
  console.error(`bench:page: ${(e as Error).stack ?? String(e)}`);
  process.exit(1);
});
