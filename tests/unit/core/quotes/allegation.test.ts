import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/findings';
import { claims, company, quotes } from './helpers';

describe('allegations: accusing verbs and words of wrongdoing', () => {
  const yes: [Lang, string][] = [
    ['en', 'Dana Whitfield alleged that the lender “hid the losses from its own board”.'],
    ['en', '“They stole the money and lied about it,” Dana Whitfield said.'],
    ['fr', 'Paul Morel accuse la banque d’avoir « caché les pertes à son conseil ».'],
    ['fr', '« Ils ont agi illégalement pendant des années », a déclaré Paul Morel.'],
    ['de', 'Jonas Albrecht wirft dem Konzern vor, „die Kunden jahrelang getäuscht“ zu haben.'],
    ['de', '„Das ist schlicht Betrug an den Kunden“, sagte Jonas Albrecht.'],
    ['es', 'Lucía Ferrer acusó a la empresa de «ocultar las pérdidas durante años».'],
    ['es', '«Es un fraude en toda regla contra los clientes», dijo Lucía Ferrer.'],
    ['it', 'Marco Bellini ha denunciato «una truffa ai danni dei risparmiatori».'],
    ['pt', 'Ana Teixeira acusou a empresa de "esconder as perdas por anos".'],
    ['ja', '山田太郎氏は「会社は不正な取引を続けていた」と述べた。'],
  ];
  for (const [lang, text] of yes) it(`${lang}: ${text.slice(0, 40)}`, () => expect(quotes(text, lang)[0]!.allegation).toBe(true));

  const no: [Lang, string][] = [
    ['en', '“We are delighted with the results this year,” Dana Whitfield said.'],
    ['fr', '« Nous sommes ravis de ces résultats », a déclaré Paul Morel.'],
    ['de', '„Wir sind mit dem Jahr sehr zufrieden“, sagte Jonas Albrecht.'],
    ['es', '«Estamos muy contentos con el resultado», dijo Lucía Ferrer.'],
    ['it', '«Siamo molto soddisfatti del risultato», ha detto Marco Bellini.'],
    ['pt', '"Estamos muito satisfeitos com o resultado", disse Ana Teixeira.'],
    ['fr', '« Nous continuerons demain comme prévu », a poursuivi Paul Morel.'],
  ];
  for (const [lang, text] of no) it(`not: ${lang}: ${text.slice(0, 40)}`, () => expect(quotes(text, lang)[0]!.allegation).toBe(false));
});

describe('targets', () => {
  it('the company named in the quote', () => {
    const text = 'Elon Musk a affirmé que « Microsoft s’est servi illégalement des données ».';
    const [q] = quotes(text, 'fr', [company(text, 'Microsoft')]);
    expect(q!.target).toBe('Microsoft');
  });
  it('the company named in the sentence', () => {
    const text = 'Dana Whitfield accused Norvane of “hiding the losses from everyone”.';
    const [q] = quotes(text, 'en', [company(text, 'Norvane')]);
    expect(q!.target).toBe('Norvane');
  });
  it('no target on a quote that accuses nobody', () => {
    const text = '“We are delighted with Norvane this year,” Dana Whitfield said.';
    expect(quotes(text, 'en', [company(text, 'Norvane')])[0]!.target).toBeUndefined();
  });
});

describe('reported allegations without quotation marks', () => {
  it('fr: allégations selon lesquelles', () => {
    const text = 'Elon Musk a fait d’autres allégations selon lesquelles Microsoft revendait les données des utilisateurs.';
    const [c] = claims(text, 'fr', [company(text, 'Microsoft')]);
    expect(c).toMatchObject({ kind: 'claim', speaker: 'Elon Musk', allegation: true, target: 'Microsoft' });
    expect(c!.text).toBe('Microsoft revendait les données des utilisateurs');
  });
  it('en: X alleged that', () => {
    const text = 'Dana Whitfield alleged that Norvane had hidden its losses for years.';
    const [c] = claims(text, 'en', [company(text, 'Norvane')]);
    expect(c).toMatchObject({ speaker: 'Dana Whitfield', target: 'Norvane' });
  });
  it('not when the clause is a direct quotation (listed as the quote)', () => {
    expect(claims('Dana Whitfield alleged that “Norvane hid its losses for years”.', 'en')).toEqual([]);
  });
});
