import { afterEach, describe, expect, it } from 'vitest';
import { ViewportPainter, type Paintable } from '../../../src/content/viewport-painter';
import { Highlighter } from '../../../src/dom/highlighter';
import { fakeHighlights, page, painted } from './helpers';

/** An IntersectionObserver the test drives: `show(el, yes)` reports el near or far. */
class FakeObserver {
  static last: FakeObserver | undefined;
  readonly watched = new Set<Element>();
  constructor(private readonly cb: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.watched.add(el);
  }
  unobserve(el: Element) {
    this.watched.delete(el);
  }
  disconnect() {
    this.watched.clear();
  }
  show(el: Element, near: boolean) {
    this.cb([{ target: el, isIntersecting: near }]);
  }
}

const real = window.IntersectionObserver;
afterEach(() => {
  (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = real;
});

function items(n: number): { paras: HTMLElement[]; list: Paintable[] } {
  page(Array.from({ length: n }, (_, i) => `<p>ACME ${i}</p>`).join(''));
  const paras = [...document.querySelectorAll('p')];
  const list = paras.map((p) => {
    const r = document.createRange();
    r.setStart(p.firstChild!, 0);
    r.setEnd(p.firstChild!, 4);
    return { range: r, kind: 'company' as const, block: p };
  });
  return { paras, list };
}

describe('ViewportPainter', () => {
  it('paints everything on an ordinary page', () => {
    const host = fakeHighlights();
    const p = new ViewportPainter(document, new Highlighter(host), 10);
    for (const it of items(5).list) p.add(it);
    expect(painted(host, 'claimlens-company')).toHaveLength(5);
    expect(p.partial).toBe(false);
  });

  it('on a page with many findings paints only paragraphs near the viewport, following scrolls', () => {
    (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = FakeObserver;
    const host = fakeHighlights();
    const p = new ViewportPainter(document, new Highlighter(host), 10);
    const { paras, list } = items(30);
    for (const it of list) p.add(it);
    expect(p.partial).toBe(true);
    expect(painted(host, 'claimlens-company')).toHaveLength(0);
    const io = FakeObserver.last!;
    expect(io.watched.size).toBe(30);
    io.show(paras[0]!, true);
    io.show(paras[1]!, true);
    expect(painted(host, 'claimlens-company')).toHaveLength(2);
    io.show(paras[0]!, false);
    expect(painted(host, 'claimlens-company')).toHaveLength(1);
    p.remove(list[1]!);
    expect(painted(host, 'claimlens-company')).toHaveLength(0);
    expect(io.watched.has(paras[1]!)).toBe(false);
    p.clear();
    expect(io.watched.size).toBe(0);
  });
});
