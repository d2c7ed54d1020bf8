/**
 * Paints ranges with the CSS Custom Highlight API: ranges are registered in `CSS.highlights`
 * under Claimlens's own names and styled by `::highlight(name)` rules (assets/highlight.css).
 * The page's DOM is never touched, so its text, its event handlers and a framework's view of
 * its nodes stay exactly as they were; clearing the registry removes every trace.
 *
 * One Highlight per kind and style: `claimlens-money`, `claimlens-company`, `claimlens-quote`,
 * `claimlens-allegation` (background style) and the same names with `-u` (underline style), plus
 * `claimlens-flash` for the popup's "show me" flash.
 */

export type HighlightKind = 'money' | 'company' | 'quote' | 'allegation';
export type HighlightStyle = 'background' | 'underline';

export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['quote', 'allegation', 'company', 'money'];
export const FLASH_NAME = 'claimlens-flash';

/** Overlaps: a company or an amount inside a quote paints above the quote. */
const PRIORITY: Record<HighlightKind, number> = { quote: 1, allegation: 2, company: 3, money: 4 };

export function highlightName(kind: HighlightKind, style: HighlightStyle): string {
  return `claimlens-${kind}${style === 'underline' ? '-u' : ''}`;
}

/** The two things the highlighter needs from the page: the registry and the Highlight constructor. */
export interface HighlightHost {
  registry: Map<string, Highlight> | HighlightRegistry;
  create(): Highlight;
}

/** The page's own Highlight API, or undefined when the browser has none (Firefox < 140). */
export function pageHighlightHost(win: Window & typeof globalThis = window): HighlightHost | undefined {
  const css = win.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  if (!css?.highlights || typeof win.Highlight !== 'function') return undefined;
  return { registry: css.highlights, create: () => new win.Highlight() };
}

export class Highlighter {
  private readonly sets = new Map<HighlightKind, Highlight>();
  private flash: Highlight | undefined;
  private style: HighlightStyle = 'background';

  constructor(private readonly host: HighlightHost) {}

  private set(kind: HighlightKind): Highlight {
    let h = this.sets.get(kind);
    if (!h) {
      h = this.host.create();
      h.priority = PRIORITY[kind];
      this.sets.set(kind, h);
      this.host.registry.set(highlightName(kind, this.style), h);
    }
    return h;
  }

  add(kind: HighlightKind, range: Range): void {
    this.set(kind).add(range);
  }

  remove(kind: HighlightKind, range: Range): void {
    this.sets.get(kind)?.delete(range);
  }

  /** How many ranges a kind has. */
  size(kind: HighlightKind): number {
    return this.sets.get(kind)?.size ?? 0;
  }

  /** Switches between background and underline styles by moving the sets to the other names. */
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    for (const [kind, h] of this.sets) {
      this.host.registry.delete(highlightName(kind, this.style));
      this.host.registry.set(highlightName(kind, style), h);
    }
    this.style = style;
  }

  /** Paints `range` with the flash colour for `ms`, blinking, then removes it. */
  flashRange(range: Range, ms = 1600): void {
    if (!this.flash) {
      this.flash = this.host.create();
      this.flash.priority = 10;
    }
    const h = this.flash;
    h.clear();
    h.add(range);
    const registry = this.host.registry;
    const start = Date.now();
    const tick = () => {
      const t = Date.now() - start;
      if (t >= ms || this.flash !== h) {
        registry.delete(FLASH_NAME);
        return;
      }
      // On for 300 ms, off for 100 ms: a blink the eye catches without strobing.
      if (t % 400 < 300) registry.set(FLASH_NAME, h);
      else registry.delete(FLASH_NAME);
      setTimeout(tick, 50);
    };
    tick();
  }

  /** Removes every Claimlens highlight from the page. */
  clear(): void {
    for (const [kind, h] of this.sets) {
      h.clear();
      this.host.registry.delete(highlightName(kind, this.style));
    }
    this.sets.clear();
    this.host.registry.delete(FLASH_NAME);
    this.flash = undefined;
  }
}
