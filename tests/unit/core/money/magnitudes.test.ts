import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/findings';
import { amounts, one } from './helpers';

const cases: [Lang, string, string, number, string, string?][] = [
  ['en', 'Revenue reached $4.8 billion last year.', '$4.8 billion', 4.8e9, 'USD'],
  ['en', 'The deficit hit $1.2 trillion.', '$1.2 trillion', 1.2e12, 'USD'],
  ['en', 'A £3.5bn deal was signed.', '£3.5bn', 3.5e9, 'GBP'],
  ['en', 'Startup raised $16M in seed money.', '$16M', 16e6, 'USD'],
  ['en', 'They paid €3m for the site.', '€3m', 3e6, 'EUR'],
  ['en', 'The fine was $250k.', '$250k', 250000, 'USD'],
  ['en', 'A $2tn stimulus.', '$2tn', 2e12, 'USD'],
  ['en', 'The loan was £40mn.', '£40mn', 40e6, 'GBP'],
  ['en', 'It bid $5b for the firm.', '$5b', 5e9, 'USD'],
  ['en', 'The charity got two million dollars.', 'two million dollars', 2e6, 'USD'],
  ['fr', 'La société pèse 2,15 billions de dollars.', '2,15 billions de dollars', 2.15e12, 'USD'],
  ['fr', 'Un plan de 3,2 milliards d’euros.', '3,2 milliards d’euros', 3.2e9, 'EUR'],
  ['fr', 'Une aide de 448 millions d\'euros.', "448 millions d'euros", 448e6, 'EUR'],
  ['fr', 'Un budget de 150 M€ est prévu.', '150 M€', 150e6, 'EUR'],
  ['fr', 'Une dette de 1,5 Md€ pèse sur le club.', '1,5 Md€', 1.5e9, 'EUR'],
  ['fr', 'Des pertes de 2 Mds € sont attendues.', '2 Mds €', 2e9, 'EUR'],
  ['fr', 'Un don de cinq millions d’euros.', 'cinq millions d’euros', 5e6, 'EUR'],
  ['de', 'Der Umsatz lag bei 1,2 Mrd. Euro.', '1,2 Mrd. Euro', 1.2e9, 'EUR'],
  ['de', 'Ein Gewinn von 450 Mio. Euro.', '450 Mio. Euro', 450e6, 'EUR'],
  ['de', 'Die Schulden betragen 35 Billionen Dollar.', '35 Billionen Dollar', 35e12, 'USD'],
  ['de', 'Sie investieren 3,5 Milliarden Dollar.', '3,5 Milliarden Dollar', 3.5e9, 'USD'],
  ['de', 'Eine Million Euro für den Verein.', 'Eine Million Euro', 1e6, 'EUR'],
  ['es', 'Una inversión de 25 millones de euros.', '25 millones de euros', 25e6, 'EUR'],
  ['es', 'La deuda llega a 3 mil millones de dólares.', '3 mil millones de dólares', 3e9, 'USD'],
  ['es', 'Un fondo de 2 millardos de euros.', '2 millardos de euros', 2e9, 'EUR'],
  ['es', 'La deuda pública alcanza 1,5 billones de euros.', '1,5 billones de euros', 1.5e12, 'EUR'],
  ['es', 'Pagó 500 mil euros por la casa.', '500 mil euros', 500000, 'EUR'],
  ['it', 'Ricavi per 2,5 miliardi di euro.', '2,5 miliardi di euro', 2.5e9, 'EUR'],
  ['it', 'Un contratto da 300 milioni di dollari.', '300 milioni di dollari', 300e6, 'USD'],
  ['it', 'Un premio di otto milioni di dollari.', 'otto milioni di dollari', 8e6, 'USD'],
  ['it', 'Il debito vale 2,8 bilioni di euro.', '2,8 bilioni di euro', 2.8e12, 'EUR'],
  ['it', 'Un bonus da 50 mila euro.', '50 mila euro', 50000, 'EUR'],
  ['pt', 'O lucro foi de R$ 1,2 bilhão.', 'R$ 1,2 bilhão', 1.2e9, 'BRL', 'BR'],
  ['pt', 'O fundo tem 500 milhões de reais.', '500 milhões de reais', 500e6, 'BRL', 'BR'],
  ['pt', 'O Estado gastou 3 mil milhões de euros.', '3 mil milhões de euros', 3e9, 'EUR', 'PT'],
  ['pt', 'A dívida chega a 2 biliões de euros.', '2 biliões de euros', 2e12, 'EUR', 'PT'],
  ['pt', 'O PIB passou de R$ 10 trilhões.', 'R$ 10 trilhões', 10e12, 'BRL', 'BR'],
  // "mil millones" / "mil milhões" with no digit: 10^9, times a number word before it
  ['es', 'El plan costará mil millones de euros.', 'mil millones de euros', 1e9, 'EUR'],
  ['es', 'Recaudó dos mil millones de dólares.', 'dos mil millones de dólares', 2e9, 'USD'],
  ['pt', 'O banco perdeu mil milhões de euros.', 'mil milhões de euros', 1e9, 'EUR', 'PT'],
  ['pt', 'A fusão vale três mil milhões de euros.', 'três mil milhões de euros', 3e9, 'EUR', 'PT'],
];

describe('magnitudes, with the long and short scales', () => {
  it.each(cases)('%s: %s', (lang, text, span, value, currency, region) => {
    expect(amounts(text, lang, region)).toEqual([[span, value, currency]]);
  });

  it('explains long-scale billions in a note', () => {
    expect(one('Un trou de 2 billions d’euros.', 'fr').note).toBe("French 'billion' is 10^12 (long scale)");
    expect(one('Schulden von 2 Billionen Euro.', 'de').note).toContain('10^12');
    expect(one('Una deuda de 2 billones de euros.', 'es').note).toContain('10^12');
  });

  it('reads Portuguese "bilhão" by variety: 10^9 in Brazil, 10^12 in Portugal', () => {
    expect(one('Um contrato de 2 bilhões de dólares.', 'pt', 'BR').value).toBe(2e9);
    expect(one('Um contrato de 2 bilhões de dólares.', 'pt', 'PT').value).toBe(2e12);
  });

  it('takes a spaced one-letter abbreviation only next to a currency', () => {
    expect(amounts('Un stade de 5 M de places et 5 M€ de budget.', 'fr')).toEqual([['5 M€', 5e6, 'EUR']]);
  });
});

describe('magnitude joined by a hyphen', () => {
  it('reads "$1.5-billion" as one amount', () => {
    expect(amounts('Ottawa announced a $1.5-billion fund.', 'en')).toEqual([['$1.5-billion', 1.5e9, 'USD']]);
  });
  it('reads Indian "crore" with the rupee', () => {
    expect(amounts('A Rs 500 crore plan.', 'en')).toEqual([['Rs 500 crore', 5e9, 'INR']]);
  });
});

describe('a compound magnitude with no number', () => {
  it('is one amount, not two, when a digit comes before it', () => {
    expect(amounts('Invertirá 2 mil millones de euros.', 'es')).toEqual([['2 mil millones de euros', 2e9, 'EUR']]);
  });
  it('is not money without a currency', () => {
    expect(amounts('Unos mil millones de personas viven allí.', 'es')).toEqual([]);
  });
});

describe('Japanese amounts written in numeral characters', () => {
  const kanji: [string, string, number, string][] = [
    ['同社は三億円の赤字を出した。', '三億円', 3e8, 'JPY'],
    ['企業価値は二千五百億ドルに達した。', '二千五百億ドル', 2.5e11, 'USD'],
    ['罰金は十五万円だった。', '十五万円', 1.5e5, 'JPY'],
    ['基金に百二十万ユーロを拠出した。', '百二十万ユーロ', 1.2e6, 'EUR'],
    ['赤字は3千億円に膨らんだ。', '3千億円', 3e11, 'JPY'],
    ['予算は一兆五百億円。', '一兆五百億円', 1.05e12, 'JPY'],
  ];
  it.each(kanji)('%s', (text, span, value, currency) => {
    expect(amounts(text, 'ja')).toEqual([[span, value, currency]]);
  });

  it('leaves numerals without a currency alone (一時, 十分, 二〇二四年)', () => {
    expect(amounts('一時は十分な時間があった。二〇二四年の話だ。', 'ja')).toEqual([]);
  });

  it('reads them only in a language that writes them', () => {
    expect(amounts('三億円', 'en')).toEqual([]);
  });
});
