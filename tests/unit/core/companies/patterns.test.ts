import { describe, expect, it } from 'vitest';
import { names } from './helpers';

describe('a count sums up the names just written', () => {
  it('fr: "les trois compagnies"', () => {
    expect(names('Le navire livre du gazole pour Corvanel, Petromar et un autre pour Sibelle. Les trois compagnies seront servies lundi.', 'fr')).toEqual([
      'Corvanel',
      'Petromar',
      'Sibelle',
    ]);
  });
  it('en: "the two companies"', () => {
    expect(names('Last week, Brackwater bought a stake in Dunmore. The two companies will share a plant.', 'en')).toEqual([
      'Brackwater',
      'Dunmore',
    ]);
  });
  it('es: "las dos empresas", it: "le due aziende", pt: "as duas empresas"', () => {
    expect(names('El acuerdo une a Tornasol y Galvera. Las dos empresas cotizan en Madrid.', 'es')).toEqual(['Tornasol', 'Galvera']);
    expect(names('Il contratto lega Brunetti a Valmora. Le due aziende hanno sede a Torino.', 'it')).toEqual(['Brunetti', 'Valmora']);
    expect(names('O acordo une a Cimentar e a Lusaço. As duas empresas vão fundir-se.', 'pt')).toEqual(['Cimentar', 'Lusaço']);
  });
  it('false friend: a count that does not match the names gives nothing', () => {
    // A person and two firms: three names, but "two companies".
    expect(names('Yesterday Ana Ruiz said Brackwater would buy Dunmore. The two companies declined to comment.', 'en')).toEqual([]);
  });
  it('false friend: German capitalises nouns, so counts are not read there', () => {
    expect(names('Das Projekt gelingt, weil Zorvex zwei Firmen übernehmen will.', 'de')).toEqual([]);
  });
});

describe('head words make a capitalised name a firm', () => {
  it('en: "X Company", "X Pharmaceuticals", "X Airways"', () => {
    const text =
      'A merger between the timber dealer Harlow Company and the drug maker Vesta Pharmaceuticals was blocked by the regulator on Monday, and the carrier Kestrel Airways said it would appeal.';
    expect(names(text, 'en')).toEqual([
      'Harlow Company',
      'Vesta Pharmaceuticals',
      'Kestrel Airways',
    ]);
  });
  it('de: "Union Investment" (an investment firm, though "Union" alone is a body)', () => {
    expect(names('Investoren wie Union Investment und die Fondsgesellschaft Deka fordern mehr.', 'de')).toContain('Union Investment');
    expect(names('Die Europäische Union will mehr Geld.', 'de')).toEqual([]);
  });
  it('es, pt, fr, it: "Grupo X", "Banco X", "Banque X", "Gruppo X"', () => {
    expect(names('Según fuentes del sector, ayer el Grupo Ferrandiz compró una parte del Banco Tolosa por poco dinero.', 'es')).toEqual([
      'Grupo Ferrandiz',
      'Banco Tolosa',
    ]);
    expect(names('Na manhã de hoje, depois de meses de conversas, o Grupo Amarante fechou o acordo com os credores.', 'pt')).toEqual([
      'Grupo Amarante',
    ]);
    expect(names('Selon nos informations, la Banque Palmier a prêté une somme importante à cette entreprise.', 'fr')).toEqual([
      'Banque Palmier',
    ]);
    expect(names('Secondo i sindacati, il Gruppo Verdelli ha chiuso il bilancio con una perdita pesante.', 'it')).toEqual([
      'Gruppo Verdelli',
    ]);
  });
  it('false friends: working groups, world and central banks, title-case headlines', () => {
    expect(names('The Contact Group met in Paris, as did the Working Group.', 'en')).toEqual([]);
    expect(names('Según el Banco Mundial y el Banco Central, la inflación baja.', 'es')).toEqual([]);
    expect(names('Why Every Tech Company Wants Your Data\n\nThe story.', 'en')).toEqual([]);
  });
});

describe('titles in quotation marks', () => {
  it('en: a word-like brand inside a title-case quotation needs other evidence', () => {
    expect(names('In her book “A Paradise Built in Shell Country: The Quiet Years”, she writes.', 'en')).toEqual([]);
  });
  it('en: the same brand in a plain quotation still counts by its capital', () => {
    expect(names('“We sold our stake to Shell last year,” she said.', 'en')).toEqual(['Shell']);
  });
});

describe('media names and national arms', () => {
  it('it, en: "Times of X" is a newspaper, and "Times" alone is no parking brand', () => {
    expect(names('Secondo il Times of Malta, il porto resterà chiuso per una settimana.', 'it')).toEqual(['Times of Malta']);
    expect(names('She told the Times that the deal was off.', 'en')).toEqual([]);
  });
  it('pt, en: a listed acronym before a capitalised word is the firm (or its arm)', () => {
    expect(names('Segundo a CNN Brasil, o presidente do Senado pediu uma análise.', 'pt')).toEqual(['CNN']);
    expect(names('Scientists at IBM Research built the new chip.', 'en')).toEqual(['IBM']);
  });
  it('false friend: a title-case first name before a surname-like firm is still a person', () => {
    expect(names('The actor Harrison Ford said he was tired.', 'en')).toEqual([]);
  });
});

describe('outlets named as a source', () => {
  it('en: "As X reports" names a news outlet', () => {
    expect(names('As Quillfeed reports, the ride firm will raise its prices.', 'en')).toEqual(['Quillfeed']);
  });
  it('false friend: "As X said" does not', () => {
    expect(names('As Ortega said, the plan will fail.', 'en')).toEqual([]);
  });
});
