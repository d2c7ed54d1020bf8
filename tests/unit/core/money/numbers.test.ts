import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/findings';
import { amounts } from './helpers';

// How each language groups thousands and marks decimals.
const cases: [Lang, string, string, number, string, string?][] = [
  ['en', 'The bill came to $42,000 in the end.', '$42,000', 42000, 'USD'],
  ['en', 'Tickets cost $13.99 each.', '$13.99', 13.99, 'USD'],
  ['en', 'It sold for $1,234,567.89 at auction.', '$1,234,567.89', 1234567.89, 'USD'],
  ['fr', 'Il gagne 42 000 $ par an.', '42 000 $', 42000, 'USD'],
  ['fr', 'Le loyer atteint 1\u00a0250,50 € par mois.', '1\u00a0250,50 €', 1250.5, 'EUR'],
  ['fr', 'Une amende de 2\u202f000\u202f000 € a été infligée.', '2\u202f000\u202f000 €', 2000000, 'EUR'],
  ['fr', 'Le coût\u2009: 12\u2009500 € au total.', '12\u2009500 €', 12500, 'EUR'],
  ['de', 'Die Reparatur kostete 1.234,56 Euro.', '1.234,56 Euro', 1234.56, 'EUR'],
  ['de', 'Er zahlte 12.000 Euro Miete.', '12.000 Euro', 12000, 'EUR'],
  ['de', 'Das Ticket kostet 1’250 Franken.', '1’250 Franken', 1250, 'CHF', 'CH'],
  ['de', 'Der Preis liegt bei CHF 1\'500.50 pro Stück.', "CHF 1'500.50", 1500.5, 'CHF', 'CH'],
  ['es', 'El piso cuesta 250.000 euros.', '250.000 euros', 250000, 'EUR'],
  ['es', 'La entrada vale 12,50 euros.', '12,50 euros', 12.5, 'EUR'],
  ['es', 'El contrato es por S/1,400 en Lima.', 'S/1,400', 1400, 'PEN', 'PE'],
  ['it', 'Il biglietto costa 1.500 euro.', '1.500 euro', 1500, 'EUR'],
  ['it', 'Una multa di 3,75 euro.', '3,75 euro', 3.75, 'EUR'],
  ['pt', 'O carro custa R$ 85.900,00 à vista.', 'R$ 85.900,00', 85900, 'BRL', 'BR'],
  ['pt', 'A renda é de 1 200 euros.', '1 200 euros', 1200, 'EUR', 'PT'],
  ['ja', '価格は１５００円です。', '１５００円', 1500, 'JPY'],
  ['ja', '手数料は1,500円だった。', '1,500円', 1500, 'JPY'],
];

describe('numbers as each language writes them', () => {
  it.each(cases)('%s: %s', (lang, text, span, value, currency, region) => {
    expect(amounts(text, lang, region)).toEqual([[span, value, currency]]);
  });

  it('reads "1,4 million" style decimals before a magnitude, and 1,400 as thousands where the region groups with commas', () => {
    expect(amounts('Un prêt de 1,400 milliard d’euros.', 'fr')).toEqual([['1,400 milliard d’euros', 1.4e9, 'EUR']]);
    expect(amounts('Una deuda de 1,400 millones de soles.', 'es', 'PE')).toEqual([['1,400 millones de soles', 1.4e9, 'PEN']]);
  });

  it('reads "1,400 millones" by the region the text points to when the page declares none', () => {
    // A Mexican story (three mentions of the country): Mexico writes 1,400 for one thousand four hundred.
    const mx = 'El gobierno de México anunció un plan. Los bancos mexicanos lo apoyan y la economía mexicana crece. Pemex recibirá 1,400 millones de pesos.';
    expect(amounts(mx, 'es')).toEqual([['1,400 millones de pesos', 1.4e9, 'MXN']]);
    // In Spain the comma is the decimal mark: 1,4 millones.
    expect(amounts('El Ayuntamiento de Madrid destinará 1,400 millones de euros al plan.', 'es')).toEqual([['1,400 millones de euros', 1.4e6, 'EUR']]);
  });

  it('does not glue a year to the amount after it', () => {
    expect(amounts('En 2023 500 € ont suffi.', 'fr')).toEqual([['500 €', 500, 'EUR']]);
  });

  it('reads negative amounts', () => {
    expect(amounts('The fund lost -$5 million, a swing of −€3m.', 'en')).toEqual([
      ['-$5 million', -5e6, 'USD'],
      ['−€3m', -3e6, 'EUR'],
    ]);
  });
});
