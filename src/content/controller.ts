/**
 * The content script's brain: scans the page's article in idle slices, highlights what it finds,
 * follows the page as it changes, and answers the popup. It owns no browser API itself (the
 * messaging and settings glue is in ./main.ts), so it runs under happy-dom in unit tests.
 *
 *   start ─► full scan (sliced) ─► ranges (sliced) ─► highlights + hit index ─► notify
 *              ▲                                          │
 *   URL change ┘   MutationObserver ─► dirty parts ─► part scans (sliced)
 */
import type { Finding, FindingKind } from '../core/findings';
import type { EngineContext } from '../core/context';
import type { Engine } from '../core/engine';
import { FindingCard } from '../dom/card/card';
import { cardContent } from '../dom/card/format';
import { labelsFor } from '../dom/card/labels';
import { pageBody } from '../dom/article';
import { HitIndex, type Hit } from '../dom/hit-index';
import { Highlighter, type HighlightHost, type HighlightKind, type HighlightStyle } from '../dom/highlighter';
import { rangeFor } from '../dom/ranges';
import type { KindCounts, PageFindings, ScanStatus } from '../messaging/protocol';
import { scanSteps, type PageScan, type ScanOptions } from '../pipeline/scan-page';
import { Cancelled, runSliced, type Budget, type SliceSource, type Steps } from '../pipeline/slices';
import type { RateTable } from '../rates/reference-rates';
import type { Settings } from '../settings/schema';
import { HoverWatcher } from './hover';
import { VISIBILITY_ATTRIBUTES, blockAround, dirtyParts, mayReveal, revealedParts } from './mutations';
import { isHiddenByAttributes } from '../dom/elements';
import { ViewportPainter, type Paintable } from './viewport-painter';
import { hiddenByStyle } from './visibility';

/** One finding on the page and the range that shows it (absent if its text could not be mapped). */
export interface Entry extends Paintable {
  finding: Finding;
}

export interface ControllerDeps {
  doc: Document;
  /** The page's Highlight API; undefined when the browser lacks it (nothing is painted). */
  highlights?: HighlightHost;
  /** Time slices for a unit of work; `cancelled` says the work is stale. */
  slices: (cancelled: () => boolean) => SliceSource;
  /** Called with the page's state after each change (to tell the background). */
  notify?: (state: { url: string; status: ScanStatus; counts: KindCounts }) => void;
  /** The engine; the content script passes it still loading (see engine-loader.ts). */
  engine?: Engine | Promise<Engine>;
  /** A plain function instead of the engine (tests). */
  extract?: (text: string, ctx: EngineContext) => Finding[];
  rates: () => RateTable;
  /** The reader's language, for the card (navigator.language). */
  readerLocale?: string;
  /** Quiet time before changed parts are scanned, and the most a change waits. */
  debounceMs?: number;
  maxWaitMs?: number;
}

/** Why nothing is painted in a browser without the CSS Custom Highlight API (Firefox < 140). */
const NO_HIGHLIGHT_API = 'This browser cannot paint highlights (it lacks the CSS Custom Highlight API); the findings are listed here only.';
const DEFAULT_DEBOUNCE_MS = 120;
const DEFAULT_MAX_WAIT_MS = 500;
/** Ranges built between two looks at the budget. */
const RANGES_PER_CHECK = 32;
/** Beyond this many pending records, a full rescan is cheaper than sorting them out. */
const MAX_RECORDS = 5000;

function highlightKind(f: Finding): HighlightKind {
  if (f.kind === 'quote' || f.kind === 'claim') return f.allegation ? 'allegation' : 'quote';
  return f.kind;
}

/** Which setting switches a finding kind's highlight. */
function settingKey(kind: FindingKind): 'money' | 'company' | 'quote' {
  return kind === 'claim' ? 'quote' : kind;
}

export class PageController {
  private readonly doc: Document;
  private readonly highlighter: Highlighter | undefined;
  private readonly hits = new HitIndex<Entry>();
  private readonly card: FindingCard;
  private readonly hover: HoverWatcher<Entry>;
  private readonly painter: ViewportPainter<Entry>;
  /** In page order as long as only full scans placed them (`outOfOrder` says otherwise). */
  private readonly entries = new Set<Entry>();
  private outOfOrder = false;
  private readonly byId = new Map<string, Entry>();
  private status: ScanStatus = 'off';
  private reason: string | undefined;
  private settings: Settings | undefined;
  private enabled = false;
  private root: Element | undefined;
  private wholePage = false;
  private context: EngineContext | undefined;
  /** Offsets of part scans continue after the article text, so ids stay unique. */
  private nextBase = 0;
  /** Bumped by every full scan and by turning off: older work sees it and stops. */
  private generation = 0;
  private work: Promise<void> = Promise.resolve();
  private observer: MutationObserver | undefined;
  private pending: MutationRecord[] = [];
  private pendingFull = false;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt = 0;
  private lastUrl: string;

  constructor(private readonly deps: ControllerDeps) {
    this.doc = deps.doc;
    this.highlighter = deps.highlights ? new Highlighter(deps.highlights) : undefined;
    this.painter = new ViewportPainter<Entry>(this.doc, this.highlighter);
    this.card = new FindingCard(this.doc);
    this.hover = new HoverWatcher<Entry>(this.doc, this.hits, this.card, (e, rect) => this.showCard(e, rect));
    this.lastUrl = this.pageUrl();
  }

  // ---- state the popup reads ----------------------------------------------------------

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** The page's findings in document order, as the popup lists them. */
  findings(): PageFindings {
    const list = this.sortedEntries().map((e) => e.finding);
    return {
      status: this.status,
      url: this.pageUrl(),
      title: this.doc.title,
      lang: this.context?.lang ?? 'en',
      findings: list,
      ...(this.reason ? { reason: this.reason } : !this.highlighter && this.enabled ? { reason: NO_HIGHLIGHT_API } : {}),
    };
  }

  counts(): KindCounts {
    const c: KindCounts = { money: 0, company: 0, quote: 0, claim: 0 };
    for (const e of this.entries) c[e.finding.kind]++;
    return c;
  }

  /** Resolves when no scan is running or waiting (tests, the bench). */
  async settled(): Promise<void> {
    for (;;) {
      const w = this.work;
      await w;
      if (w === this.work && !this.debounceTimer) return;
      if (this.debounceTimer) await new Promise((r) => setTimeout(r, 20));
    }
  }

  // ---- on / off / settings ------------------------------------------------------------

  /** Applies settings; turns Claimlens on or off for this page as they say. */
  applySettings(settings: Settings, siteEnabled = true): void {
    const previous = this.settings;
    this.settings = settings;
    const on = settings.enabled && siteEnabled;
    if (on !== this.enabled) {
      if (on) this.enable();
      else this.disable();
      return;
    }
    if (!on || !previous) return;
    this.highlighter?.setStyle(settings.highlightStyle as HighlightStyle);
    if (JSON.stringify(previous.highlight) !== JSON.stringify(settings.highlight)) this.repaint();
  }

  /** Turns Claimlens on for this page (the popup's switch) whatever the stored setting. */
  setEnabled(on: boolean): void {
    if (on === this.enabled) return;
    if (on) this.enable();
    else this.disable();
  }

  private enable(): void {
    this.enabled = true;
    this.highlighter?.setStyle((this.settings?.highlightStyle ?? 'background') as HighlightStyle);
    this.hover.attach();
    this.fullScan();
  }

  /** Removes every trace: highlights, the card, listeners, the observer; drops the findings. */
  private disable(): void {
    this.enabled = false;
    this.generation++;
    this.stopObserving();
    this.hover.detach();
    this.card.destroy();
    this.clearEntries();
    this.root = undefined;
    this.setStatus('off');
  }

  /** Stops everything for good (the extension was reloaded or the page is going away). */
  destroy(): void {
    this.disable();
  }

  // ---- scanning -----------------------------------------------------------------------

  private pageUrl(): string {
    return this.doc.location?.href ?? this.doc.URL;
  }

  private setStatus(status: ScanStatus, reason?: string): void {
    this.status = status;
    this.reason = reason;
    this.deps.notify?.({ url: this.pageUrl(), status, counts: this.counts() });
  }

  /** Queues `job` after the work already queued; errors are reported, never thrown at the page. */
  private enqueue(job: () => Promise<void>): void {
    this.work = this.work.then(job).catch((e: unknown) => {
      if (e instanceof Cancelled) return;
      console.error('Claimlens: scan failed', e);
      this.setStatus('error', e instanceof Error ? e.message : String(e));
    });
  }

  /** Elements the walk skipped as hidden, watched in case the page shows them later. */
  private readonly hiddenSkipped = new Set<Element>();
  private walkSkip = (el: Element) => hiddenByStyle(el) || this.card.owns(el);
  private onHidden = (el: Element) => {
    if (!this.card.owns(el)) this.hiddenSkipped.add(el);
  };
  private walkOptions() {
    return { skip: this.walkSkip, onHidden: this.onHidden };
  }

  /** The engine for a scan (still loading on the first: the scan reads the page meanwhile). */
  private engineOptions(): Pick<ScanOptions, 'engine' | 'extract'> {
    if (this.deps.extract) return { extract: this.deps.extract };
    if (!this.deps.engine) throw new Error('no engine to read the page with');
    return { engine: this.deps.engine };
  }

  /** Scans the page from scratch: the article region is chosen again. */
  fullScan(): void {
    const gen = ++this.generation;
    this.hiddenSkipped.clear();
    // Changes made so far are in the page this scan will read (drop them, also those not yet
    // delivered); later ones are handled after it.
    this.observer?.takeRecords();
    this.pending = [];
    this.pendingFull = false;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
    this.observe();
    this.setStatus('scanning');
    this.enqueue(async () => {
      const engine = this.engineOptions();
      const source = this.deps.slices(() => gen !== this.generation);
      const scan = await runSliced(
        (budget) => scanSteps(this.doc, { url: this.pageUrl(), ...this.walkOptions(), ...engine }, budget),
        source,
      );
      // The old highlights stay until the new ones are ready, so a rescan does not blink.
      this.clearEntries();
      this.root = scan.root;
      this.wholePage = scan.root === pageBody(this.doc);
      this.context = scan.context;
      this.nextBase = scan.map.text.length + 2;
      await runSliced((budget) => this.placeSteps(scan, 0, budget), source);
      this.setStatus('done');
    });
  }

  /** Scans changed parts of the article and replaces their findings (inside a queued job). */
  private async scanParts(parts: Element[], gen: number): Promise<void> {
    const engine = this.engineOptions();
    const source = this.deps.slices(() => gen !== this.generation);
    this.pruneDetached();
    for (const part of parts) {
      if (!part.isConnected) continue;
      for (const e of this.entriesIn(part)) this.removeEntry(e);
      const scan = await runSliced(
        (budget) =>
          scanSteps(this.doc, { root: part, url: this.pageUrl(), ...this.walkOptions(), ...engine, ...(this.context ? { context: this.context } : {}) }, budget),
        source,
      );
      this.outOfOrder = true;
      const base = this.nextBase;
      this.nextBase += scan.map.text.length + 2;
      await runSliced((budget) => this.placeSteps(scan, base, budget), source);
    }
    this.setStatus('done');
  }

  /** Builds ranges for a scan's findings and paints them, pausing when the budget is spent. */
  private *placeSteps(scan: PageScan, base: number, budget: Budget): Steps<void> {
    let i = 0;
    for (const f of scan.findings) {
      const range = rangeFor(scan.map, f.start, f.end);
      const finding = base === 0 ? f : ({ ...f, start: f.start + base, end: f.end + base, id: `${f.kind}:${f.start + base}` } as Finding);
      this.addEntry({ finding, ...(range ? { range } : {}) });
      if (++i % RANGES_PER_CHECK === 0 && budget.spent()) yield;
    }
  }

  private shouldPaint(f: Finding): boolean {
    return this.settings?.highlight[settingKey(f.kind)] ?? true;
  }

  private addEntry(e: Entry): void {
    this.entries.add(e);
    this.byId.set(e.finding.id, e);
    if (!e.range) return;
    this.hits.add(e.range, e);
    if (this.shouldPaint(e.finding)) e.kind = highlightKind(e.finding);
    if (this.root) e.block = blockAround(e.range.startContainer, this.root) ?? undefined;
    this.painter.add(e);
  }

  private removeEntry(e: Entry): void {
    this.entries.delete(e);
    this.byId.delete(e.finding.id);
    if (!e.range) return;
    this.hits.remove(e.range);
    this.painter.remove(e);
  }

  private clearEntries(): void {
    this.painter.clear();
    this.highlighter?.clear();
    this.hits.clear();
    this.entries.clear();
    this.outOfOrder = false;
    this.byId.clear();
  }

  /** Paints again after the reader changed which kinds are highlighted. */
  private repaint(): void {
    for (const e of this.entries) {
      if (!e.range) continue;
      if (e.painted && e.kind) this.highlighter?.remove(e.kind, e.range);
      e.painted = false;
      e.kind = this.shouldPaint(e.finding) ? highlightKind(e.finding) : undefined;
    }
    this.painter.refresh();
  }

  /** The findings with text in `part`, through the hit index (cost: the part's size, not the page's). */
  private entriesIn(part: Element): Entry[] {
    const found = new Set<Entry>();
    const walker = this.doc.createTreeWalker(part, 4 /* SHOW_TEXT */);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) for (const h of this.hits.on(t)) found.add(h.item);
    return [...found];
  }

  /** Drops findings whose text left the page (a re-render removed their nodes). */
  private pruneDetached(): void {
    const root = this.root;
    for (const e of [...this.entries]) {
      const r = e.range;
      if (!r) continue;
      if (r.collapsed || !r.startContainer.isConnected || !r.endContainer.isConnected || (root && !root.contains(r.startContainer))) {
        this.removeEntry(e);
      }
    }
  }

  private sortedEntries(): Entry[] {
    // Part scans append; put everything back in page order for the popup.
    const list = [...this.entries];
    if (!this.outOfOrder) return list;
    return list.sort((a, b) => {
      if (a.range && b.range) return a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range);
      return a.finding.start - b.finding.start;
    });
  }

  // ---- following the page -------------------------------------------------------------

  private observe(): void {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view || this.observer) return;
    this.observer = new view.MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: VISIBILITY_ATTRIBUTES,
    });
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
  }

  /** Keeps the records (cheap) and schedules their handling after a quiet moment. */
  private onMutations(all: MutationRecord[]): void {
    if (!this.enabled) return;
    // Attribute changes matter only where they may show text the walk skipped as hidden;
    // animated pages change styles every frame, so drop the rest at once.
    const records = all.filter((r) => r.type !== 'attributes' || mayReveal(r.target, this.hiddenSkipped));
    if (records.length === 0) return;
    if (this.pending.length + records.length > MAX_RECORDS) {
      this.pendingFull = true;
      this.pending = [];
    } else if (!this.pendingFull) {
      for (const r of records) this.pending.push(r);
    }
    const now = Date.now();
    if (!this.debounceTimer) this.firstPendingAt = now;
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    const debounce = this.deps.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    const maxWait = this.deps.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    const wait = Math.max(0, Math.min(debounce, this.firstPendingAt + maxWait - now));
    this.debounceTimer = setTimeout(() => this.flushMutations(), wait);
  }

  /**
   * Handles the records gathered since the last quiet moment, in the work queue: after any scan
   * running now, against the article region it chose. Records from before a newer full scan are
   * dropped, since that scan read the page as they left it.
   */
  private flushMutations(): void {
    this.debounceTimer = undefined;
    const records = this.pending;
    const full = this.pendingFull;
    this.pending = [];
    this.pendingFull = false;
    if (!this.enabled) return;
    const gen = this.generation;
    this.enqueue(async () => {
      if (gen !== this.generation || !this.enabled) return;
      if (this.urlChanged() || full || !this.root) {
        this.fullScan();
        return;
      }
      const dirty = dirtyParts(records, this.root, (n) => this.card.owns(n), this.wholePage);
      if (dirty.full) {
        this.fullScan();
        return;
      }
      const shown = revealedParts(records, this.hiddenSkipped, (el) => isHiddenByAttributes(el) || hiddenByStyle(el));
      const parts = [...dirty.parts, ...shown.filter((el) => !dirty.parts.some((p) => p.contains(el)))];
      if (parts.length) {
        await this.scanParts(parts, gen);
        return;
      }
      // Nodes left the page without new text (a teaser removed): forget their findings.
      const before = this.entries.size;
      this.pruneDetached();
      if (this.entries.size !== before) this.setStatus('done');
    });
  }

  /** True when the page moved to another address (same-document navigation), not just its hash. */
  private urlChanged(): boolean {
    const now = this.pageUrl().split('#')[0]!;
    if (now === this.lastUrl.split('#')[0]) return false;
    this.lastUrl = this.pageUrl();
    return true;
  }

  /** Called on history navigation (popstate, the Navigation API, or a URL poll). */
  onNavigation(): void {
    if (this.enabled && this.urlChanged()) this.fullScan();
  }

  // ---- the card and focusFinding --------------------------------------------------------

  private showCard(e: Entry, rect: { left: number; top: number; bottom: number }): void {
    const content = cardContent(e.finding, {
      labels: labelsFor(this.deps.readerLocale),
      locale: this.deps.readerLocale ?? 'en',
      pageLang: this.context?.lang ?? 'en',
      homeCurrency: this.settings?.homeCurrency ?? 'EUR',
      rates: this.deps.rates(),
    });
    this.card.show(content, e.finding.kind, rect);
  }

  /** Scrolls finding `id` into view, flashes it and shows its card; false when it is not on the page. */
  focusFinding(id: string): boolean {
    const e = this.byId.get(id);
    const range = e?.range;
    if (!e || !range || !range.startContainer.isConnected) return false;
    const el = range.startContainer.parentElement;
    this.hover.ownScroll();
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.highlighter?.flashRange(range);
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    this.showCard(e, rect);
    return true;
  }

  /** The entry a hover or focus would show for `node` (tests). */
  hitAt(node: Node, offset: number): Hit<Entry> | undefined {
    return this.hits.at(node, offset);
  }

  /** The card's host element (tests). */
  get cardElement(): HTMLElement | undefined {
    return this.card.element;
  }
}
