/**
 * Shows the card for the highlight under the pointer or at the keyboard focus. Highlights are not
 * elements, so there is no mouseover to listen to: the caret position under the pointer
 * (caretPositionFromPoint, or caretRangeFromPoint in older Chrome) gives a text node and offset,
 * which the hit index maps to a finding. For the keyboard: focusing an element (a link, say) that
 * holds a highlight, or moving the caret into one (caret browsing, F7), shows its card; Escape
 * hides it.
 */
import type { FindingCard } from '../dom/card/card';
import type { Hit, HitIndex } from '../dom/hit-index';

type Rect = { left: number; top: number; bottom: number };

/** How long the card stays after the pointer leaves, so it can be reached to click a link. */
const HIDE_DELAY_MS = 300;
/** Text nodes looked at under a focused element. */
const FOCUS_SCAN_LIMIT = 400;

interface CaretDoc {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The text position under client point (x, y). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  const d = doc as unknown as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint.call(doc, x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
  }
  return undefined;
}

export class HoverWatcher<T> {
  private attached = false;
  private current: Hit<T> | undefined;
  private frame = 0;
  private lastX = 0;
  private lastY = 0;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Scrolls before this time are our own (focusFinding) and keep the card. */
  private ownScrollUntil = 0;

  constructor(
    private readonly doc: Document,
    private readonly hits: HitIndex<T>,
    private readonly card: FindingCard,
    private readonly show: (item: T, rect: Rect) => void,
  ) {}

  attach(): void {
    if (this.attached) return;
    this.attached = true;
    this.doc.addEventListener('pointermove', this.onMove, { passive: true, capture: true });
    this.doc.addEventListener('focusin', this.onFocus, true);
    this.doc.addEventListener('keydown', this.onKey, true);
    this.doc.addEventListener('selectionchange', this.onSelection);
    this.doc.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
  }

  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    this.doc.removeEventListener('pointermove', this.onMove, { capture: true });
    this.doc.removeEventListener('focusin', this.onFocus, true);
    this.doc.removeEventListener('keydown', this.onKey, true);
    this.doc.removeEventListener('selectionchange', this.onSelection);
    this.doc.removeEventListener('scroll', this.onScroll, { capture: true });
    if (this.frame) this.doc.defaultView?.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.cancelHide();
    this.current = undefined;
  }

  private readonly onMove = (e: PointerEvent) => {
    this.lastX = e.clientX;
    this.lastY = e.clientY;
    if (this.card.owns(e.target as Node)) {
      this.cancelHide(); // reaching for a link in the card
      return;
    }
    // At most one look per frame, however fast the pointer moves.
    if (!this.frame) this.frame = this.doc.defaultView?.requestAnimationFrame(() => this.look()) ?? 0;
  };

  private look(): void {
    this.frame = 0;
    const caret = caretAt(this.doc, this.lastX, this.lastY);
    const hit = caret && caret.node.nodeType === 3 ? this.hits.at(caret.node, caret.offset, this.lastX, this.lastY) : undefined;
    if (hit) this.present(hit, this.rectNear(hit.range, this.lastY));
    else if (this.current) this.scheduleHide();
  }

  /** The line box of `range` nearest to `y` (a finding may wrap over lines). */
  private rectNear(range: Range, y: number): Rect {
    const rects = Array.from(range.getClientRects());
    return rects.find((r) => y >= r.top && y <= r.bottom) ?? rects[0] ?? range.getBoundingClientRect();
  }

  private present(hit: Hit<T>, rect: Rect): void {
    this.cancelHide();
    if (this.current?.range === hit.range && this.card.visible) return;
    this.current = hit;
    this.show(hit.item, rect);
  }

  private scheduleHide(): void {
    if (this.hideTimer) return;
    this.hideTimer = setTimeout(() => {
      this.hideTimer = undefined;
      this.current = undefined;
      this.card.hide();
    }, HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  /** The next scroll events, for `ms`, are Claimlens's own: they must not hide the card. */
  ownScroll(ms = 500): void {
    this.ownScrollUntil = Date.now() + ms;
  }

  private readonly onFocus = (e: FocusEvent) => {
    const el = e.target as Element | null;
    if (!el || el.nodeType !== 1 || this.card.owns(el)) return;
    const hit = this.firstHitIn(el);
    if (hit) this.present(hit, hit.range.getClientRects()[0] ?? hit.range.getBoundingClientRect());
    else if (this.current) this.scheduleHide();
  };

  private firstHitIn(el: Element): Hit<T> | undefined {
    const walker = this.doc.createTreeWalker(el, 4 /* SHOW_TEXT */);
    let n = 0;
    for (let t = walker.nextNode(); t && n < FOCUS_SCAN_LIMIT; t = walker.nextNode(), n++) {
      const h = this.hits.on(t)[0];
      if (h) return h;
    }
    return undefined;
  }

  private readonly onSelection = () => {
    const sel = this.doc.getSelection();
    if (!sel || !sel.isCollapsed || !sel.anchorNode || sel.anchorNode.nodeType !== 3) return;
    const hit = this.hits.at(sel.anchorNode, sel.anchorOffset);
    if (hit) this.present(hit, hit.range.getClientRects()[0] ?? hit.range.getBoundingClientRect());
  };

  /** The card is fixed to the viewport and the text moves away under it: hide it. */
  private readonly onScroll = (e: Event) => {
    if (!this.card.visible || this.card.owns(e.target as Node) || Date.now() < this.ownScrollUntil) return;
    this.cancelHide();
    this.current = undefined;
    this.card.hide();
  };

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.card.visible) {
      this.cancelHide();
      this.current = undefined;
      this.card.hide();
    }
  };
}
