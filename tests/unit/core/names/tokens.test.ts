import { describe, expect, it } from 'vitest';
import { isUpperCode, isWordCode } from '../../../../src/core/names/chars';
import { nameRuns, tokenize, type Token } from '../../../../src/core/names';
import { forgetTokenIndexes } from '../../../../src/core/names/token-index';

/** The tokenizer as it was before the page index: reads only [from, to). The reference. */
function reference(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const joiner = (c: number) => c === 39 || c === 0x2019 || c === 45;
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < to && isWordCode(text.charCodeAt(i))) i++;
      if (i + 1 < to && joiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    const cap = isUpperCode(text.charCodeAt(start));
    if (i < to && text.charCodeAt(i) === 46 && cap && i - start <= 3) i++;
    const t = text.slice(start, i);
    out.push({ text: t, lower: t.toLowerCase(), start, end: i, cap });
  }
  return out;
}

const plain = (ts: readonly Token[]) => ts.map(({ text, lower, start, end, cap }) => ({ text, lower, start, end, cap }));

/** A seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Invented text made of the characters the tokenizer treats specially, in short bursts. */
const PIECES = ['a', 'b', 'é', 'Z', 'M', 'Dr', 'St', 'O', 'x', '7', '42', ' ', ' ', ' ', '\u00a0', '\u202f', "'", '’', '-', '.', ',', ':', '\n', '\n\n', '«', '»', '“', '”', '東京', 'İ', 'ß', 'Ça', 'l’', "d'", 'Jean-Paul', 'M.', '-', '--', "''", '..'];

function inventText(rnd: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += PIECES[Math.floor(rnd() * PIECES.length)]!;
  return s;
}

describe('tokenize over a page index gives the words of the range alone', () => {
  it('matches the reference on random ranges of invented texts', () => {
    const rnd = random(12345);
    for (let round = 0; round < 40; round++) {
      forgetTokenIndexes();
      const text = inventText(rnd, 200 + Math.floor(rnd() * 6000));
      for (let q = 0; q < 400; q++) {
        const from = Math.floor(rnd() * text.length);
        const to = Math.min(text.length, from + Math.floor(rnd() * (rnd() < 0.2 ? 2000 : 300)));
        expect(plain(tokenize(text, from, to)), `round ${round} [${from}, ${to})`).toEqual(plain(reference(text, from, to)));
      }
    }
  });

  it('matches at every cut through abbreviations, joiners and elisions', () => {
    const text = 'Selon M. Dupont, l’avocat de Jean-Paul O’Neill. Dr. Cross a dit: «c’est-à-dire» – St. Jean d\'Arc, 3.5 - AB.CD x-\'y ’z ';
    const long = text.repeat(30);
    forgetTokenIndexes();
    for (let rep = 0; rep < 2; rep++)
      for (let from = 0; from < 200; from++)
        for (const len of [0, 1, 5, 24, 25, 40, 97, 300, 2000]) {
          const to = Math.min(long.length, from + len);
          expect(plain(tokenize(long, from, to))).toEqual(plain(reference(long, from, to)));
        }
  });

  it('keeps several texts apart', () => {
    const a = 'Paul Morel a dit bonjour. '.repeat(200), b = 'Anna Weber sagte hallo. '.repeat(200);
    for (let k = 0; k < 50; k++) {
      expect(plain(tokenize(a, k * 7, k * 7 + 90))).toEqual(plain(reference(a, k * 7, k * 7 + 90)));
      expect(plain(tokenize(b, k * 7, k * 7 + 90))).toEqual(plain(reference(b, k * 7, k * 7 + 90)));
    }
  });

  it('gives fresh arrays that callers may change', () => {
    const text = 'Elon Musk said it was fine. '.repeat(100);
    const first = tokenize(text, 0, 500);
    first.length = 0;
    expect(tokenize(text, 0, 500).length).toBeGreaterThan(0);
  });
});

describe('name runs over shared tokens', () => {
  it('give the same runs whichever name words were asked before', () => {
    const fr = { notNames: new Set(['le']), particles: new Set(['de']), titles: new Set(['m']) };
    const en = { notNames: new Set(['the']), particles: new Set(['van']), titles: new Set(['mr']) };
    const text = 'Le patron, M. Paul de Rivière, et The Times avec Mr Tom van Dijk. '.repeat(50);
    const runsOf = (w: typeof fr) => nameRuns(text, tokenize(text, 0, 600), w).map((r) => r.text);
    const frRuns = runsOf(fr), enRuns = runsOf(en);
    expect(frRuns).toContain('Paul de Rivière');
    expect(frRuns).toContain('The Times');
    expect(enRuns).toContain('Le');
    expect(enRuns).toContain('Tom van Dijk');
    expect(runsOf(fr)).toEqual(frRuns);
  });
});
