import { describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../../src/dom/highlighter';
import { extractInChunks, CHUNK_CHARS } from '../../../src/pipeline/chunked-extract';
import { runSync, UNLIMITED } from '../../../src/pipeline/slices';
import type { Finding } from '../../../src/core/findings';
import { fakeHighlights, page, painted } from './helpers';

function rangeOver(text: Text, start: number, end: number): Range {
  const r = document.createRange();
  r.setStart(text, start);
  r.setEnd(text, end);
  return r;
}

describe('Highlighter', () => {
  it('registers one highlight per kind, with quotes under companies and amounts', () => {
    const t = page('<p>ACME paid $5</p>').querySelector('p')!.firstChild as Text;
    const host = fakeHighlights();
    const h = new Highlighter(host);
    h.add('company', rangeOver(t, 0, 4));
    h.add('money', rangeOver(t, 10, 12));
    h.add('allegation', rangeOver(t, 0, 12));
    expect(painted(host, 'claimlens-company')).toEqual(['ACME']);
    expect(host.registry.get('claimlens-money')!.priority).toBeGreaterThan(host.registry.get('claimlens-allegation')!.priority);
    expect(h.size('company')).toBe(1);
  });

  it('moves to the underline names and back, and clears everything', () => {
    const t = page('<p>ACME</p>').querySelector('p')!.firstChild as Text;
    const host = fakeHighlights();
    const h = new Highlighter(host);
    const r = rangeOver(t, 0, 4);
    h.add('company', r);
    h.setStyle('underline');
    expect([...host.registry.keys()]).toEqual(['claimlens-company-u']);
    h.remove('company', r);
    expect(h.size('company')).toBe(0);
    h.clear();
    expect(host.registry.size).toBe(0);
  });

  it('flashes a range for a moment, then removes the flash', () => {
    vi.useFakeTimers();
    try {
      const t = page('<p>ACME</p>').querySelector('p')!.firstChild as Text;
      const host = fakeHighlights();
      const h = new Highlighter(host);
      h.flashRange(rangeOver(t, 0, 4), 1000);
      expect(painted(host, 'claimlens-flash')).toEqual(['ACME']);
      vi.advanceTimersByTime(1100);
      expect(host.registry.has('claimlens-flash')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('extractInChunks', () => {
  it('gives the offsets and ids a single pass would, across chunk cuts at paragraph breaks', () => {
    const para = 'Word ACME word. '.repeat(200).trim();
    const text = Array.from({ length: Math.ceil((CHUNK_CHARS * 2.5) / para.length) }, () => para).join('\n\n');
    const engine = (t: string): Finding[] =>
      [...t.matchAll(/ACME/g)].map((m) => ({ id: `company:${m.index}`, kind: 'company', text: 'ACME', start: m.index!, end: m.index! + 4, name: 'ACME' }));
    const chunked = runSync((b) => extractInChunks(text, { lang: 'en' }, b, engine));
    const whole = engine(text);
    expect(chunked.length).toBe(whole.length);
    expect(chunked.map((f) => f.id)).toEqual(whole.map((f) => f.id));
    for (const f of chunked) expect(text.slice(f.start, f.end)).toBe('ACME');
    expect(runSync((b) => extractInChunks('short ACME', { lang: 'en' }, b, engine))).toEqual(engine('short ACME'));
    expect(UNLIMITED.spent()).toBe(false);
  });
});
