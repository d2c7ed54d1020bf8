/**
 * The shared forward index of a string's occurrences answers what repeated lastIndexOf calls
 * would (role words), and the line starts built on it what reading back to "\n" would.
 */
import { describe, expect, it } from 'vitest';
import { Occurrences } from '../../../src/core/occurrences';
import { LineStarts } from '../../../src/core/companies/lines';

const TEXT = 'Acme said.\nThe chancellor spoke.\n\nchancellorchancellor, said the chancellor\nend';

describe('Occurrences', () => {
  it('lists the occurrences at or before a limit, asked in any order', () => {
    const occ = new Occurrences(TEXT, 'chancellor');
    for (const limit of [0, 20, TEXT.length, 15, 45, -1]) {
      const expected: number[] = [];
      for (let p = TEXT.lastIndexOf('chancellor', limit); p >= 0; p = p > 0 ? TEXT.lastIndexOf('chancellor', p - 1) : -1) expected.unshift(p);
      const k = occ.upTo(limit);
      expect(Array.from({ length: k }, (_, i) => occ.at(i))).toEqual(expected);
    }
  });
});

describe('LineStarts', () => {
  it('gives the start of the line holding each position', () => {
    const lines = new LineStarts(TEXT);
    for (const pos of [0, 5, 10, 11, 30, 33, 34, TEXT.length - 1, 2]) {
      expect(lines.of(pos)).toBe(TEXT.lastIndexOf('\n', pos - 1) + 1);
    }
  });
});
