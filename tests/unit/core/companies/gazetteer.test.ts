import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../../src/core/companies';
import { gazetteerStats } from '../../../../src/core/companies/stats';
import { names } from './helpers';

describe('gazetteer: listed firms in every language', () => {
  it('en', () => {
    expect(names('Shares of Siemens and Lufthansa rose after Volkswagen reported results.', 'en')).toEqual(['Siemens', 'Lufthansa', 'Volkswagen']);
  });
  it('fr', () => {
    expect(names('Selon KPMG, les comptes de LVMH et de Safran sont solides.', 'fr')).toEqual(['KPMG', 'LVMH', 'Safran']);
  });
  it('de', () => {
    expect(names('Die Deutsche Bank und BASF legten am Dienstag Zahlen vor.', 'de')).toEqual(['Deutsche Bank', 'BASF']);
  });
  it('es', () => {
    expect(names('Según la agencia EFE, Iberdrola y Telefónica subieron en bolsa.', 'es')).toEqual(['Agencia EFE', 'Iberdrola', 'Telefónica']);
  });
  it('it', () => {
    expect(names("Lo riferisce l'Ansa: Eni ed Enel hanno firmato un accordo.", 'it')).toEqual(['ANSA', 'Eni', 'Enel']);
  });
  it('pt', () => {
    expect(names('A Petrobras e a Embraer foram citadas pela Folha de S.Paulo.', 'pt')).toEqual(['Petrobras', 'Embraer', 'Folha de S.Paulo']);
  });
  it('ja', () => {
    expect(names('トヨタ自動車とソニーは新しい提携を発表した。', 'ja')).toEqual(['Toyota', 'Sony']);
  });

  it('gives the canonical name, the span as written, and the Wikidata id when the dataset has one', () => {
    const text = 'Investors sold Walmart shares.';
    const [f] = findCompanies(text, { lang: 'en' });
    expect(f).toMatchObject({ kind: 'company', text: 'Walmart', name: 'Walmart', wikidata: 'Q483551' });
    expect(text.slice(f?.start, f?.end)).toBe('Walmart');
  });

  it('maps renamed firms to their owner and keeps former names matchable', () => {
    expect(names('The regulator fined Facebook and questioned Google.', 'en')).toEqual(['Meta', 'Alphabet']);
    expect(names('Le patron de Twitter a menacé Microsoft.', 'fr')).toEqual(['Twitter', 'Microsoft']);
  });

  it('prefers the longest listed name', () => {
    expect(names('Analysts at Siemens Energy disagreed.', 'en')).toEqual(['Siemens Energy']);
  });

  it('does not match a name written in lower case', () => {
    expect(names('He ate an apple and bought a shell.', 'en')).toEqual([]);
  });

  it('does not take a product for its maker', () => {
    expect(names('She asked ChatGPT about the new iPhone.', 'en')).toEqual([]);
  });

  it('reports its size', () => {
    const s = gazetteerStats();
    expect(s.firms).toBeGreaterThan(3000);
    expect(s.names).toBeGreaterThanOrEqual(s.firms);
    expect(s.fileBytes).toBeGreaterThan(10_000);
    expect(s.fileBytes).toBeLessThan(400_000);
  });
});
