/**
 * Decides which findings are painted. On an ordinary article, all of them. On a page with many
 * (a long live blog, a 3 MB page), only those near the viewport: Chromium re-walks every range
 * of a Highlight in the PrePaint of each frame in which the set changes, which costs about
 * 8 ms per thousand ranges (measured here: 100 ms with 12 700 ranges), so painting them all
 * would make long tasks. An IntersectionObserver on the paragraphs that hold findings paints
 * a paragraph's findings when it comes within a screen of the viewport and unpaints them when
 * it leaves, so the painted set stays small whatever the page's length.
 */
import type { Highlighter, HighlightKind } from '../dom/highlighter';

/** What the painter needs of a finding: its range, its colour, and the block it sits in. */
export interface Paintable {
  range?: Range;
  /** The highlight it should be painted with; undefined = not painted (its kind is off). */
  kind?: HighlightKind;
  /** The block element holding it (what the viewport test observes). */
  block?: Element;
  /** True while registered with the highlighter. */
  painted?: boolean;
}

/** Above this many findings, only those near the viewport are painted. */
export const VIEWPORT_MODE_ABOVE = 400;
/** How far beyond the viewport paragraphs count as near: one screen above and below. */
const ROOT_MARGIN = '100% 0px 100% 0px';

export class ViewportPainter<T extends Paintable> {
  private readonly all = new Set<T>();
  private readonly byBlock = new Map<Element, Set<T>>();
  private readonly near = new Set<Element>();
  private observer: IntersectionObserver | undefined;
  private viewportMode = false;

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter | undefined,
    private readonly threshold = VIEWPORT_MODE_ABOVE,
  ) {}

  /** True when only findings near the viewport are painted. */
  get partial(): boolean {
    return this.viewportMode;
  }

  add(item: T): void {
    if (!item.range) return;
    this.all.add(item);
    if (item.block) {
      let set = this.byBlock.get(item.block);
      if (!set) {
        set = new Set();
        this.byBlock.set(item.block, set);
        this.observer?.observe(item.block);
      }
      set.add(item);
    }
    if (!this.viewportMode && this.all.size > this.threshold && this.enterViewportMode()) return;
    if (!this.viewportMode || !item.block || this.near.has(item.block)) this.paint(item);
  }

  remove(item: T): void {
    this.unpaint(item);
    this.all.delete(item);
    const set = item.block && this.byBlock.get(item.block);
    if (set) {
      set.delete(item);
      if (set.size === 0) {
        this.byBlock.delete(item.block!);
        this.near.delete(item.block!);
        this.observer?.unobserve(item.block!);
      }
    }
  }

  /** Paints again after kinds were switched on or off (`kind` changed on the items). */
  refresh(): void {
    for (const item of this.all) {
      this.unpaint(item);
      if (!this.viewportMode || !item.block || this.near.has(item.block)) this.paint(item);
    }
  }

  clear(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.viewportMode = false;
    for (const item of this.all) item.painted = false;
    this.all.clear();
    this.byBlock.clear();
    this.near.clear();
  }

  private paint(item: T): void {
    if (item.painted || !item.kind || !item.range || !this.highlighter) return;
    this.highlighter.add(item.kind, item.range);
    item.painted = true;
  }

  private unpaint(item: T): void {
    if (!item.painted || !item.kind || !item.range) return;
    this.highlighter?.remove(item.kind, item.range);
    item.painted = false;
  }

  /** Switches to painting only near the viewport; false when the browser cannot tell (all stay). */
  private enterViewportMode(): boolean {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view || typeof view.IntersectionObserver !== 'function') return false;
    this.viewportMode = true;
    for (const item of this.all) if (item.block) this.unpaint(item);
    this.observer = new view.IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: ROOT_MARGIN });
    for (const block of this.byBlock.keys()) this.observer.observe(block);
    return true;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      const items = this.byBlock.get(e.target);
      if (!items) continue;
      if (e.isIntersecting) {
        this.near.add(e.target);
        for (const item of items) this.paint(item);
      } else {
        this.near.delete(e.target);
        for (const item of items) this.unpaint(item);
      }
    }
  }
}
