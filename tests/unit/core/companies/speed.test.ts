import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../../src/core/companies';

/** The fastest of three calls, in milliseconds: the least disturbed by other work on the machine. */
function time(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    findCompanies(text, { lang: 'en' });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('time stays linear on adversarial input', () => {
  // Up to a megabyte of each. The point is no quadratic blow-up: four times the text must take
  // about four times as long (bounded at ten, for noise), not sixteen.
  const cases: [string, string][] = [
    ['digits', '1234567890 '.repeat(100_000)],
    ['separators and quotes', '"« » “ ” ’s ,.;: '.repeat(60_000)],
    ['capitalised words and suffixes', 'Apple Inc Corp '.repeat(70_000)],
    ['one long list', 'Apple, Google, '.repeat(70_000)],
    ['cue phrases', 'the company Norvane '.repeat(50_000)],
    ['counts of firms', 'Acme, Bolt and Crane. The three companies '.repeat(25_000)],
    ['head words', 'Acme Company Group Investment '.repeat(35_000)],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      findCompanies(text.slice(0, 20_000), { lang: 'en' }); // warm up
      const small = time(text.slice(0, text.length / 4));
      const big = time(text);
      expect(big).toBeLessThan(small * 10 + 100);
    }, 60_000);
  }
});
