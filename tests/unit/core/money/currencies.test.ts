import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/findings';
import { amounts, one } from './helpers';

const symbols: [Lang, string, string, number, string][] = [
  ['en', 'It costs US$8.9 billion.', 'US$8.9 billion', 8.9e9, 'USD'],
  ['en', 'The deal was worth C$40 million.', 'C$40 million', 40e6, 'CAD'],
  ['en', 'A CA$12 fee applies.', 'CA$12', 12, 'CAD'],
  ['en', 'The rent is A$500 a week.', 'A$500', 500, 'AUD'],
  ['en', 'Fares rose to AU$20.', 'AU$20', 20, 'AUD'],
  ['en', 'Flats cost HK$8 million.', 'HK$8 million', 8e6, 'HKD'],
  ['en', 'A NZ$30 ticket.', 'NZ$30', 30, 'NZD'],
  ['en', 'A S$15 meal.', 'S$15', 15, 'SGD'],
  ['en', 'A ₹500 meal.', '₹500', 500, 'INR'],
  ['en', 'A ₹500 crore project.', '₹500 crore', 5e9, 'INR'],
  ['en', 'A ₩50,000 ticket.', '₩50,000', 50000, 'KRW'],
  ['en', 'A ₽3,000 fine.', '₽3,000', 3000, 'RUB'],
  ['en', 'A ₺200 bill.', '₺200', 200, 'TRY'],
  ['en', 'A ₪90 fare.', '₪90', 90, 'ILS'],
  ['en', 'A ₫20,000 bowl.', '₫20,000', 20000, 'VND'],
  ['en', 'A ฿300 massage.', '฿300', 300, 'THB'],
  ['en', 'A ¥1,000 lunch.', '¥1,000', 1000, 'JPY'],
  ['en', 'Pay USD 250 at the door.', 'USD 250', 250, 'USD'],
  ['en', 'Pay 250 EUR at the door.', '250 EUR', 250, 'EUR'],
  ['en', 'The bank charged CHF 40.', 'CHF 40', 40, 'CHF'],
  ['en', 'The ferry costs 300 kr.', '300 kr', 300, 'SEK'],
  ['en', 'A 50 zł ticket.', '50 zł', 50, 'PLN'],
  ['de', 'Der Kaffee kostet Fr. 4.50 in Zürich.', 'Fr. 4.50', 4.5, 'CHF'],
  ['es', 'La multa es de S/ 500.', 'S/ 500', 500, 'PEN'],
  ['pt', 'O almoço custa R$ 35.', 'R$ 35', 35, 'BRL'],
];

const names: [Lang, string, string, number, string][] = [
  ['en', 'He owes 500 dollars.', '500 dollars', 500, 'USD'],
  ['en', 'They paid 300 Canadian dollars.', '300 Canadian dollars', 300, 'CAD'],
  ['en', 'A minimum of $100 Australian per seat.', '$100 Australian', 100, 'AUD'],
  ['en', 'It was 15 million euros.', '15 million euros', 15e6, 'EUR'],
  ['en', 'She earned 40 pounds.', '40 pounds', 40, 'GBP'],
  ['fr', 'Il touche 42 000 dollars US par an.', '42 000 dollars US', 42000, 'USD'],
  ['fr', 'Un prêt de 20 000 dollars américains.', '20 000 dollars américains', 20000, 'USD'],
  ['fr', 'Un contrat de 6 millions de dollars canadiens.', '6 millions de dollars canadiens', 6e6, 'CAD'],
  ['fr', 'Une vente de 300 livres sterling.', '300 livres sterling', 300, 'GBP'],
  ['fr', 'Un salaire de 9 000 francs suisses.', '9 000 francs suisses', 9000, 'CHF'],
  ['fr', 'Une dette de 1,3 milliard de gourdes.', '1,3 milliard de gourdes', 1.3e9, 'HTG'],
  ['de', 'Er zahlte 500 Dollar.', '500 Dollar', 500, 'USD'],
  ['de', 'Sie kassierte 200 Pfund.', '200 Pfund', 200, 'GBP'],
  ['de', 'Das kostet 90 Franken.', '90 Franken', 90, 'CHF'],
  ['de', 'Ein Kredit über 5 Mio. US-Dollar.', '5 Mio. US-Dollar', 5e6, 'USD'],
  ['es', 'Cuesta 200 dólares.', '200 dólares', 200, 'USD'],
  ['es', 'Vendió 300 libras esterlinas.', '300 libras esterlinas', 300, 'GBP'],
  ['es', 'Son 440 millones de soles.', '440 millones de soles', 440e6, 'PEN'],
  ['it', 'Ha pagato 30 sterline.', '30 sterline', 30, 'GBP'],
  ['it', 'Un debito di 500 dollari.', '500 dollari', 500, 'USD'],
  ['pt', 'Ele recebeu 200 reais.', '200 reais', 200, 'BRL'],
  ['pt', 'Comprou 100 libras esterlinas.', '100 libras esterlinas', 100, 'GBP'],
  ['ja', '価格は500ドルだ。', '500ドル', 500, 'USD'],
  ['ja', '売上は30億ユーロに達した。', '30億ユーロ', 3e9, 'EUR'],
  ['ja', '5億米ドルの契約。', '5億米ドル', 5e8, 'USD'],
];

const minor: [Lang, string, string, number, string][] = [
  ['en', 'A stamp costs 35 cents.', '35 cents', 0.35, 'USD'],
  ['en', 'The coin is worth 20 pence.', '20 pence', 0.2, 'GBP'],
  ['fr', 'La baguette a pris 50 centimes.', '50 centimes', 0.5, 'EUR'],
  ['de', 'Der Preis stieg um 30 Cent.', '30 Cent', 0.3, 'EUR'],
  ['es', 'Sube 5 céntimos el litro.', '5 céntimos', 0.05, 'EUR'],
  ['it', 'Costa 80 centesimi.', '80 centesimi', 0.8, 'EUR'],
  ['pt', 'A passagem subiu 20 centavos.', '20 centavos', 0.2, 'BRL'],
];

describe('currencies', () => {
  it.each(symbols)('symbol or code, %s: %s', (lang, text, span, value, currency) => {
    expect(amounts(text, lang)).toEqual([[span, value, currency]]);
  });
  it.each(names)('name, %s: %s', (lang, text, span, value, currency) => {
    expect(amounts(text, lang)).toEqual([[span, value, currency]]);
  });
  it.each(minor)('hundredths, %s: %s', (lang, text, span, value, currency) => {
    expect(amounts(text, lang)).toEqual([[span, value, currency]]);
  });

  it('reads a bare "$" or "dollars" by the page region', () => {
    expect(one('Le forfait coûte 50 $.', 'fr', 'CA').currency).toBe('CAD');
    expect(one('The fare is $50.', 'en', 'AU').currency).toBe('AUD');
    expect(one('El boleto cuesta $50.', 'es', 'MX').currency).toBe('MXN');
    expect(one('Le forfait coûte 50 $.', 'fr', 'FR').currency).toBe('USD');
    expect(one('The fare is $50.', 'en').currency).toBe('USD');
  });

  it('finds a Canadian page from its words when it has no region', () => {
    const text = 'À Ottawa, le gouvernement du Canada a annoncé une aide. Les Canadiens attendent. Le programme coûte 6 millions de dollars.';
    expect(one(text, 'fr').currency).toBe('CAD');
  });

  it('lets an explicit currency win over the region', () => {
    expect(one('Le forfait coûte 50 $ US.', 'fr', 'CA').currency).toBe('USD');
    expect(one('Il a payé 50 dollars américains.', 'fr', 'CA').currency).toBe('USD');
  });

  it('does not read a word as a currency sign inside another word', () => {
    expect(amounts('Członkowie 5 grup.', 'en')).toEqual([]);
    expect(amounts('Ils ont vendu 500 livres au salon.', 'fr')).toEqual([]);
  });
});
