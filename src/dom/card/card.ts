/**
 * The hover / keyboard-focus card, in its own shadow root so the page's CSS cannot reach it and
 * its CSS cannot reach the page. Built with DOM calls and textContent only: nothing from the page
 * is ever parsed as HTML. The host element exists only while Claimlens is on; `destroy` removes it.
 *
 * A plain shadow root rather than WXT's createShadowRootUi: that helper needs the content
 * script's CSS in 'ui' injection mode, which would move the ::highlight rules into the shadow root,
 * where they cannot paint the page's text.
 */
import type { CardContent } from './format';

export const CARD_TAG = 'claimlens-card';

const STYLE = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; box-sizing: border-box; max-width: 340px; min-width: 180px;
  padding: 10px 12px; border-radius: 8px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
  background: #ffffff; color: #1f2937; border: 1px solid #d1d5db; box-shadow: 0 6px 24px rgba(0,0,0,.18);
}
.badge { display: inline-block; font-size: 11px; font-weight: 600; letter-spacing: .02em; text-transform: uppercase;
  padding: 1px 6px; border-radius: 4px; background: #e5e7eb; color: #374151; }
.badge.money { background: #dcfce7; color: #166534; }
.badge.company { background: #dbeafe; color: #1e40af; }
.badge.quote, .badge.claim { background: #fef9c3; color: #854d0e; }
.badge.strong { background: #dc2626; color: #ffffff; }
.title { margin: 6px 0 2px; font-size: 15px; font-weight: 600; }
.line { margin: 2px 0; color: #4b5563; }
.links { margin-top: 6px; display: flex; gap: 12px; flex-wrap: wrap; }
a { color: #1d4ed8; text-decoration: underline; }
a:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #1f2937; color: #f3f4f6; border-color: #4b5563; }
  .line { color: #d1d5db; }
  .badge { background: #374151; color: #e5e7eb; }
  .badge.money { background: #14532d; color: #bbf7d0; }
  .badge.company { background: #1e3a8a; color: #bfdbfe; }
  .badge.quote, .badge.claim { background: #713f12; color: #fef08a; }
  a { color: #93c5fd; }
}
`;

export class FindingCard {
  private host: HTMLElement | undefined;
  private box: HTMLElement | undefined;

  constructor(private readonly doc: Document) {}

  /** The host element while it exists (tests read its shadow root). */
  get element(): HTMLElement | undefined {
    return this.host;
  }

  get visible(): boolean {
    return !!this.host && this.host.style.display !== 'none';
  }

  /** True when `node` is the card or inside it. */
  owns(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  private ensure(): HTMLElement {
    if (this.host?.isConnected && this.box) return this.box;
    const host = this.doc.createElement(CARD_TAG);
    host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647;');
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = STYLE;
    const box = this.doc.createElement('div');
    box.className = 'card';
    box.setAttribute('role', 'tooltip');
    root.append(style, box);
    this.doc.documentElement.append(host);
    this.host = host;
    this.box = box;
    return box;
  }

  /** Shows `content` next to `anchor` (a viewport rectangle: the finding's first line box). */
  show(content: CardContent, kind: string, anchor: { left: number; top: number; bottom: number }): void {
    const box = this.ensure();
    box.replaceChildren();
    const badge = this.doc.createElement('span');
    badge.className = `badge ${kind}${content.strong ? ' strong' : ''}`;
    badge.textContent = content.badge;
    const title = this.doc.createElement('div');
    title.className = 'title';
    title.textContent = content.title;
    box.append(badge, title);
    for (const text of content.lines) {
      const line = this.doc.createElement('div');
      line.className = 'line';
      line.textContent = text;
      box.append(line);
    }
    if (content.links.length) {
      const links = this.doc.createElement('div');
      links.className = 'links';
      for (const l of content.links) {
        const a = this.doc.createElement('a');
        a.href = l.href;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        a.textContent = l.label;
        links.append(a);
      }
      box.append(links);
    }
    this.host!.style.display = 'block';
    this.place(box, anchor);
  }

  private place(box: HTMLElement, anchor: { left: number; top: number; bottom: number }): void {
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    box.style.left = '0px';
    box.style.top = '0px';
    const r = box.getBoundingClientRect();
    const left = Math.max(4, Math.min(anchor.left, vw - r.width - 4));
    const below = anchor.bottom + 6;
    const top = below + r.height <= vh - 4 ? below : Math.max(4, anchor.top - r.height - 6);
    box.style.left = `${Math.round(left)}px`;
    box.style.top = `${Math.round(top)}px`;
  }

  hide(): void {
    // Not the `hidden` attribute: the host's inline `all: initial` would override it.
    if (this.host) this.host.style.display = 'none';
  }

  /** Removes the card from the page. */
  destroy(): void {
    this.host?.remove();
    this.host = undefined;
    this.box = undefined;
  }
}
