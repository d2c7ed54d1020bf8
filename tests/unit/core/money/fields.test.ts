import { describe, expect, it } from 'vitest';
import type { Lang, Period } from '../../../../src/core/findings';
import { findMoney } from '../../../../src/core/money';
import { one } from './helpers';

const periods: [Lang, string, Period][] = [
  ['en', 'It costs $10 a month.', 'month'],
  ['en', 'Plans start at $29/mo.', 'month'],
  ['en', 'He earns $100,000 per year.', 'year'],
  ['en', 'Fees of £5 annually.', 'year'],
  ['en', 'Workers get $15 an hour.', 'hour'],
  ['fr', 'Un abonnement à 9,99 € par mois.', 'month'],
  ['fr', 'Un salaire de 40 000 € par an.', 'year'],
  ['de', 'Die Miete beträgt 900 Euro pro Monat.', 'month'],
  ['de', 'Er verdient 60.000 Euro im Jahr.', 'year'],
  ['es', 'Cobra 1.200 euros al mes.', 'month'],
  ['es', 'Gana 30.000 euros al año.', 'year'],
  ['it', 'Paga 700 euro al mese.', 'month'],
  ['it', 'Guadagna 40.000 euro all’anno.', 'year'],
  ['pt', 'Recebe R$ 3.000 por mês.', 'month'],
  ['pt', 'Custa 500 euros ao ano.', 'year'],
  ['ja', '月額1000円のプラン。', 'month'],
];

const hedges: [Lang, string, string][] = [
  ['en', 'They raised more than $5 million.', 'more than'],
  ['en', 'It cost about $300.', 'about'],
  ['fr', 'Une perte de plus de 3 millions d’euros.', 'plus de'],
  ['fr', 'Une hausse jusqu’à 200 €.', 'jusqu’à'],
  ['de', 'Die Firma zahlte rund 2 Mio. Euro.', 'rund'],
  ['es', 'Costó unos 500 euros.', 'unos'],
  ['it', 'Vale oltre 3 miliardi di euro.', 'oltre'],
  ['pt', 'Custou cerca de R$ 2 milhões.', 'cerca de'],
  ['ja', '約2000万円の損失。', '約'],
];

describe('period and approx fields', () => {
  it.each(periods)('period, %s: %s', (lang, text, period) => {
    expect(one(text, lang).period).toBe(period);
  });
  it.each(hedges)('approx, %s: %s', (lang, text, approx) => {
    expect(one(text, lang).approx).toBe(approx);
  });

  it('gives a range the rate written after it', () => {
    expect(findMoney('De 0 $ à 42 000 $ par mois.', { lang: 'fr' }).map((f) => f.period)).toEqual(['month', 'month']);
  });

  it('sets neither when the words are not there', () => {
    const f = one('Le contrat vaut 300 €.', 'fr');
    expect(f.period).toBeUndefined();
    expect(f.approx).toBeUndefined();
  });

  it('keeps offsets and text in step', () => {
    const text = '« Il a payé 2,15 billions de dollars », dit-elle.';
    for (const f of findMoney(text, { lang: 'fr' })) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('a rate word that dates the amount is no rate', () => {
  const dated: [Lang, string][] = [
    ['fr', 'La société a levé 350 millions d’euros l’an dernier.'],
    ['it', 'Il gruppo ha incassato 40 milioni di euro l’anno scorso.'],
    ['es', 'La firma pagó 3 millones de euros el año pasado.'],
  ];
  for (const [lang, text] of dated) {
    it(`${lang}: ${text}`, () => {
      expect(one(text, lang).period).toBeUndefined();
    });
  }

  it('keeps the rate when nothing dates it', () => {
    expect(one('Le service coûte 120 € l’an pour un particulier.', 'fr').period).toBe('year');
  });
});
