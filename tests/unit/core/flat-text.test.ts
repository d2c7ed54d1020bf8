/**
 * The engine reads a flat copy of a long text; its findings must come back as if it had read the
 * caller's string (same characters everywhere), with their strings re-homed off the copy.
 */
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../src/core/extract';
import { detached, flatText, rehome } from '../../../src/core/flat-text';

describe('flatText and rehome', () => {
  it('keeps the characters', () => {
    const short = 'Globex paid $5 million.';
    expect(flatText(short)).toBe(short);
    const long = 'Globex Corporation paid $5 million to Initech, the filing said. '.repeat(40);
    expect(flatText(long)).toBe(long);
  });

  it('re-homes a finding: text from the caller’s page by offsets, other strings equal', () => {
    const page = 'x'.repeat(600) + ' Northwind Traders said: “they took it all”';
    const copy = flatText(page);
    const start = page.indexOf('“');
    const f = { kind: 'quote', text: copy.slice(start, page.length), start, end: page.length, speaker: copy.slice(601, 618), allegation: true };
    rehome(f, page);
    expect(f).toEqual({ kind: 'quote', text: '“they took it all”', start, end: page.length, speaker: 'Northwind Traders', allegation: true });
    expect(detached('Northwind Traders')).toBe('Northwind Traders');
    expect(detached('short')).toBe('short');
  });

  it('gives the same findings for a long text as for its paragraphs read alone, offsets shifted', () => {
    const para = 'Globex Corporation agreed to pay $3.5 million to Initech, Marie Dupont said on Friday.';
    const page = Array.from({ length: 12 }, () => para).join('\n\n');
    const whole = extractFindings(page, { lang: 'en' });
    const first = extractFindings(para, { lang: 'en' });
    expect(whole.slice(0, first.length).map((f) => [f.kind, f.text])).toEqual(first.map((f) => [f.kind, f.text]));
    for (const f of whole) expect(page.slice(f.start, f.end)).toBe(f.text);
  });
});
