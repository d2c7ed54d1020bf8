import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../../src/core/companies';
import { siteLabel } from '../../../../src/core/companies/publisher';
import { names } from './helpers';

describe('the page’s own publisher', () => {
  it('reads the label of the domain', () => {
    expect(siteLabel('www.lemonde.fr')).toBe('lemonde');
    expect(siteLabel('ici.radio-canada.ca')).toBe('radiocanada');
    expect(siteLabel('www.gazetadopovo.com.br')).toBe('gazetadopovo');
    expect(siteLabel('taz.de')).toBeUndefined(); // too short to tell
  });
  it('en: a name spelled like the domain is the publisher', () => {
    const found = findCompanies('The gallery told Brightwater that the sale was final.', { lang: 'en', host: 'brightwater.com' });
    expect(found.map((f) => f.name)).toEqual(['Brightwater']);
  });
  it('fr, pt: across spaces and hyphens', () => {
    expect(findCompanies('Selon Radio-Nordique, la grève continue.', { lang: 'fr', host: 'www.radio-nordique.ca' }).map((f) => f.name)).toEqual(['Radio-Nordique']);
    expect(findCompanies('A Folha do Cerrado apurou que o acordo caiu.', { lang: 'pt', host: 'folhadocerrado.com.br' }).map((f) => f.name)).toEqual(['Folha do Cerrado']);
  });
  it('no host, no publisher', () => {
    expect(names('The gallery told Brightwater that the sale was final.', 'en')).toEqual([]);
  });
});

describe('divisions and compounds', () => {
  it('en, es: a known firm and a division word make a firm', () => {
    expect(names('Revenue at Lufthansa Cargo fell sharply.', 'en')).toEqual(['Lufthansa Cargo']);
    expect(names('La aerolínea vendió Iberia Cargo el año pasado.', 'es')).toEqual(['Iberia Cargo']);
  });
  it('de: a compound noun naming a kind of firm is a cue', () => {
    expect(names('Der Zahlungsanbieter Velopay wurde verkauft.', 'de')).toEqual(['Velopay']);
  });
  it('false friend: a cue word written with a capital mid-sentence is part of a name', () => {
    expect(names('It falls under the Investment Company Act of 1940.', 'en')).toEqual([]);
  });
});
