/** Amounts whose currency the sentence wrote once, on an earlier amount. */
import { describe, expect, it } from 'vitest';
import { amounts } from './helpers';

describe('a currency written once, earlier in the sentence', () => {
  it.each([
    ['fr', 'Le groupe a réalisé 5 milliards d’euros de ventes et un bénéfice de 300 millions.', ['300 millions', 300e6, 'EUR']],
    ['es', 'Ingresó 10.400 millones de euros y cerró con una deuda de 27.000 millones.', ['27.000 millones', 27e9, 'EUR']],
    ['en', 'Revenue reached $4.1 billion, up from 3.8 billion, the company said.', ['3.8 billion', 3.8e9, 'USD']],
    ['de', 'Der Umsatz lag bei 19,4 Milliarden Euro, der Gewinn bei 1,1 Milliarden.', ['1,1 Milliarden', 1.1e9, 'EUR']],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(amounts(text, lang)).toContainEqual(want);
  });

  it('does not lend it to a count of something else', () => {
    expect(amounts('Le marché pèse 5 milliards d’euros pour 300 millions d’habitants.', 'fr')).toEqual([['5 milliards d’euros', 5e9, 'EUR']]);
  });

  it('does not lend it across a sentence or a paragraph', () => {
    expect(amounts('Le projet coûte 5 milliards d’euros. La ville compte 2 millions.', 'fr')).toEqual([['5 milliards d’euros', 5e9, 'EUR']]);
    expect(amounts('Il a payé 5 millions de dollars\n\nIl reste 2 millions.', 'fr')).toEqual([['5 millions de dollars', 5e6, 'USD']]);
  });

  it('needs a magnitude on both: a plain number is not an amount', () => {
    expect(amounts('Il a payé 5 millions de dollars pour 300 actions, et 12.', 'fr')).toEqual([['5 millions de dollars', 5e6, 'USD']]);
  });
});
