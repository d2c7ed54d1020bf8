import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../../src/core/companies';
import { names, texts } from './helpers';

describe('legal suffixes name firms no list knows', () => {
  it('en: Inc., Corp., plc, LLC', () => {
    expect(names('Brindlewood Inc. sued Calderon Mills Corp. and Ashgrove plc.', 'en')).toEqual([
      'Brindlewood',
      'Calderon Mills',
      'Ashgrove',
    ]);
    expect(texts('A deal with Quarry Stone LLC was signed.', 'en')).toEqual(['Quarry Stone LLC']);
  });
  it('fr: SA, SAS', () => {
    expect(names('La société a racheté Vernelle SA puis Boisjoli SAS en 2021.', 'fr')).toEqual(['Vernelle', 'Boisjoli']);
  });
  it('de: GmbH, AG, SE', () => {
    expect(names('Die Krautwerk GmbH liefert an die Feldmann AG.', 'de')).toEqual(['Krautwerk', 'Feldmann']);
  });
  it('es: S.L., SA', () => {
    expect(names('Textiles Norteños S.L. firmó con Aceros del Sur SA un contrato.', 'es')).toEqual([
      'Textiles Norteños',
      'Aceros del Sur',
    ]);
  });
  it('it: S.p.A., Srl', () => {
    expect(names('La Ferrovalle S.p.A. ha ceduto il ramo a Lattemonte Srl.', 'it')).toEqual(['Ferrovalle', 'Lattemonte']);
  });
  it('pt: Ltda, S.A.', () => {
    expect(names('A Madeireira Sulista Ltda vendeu terras para a Granja Azul S.A.', 'pt')).toEqual([
      'Madeireira Sulista',
      'Granja Azul',
    ]);
  });
  it('ja: 株式会社 before or after the name', () => {
    expect(names('株式会社ミドリ化学は、アオバ精機株式会社と提携した。', 'ja')).toEqual(['ミドリ化学', 'アオバ精機']);
  });
  it('later short mentions of a firm found by its suffix count too', () => {
    const found = findCompanies('Brindlewood Inc. cut jobs. Later, Brindlewood said sales fell.', { lang: 'en' });
    expect(found.map((f) => f.text)).toEqual(['Brindlewood Inc.', 'Brindlewood']);
    expect(new Set(found.map((f) => f.name))).toEqual(new Set(['Brindlewood']));
  });
  it('false friend: "AG" for an attorney general is no suffix', () => {
    expect(names('Texas AG Ken Paxton opened an inquiry.', 'en')).toEqual([]);
  });
  it('false friend: "& Co." after a name means "and the like"', () => {
    expect(names('Europas Antwort auf Paypal & Co. kommt spät.', 'de')).toEqual(['PayPal']);
  });
});

describe('cue phrases name firms no list knows', () => {
  it('en: "the company X", "X\'s chief executive"', () => {
    expect(names('The deal was signed by the company Norvane last week.', 'en')).toEqual(['Norvane']);
    expect(names('Yesterday, Velorith’s chief executive resigned.', 'en')).toEqual(['Velorith']);
  });
  it('fr: "la société X", "le groupe X", "le patron de X"', () => {
    expect(names('La société Dinamor a livré le groupe Kessane. Le patron de Brivolt a démissionné.', 'fr')).toEqual([
      'Dinamor',
      'Kessane',
      'Brivolt',
    ]);
    expect(names("Le patron d'Ostrana a démenti.", 'fr')).toEqual(['Ostrana']);
  });
  it('de: "der Konzern X", "X-Chef"', () => {
    expect(names('Der Konzern Halvenberg baut Stellen ab, sagte Trelmark-Chef Jonas Weil.', 'de')).toEqual([
      'Halvenberg',
      'Trelmark',
    ]);
  });
  it('es: "la empresa X"', () => {
    expect(names('La empresa Caldesur presentó sus cuentas.', 'es')).toEqual(['Caldesur']);
  });
  it('it: "l’azienda X"', () => {
    expect(names('L’azienda Vetrolario ha chiuso lo stabilimento.', 'it')).toEqual(['Vetrolario']);
  });
  it('ja: a katakana name followed by 社; a known one gets its canonical name', () => {
    expect(names('米ミライテック社は新しい工場を建てる。', 'ja')).toEqual(['ミライテック']);
    expect(names('米アップル社は新製品を発表した。', 'ja')).toEqual(['Apple']);
  });
  it('pt: "a empresa X"', () => {
    expect(names('Segundo a empresa Ventobrás, a obra atrasou.', 'pt')).toEqual(['Ventobrás']);
  });
  it('es: a plural cue opens a list of firms', () => {
    expect(names('Las aerolíneas Transalpa, Nordvuelo y Cielazul cancelaron vuelos.', 'es')).toEqual([
      'Transalpa',
      'Nordvuelo',
      'Cielazul',
    ]);
  });
  it('es: a name with "y" written the same way twice is one name, not two list items', () => {
    expect(names('Empresas como Pardo y Castell ganaron. Pardo y Castell negó todo.', 'es')).toEqual(['Pardo y Castell']);
  });
  it('de: the items of a list with a known firm are firms', () => {
    expect(names('Anteile hält er an Siemens, BASF, Rendelwerk und Thyssenkrupp.', 'de')).toEqual([
      'Siemens',
      'BASF',
      'Rendelwerk',
      'Thyssenkrupp',
    ]);
  });
  it('false friend: a person named after a cue is not a firm', () => {
    expect(names('He ran the company Jobs co-founded. Steve Jobs left in 1985.', 'en')).toEqual([]);
  });
  it('false friend: a country after a cue is not a firm', () => {
    expect(names('A spokesperson for Norway declined to comment.', 'en')).toEqual([]);
  });
});

describe('tickers', () => {
  it('attach the ticker to a listed firm', () => {
    const [f] = findCompanies('Microsoft (Nasdaq: MSFT) rose 2%.', { lang: 'en' });
    expect(f).toMatchObject({ name: 'Microsoft', ticker: 'MSFT' });
  });
  it('name a firm no list knows', () => {
    const [f] = findCompanies('Les titres de Marvelis (EPA: MVL) ont chuté.', { lang: 'fr' });
    expect(f).toMatchObject({ name: 'Marvelis', ticker: 'MVL' });
  });
  it('read the name before a legal suffix', () => {
    const [f] = findCompanies('Shares of Zorblax Corp. (NYSE: ZBX) fell.', { lang: 'en' });
    expect(f).toMatchObject({ name: 'Zorblax', ticker: 'ZBX' });
  });
});
