import { describe, expect, it } from 'vitest';
import { detectLang, normaliseLang, regionOf } from '../../../../src/core/lang/detect';
import { regionFromHost } from '../../../../src/core/lang/region';

const SAMPLES = {
  en: 'The company said on Monday that it was not aware of the claims, and that the board has met with its lawyers to review them.',
  fr: 'La société a indiqué lundi qu’elle n’avait pas connaissance des accusations et que le conseil est en contact avec ses avocats pour les examiner.',
  de: 'Das Unternehmen sagte am Montag, dass es die Vorwürfe nicht kenne und dass der Vorstand sich mit den Anwälten auf eine Prüfung geeinigt hat.',
  es: 'La empresa dijo el lunes que no conocía las acusaciones y que el consejo se ha reunido con sus abogados para revisarlas, como cada año.',
  it: 'La società ha detto lunedì che non era a conoscenza delle accuse e che il consiglio ha incontrato gli avvocati per esaminarle, anche per la stampa.',
  pt: 'A empresa disse na segunda-feira que não tinha conhecimento das acusações e que o conselho se reuniu com os advogados para as analisar, mais uma vez.',
} as const;

describe('detectLang', () => {
  for (const [lang, text] of Object.entries(SAMPLES)) {
    it(`tells ${lang} from its function words`, () => {
      expect(detectLang(text)).toBe(lang);
    });
  }

  it('tells Japanese from its script', () => {
    const ja = '同社は月曜日、疑惑については把握していないと述べた。取締役会は弁護士と協議している。'.repeat(3);
    expect(detectLang(ja, 'en')).toBe('ja');
  });

  it('keeps the declared language when the text agrees', () => {
    expect(detectLang(SAMPLES.fr, 'fr-CA')).toBe('fr');
  });

  it('overrules a declared language that the text contradicts', () => {
    expect(detectLang(SAMPLES.de.repeat(2), 'en')).toBe('de');
  });

  it('falls back to the declared language, then English, on too little text', () => {
    expect(detectLang('Paris', 'it')).toBe('it');
    expect(detectLang('Paris')).toBe('en');
  });
});

describe('language tags and regions', () => {
  it('reads the language and region of a tag', () => {
    expect(normaliseLang('pt-BR')).toBe('pt');
    expect(normaliseLang('nl')).toBeUndefined();
    expect(regionOf('pt-BR')).toBe('BR');
    expect(regionOf('fr')).toBeUndefined();
  });

  it('reads a region from a country domain, not from a generic one', () => {
    expect(regionFromHost('ici.radio-canada.ca')).toBe('CA');
    expect(regionFromHost('www.gazetadopovo.com.br')).toBe('BR');
    expect(regionFromHost('www.bbc.co.uk')).toBe('GB');
    expect(regionFromHost('www.nytimes.com')).toBeUndefined();
    expect(regionFromHost(undefined)).toBeUndefined();
  });
});
