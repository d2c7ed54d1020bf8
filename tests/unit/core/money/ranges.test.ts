import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/findings';
import { findMoney } from '../../../../src/core/money';

function ranged(text: string, lang: Lang) {
  const found = findMoney(text, { lang });
  return { pairs: found.map((f) => [f.text, f.value, f.currency]), ranges: found.map((f) => f.range) };
}

const cases: [Lang, string, [string, number, string][]][] = [
  ['en', 'Analysts expect between $5 and $6 billion in sales.', [['$5', 5e9, 'USD'], ['$6 billion', 6e9, 'USD']]],
  ['en', 'A $5-6 billion hole.', [['$5', 5e9, 'USD'], ['6 billion', 6e9, 'USD']]],
  ['en', 'Estimates run €3m–€4m.', [['€3m', 3e6, 'EUR'], ['€4m', 4e6, 'EUR']]],
  ['en', 'Prices go from $10 to $20.', [['$10', 10, 'USD'], ['$20', 20, 'USD']]],
  ['fr', 'Les frais passent de 0 $ à 42 000 $ par mois.', [['0 $', 0, 'USD'], ['42 000 $', 42000, 'USD']]],
  ['fr', 'Un coût de 5 à 6 milliards d’euros.', [['5', 5e9, 'EUR'], ['6 milliards d’euros', 6e9, 'EUR']]],
  ['fr', 'Entre 2 et 3 millions d’euros.', [['2', 2e6, 'EUR'], ['3 millions d’euros', 3e6, 'EUR']]],
  ['de', 'Zwischen 2 und 3 Milliarden Euro.', [['2', 2e9, 'EUR'], ['3 Milliarden Euro', 3e9, 'EUR']]],
  ['de', 'Es kostet 10 bis 12 Mio. Euro.', [['10', 10e6, 'EUR'], ['12 Mio. Euro', 12e6, 'EUR']]],
  ['es', 'Costará de 3 a 4 millones de euros.', [['3', 3e6, 'EUR'], ['4 millones de euros', 4e6, 'EUR']]],
  ['es', 'Entre 100 y 200 dólares.', [['100', 100, 'USD'], ['200 dólares', 200, 'USD']]],
  ['it', 'Tra 5 e 7 miliardi di euro.', [['5', 5e9, 'EUR'], ['7 miliardi di euro', 7e9, 'EUR']]],
  ['pt', 'De 2 a 3 bilhões de reais.', [['2', 2e9, 'BRL'], ['3 bilhões de reais', 3e9, 'BRL']]],
  ['ja', '費用は1億〜2億円と見られる。', [['1億', 1e8, 'JPY'], ['2億円', 2e8, 'JPY']]],
];

describe('ranges sharing a currency or magnitude', () => {
  it.each(cases)('%s: %s', (lang, text, expected) => {
    const { pairs, ranges } = ranged(text, lang);
    expect(pairs).toEqual(expected);
    expect(ranges[0]).toBeDefined();
    expect(ranges[0]).toBe(ranges[1]);
  });

  it('does not lend a magnitude to a larger first number', () => {
    expect(ranged('From $500,000 to $2 million.', 'en').pairs).toEqual([['$500,000', 500000, 'USD'], ['$2 million', 2e6, 'USD']]);
  });

  it('does not join two amounts with "and" without "between"', () => {
    const { pairs, ranges } = ranged('It paid $5 and then $6 billion.', 'en');
    expect(pairs).toEqual([['$5', 5, 'USD'], ['$6 billion', 6e9, 'USD']]);
    expect(ranges).toEqual([undefined, undefined]);
  });

  it('leaves a bare number alone when nothing ties it to an amount', () => {
    expect(ranged('Il y a 5 ans, 6 milliards d’euros.', 'fr').pairs).toEqual([['6 milliards d’euros', 6e9, 'EUR']]);
  });
});

describe('amounts side by side that are not a range', () => {
  it('keeps two currencies apart', () => {
    const { pairs, ranges } = ranged('Un prêt de 1,5 milliard de francs CFA et 5 000 $ CA.', 'fr');
    expect(pairs).toEqual([['1,5 milliard de francs CFA', 1.5e9, 'XOF'], ['5 000 $ CA', 5000, 'CAD']]);
    expect(ranges).toEqual([undefined, undefined]);
  });
  it('needs "entre" before "et", not "de"', () => {
    expect(ranged('Une hausse de 5 € et une baisse.', 'fr').ranges).toEqual([undefined]);
    expect(ranged('Il a payé de 5 et 6 millions d’euros.', 'fr').pairs).toEqual([['6 millions d’euros', 6e6, 'EUR']]);
  });
});

describe('lists that write the magnitude once, on the last amount', () => {
  const lists: [Lang, string, [string, number, string][]][] = [
    ['en', 'The three rounds raised $1, $2 and $3 billion.', [['$1', 1e9, 'USD'], ['$2', 2e9, 'USD'], ['$3 billion', 3e9, 'USD']]],
    ['en', 'Bids of $4, $5, or $6 million were turned down.', [['$4', 4e6, 'USD'], ['$5', 5e6, 'USD'], ['$6 million', 6e6, 'USD']]],
    ['en', 'Sales were $5 and $6 billion in the two years.', [['$5', 5e9, 'USD'], ['$6 billion', 6e9, 'USD']]],
    ['fr', 'Les offres de 5 €, 6 € ou 7 milliards d’euros ont été rejetées.', [['5 €', 5e9, 'EUR'], ['6 €', 6e9, 'EUR'], ['7 milliards d’euros', 7e9, 'EUR']]],
    ['de', 'Im Gespräch sind 2 €, 3 € und 4 Mrd. €.', [['2 €', 2e9, 'EUR'], ['3 €', 3e9, 'EUR'], ['4 Mrd. €', 4e9, 'EUR']]],
  ];
  it.each(lists)('%s: %s', (lang, text, want) => {
    const { pairs, ranges } = ranged(text, lang);
    expect(pairs).toEqual(want);
    expect(ranges.every((r) => r === undefined)).toBe(true); // a list, not a range
  });

  it('leaves lists alone whose amounts are in different currencies or already have magnitudes', () => {
    expect(ranged('It owes $2, €3 and $4 billion.', 'en').pairs).toEqual([['$2', 2, 'USD'], ['€3', 3, 'EUR'], ['$4 billion', 4e9, 'USD']]);
    expect(ranged('Deals of $2 million, $3 million and $4 billion.', 'en').pairs).toEqual([
      ['$2 million', 2e6, 'USD'],
      ['$3 million', 3e6, 'USD'],
      ['$4 billion', 4e9, 'USD'],
    ]);
  });

  it('keeps amounts with their own thousands groups as they are', () => {
    expect(ranged('Fees of $1,500 and $2 million.', 'en').pairs).toEqual([['$1,500', 1500, 'USD'], ['$2 million', 2e6, 'USD']]);
  });
});
