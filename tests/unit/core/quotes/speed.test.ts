import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../src/core/quotes';

function time(text: string): number {
  const t = performance.now();
  findQuotes(text, { lang: 'fr' }, []);
  return performance.now() - t;
}

describe('time stays linear on adversarial input (1 MB against 4 MB)', () => {
  const cases: [string, string][] = [
    ['unbalanced opening marks', '« “ „ " ‘ ‹ 「 '.repeat(150_000)],
    ['unbalanced closing marks', 'mot » ” “ " ’ › 」 '.repeat(120_000)],
    ['short quotes with speakers', '« mot », a dit Paul Morel. '.repeat(40_000)],
    ['apostrophes', "l’heure d'été qu’il don't ".repeat(40_000)],
    ['capitalised words and verbs', 'Paul Morel A Dit Selon Jean Luc '.repeat(40_000)],
    ['cue phrases', 'Musk a fait des allégations selon lesquelles '.repeat(25_000)],
  ];
  for (const [name, big] of cases) {
    it(name, () => {
      findQuotes(big.slice(0, 10_000), { lang: 'fr' }, []); // warm up
      const quarter = big.slice(0, big.length / 4);
      const small = time(quarter);
      const large = time(big);
      expect(large).toBeLessThan(10_000);
      expect(large).toBeLessThan(small * 8 + 100); // 4× the text: about 4× the time, never 16×
    });
  }
});
