import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/findings';
import { claims, quotes } from './helpers';

describe('a denied charge is no allegation', () => {
  const denied: [Lang, string][] = [
    ['en', '“Our staff did not steal anything from the clients,” Dana Whitfield said.'],
    ['en', '“We have never acted illegally in any market,” Dana Whitfield said.'],
    ['fr', '« La banque n’a pas agi illégalement », a déclaré Paul Morel.'],
    ['fr', '« Nous n’avons jamais volé nos clients », a affirmé Paul Morel.'],
    ['de', '„Wir haben nicht illegal gehandelt“, sagte Jonas Albrecht.'],
    ['es', '«La empresa no ha actuado de forma ilegal», dijo Lucía Ferrer.'],
    ['it', '«La banca non ha commesso alcuna truffa», ha detto Marco Bellini.'],
    ['pt', '"A empresa não agiu de forma ilegal", disse Ana Teixeira.'],
  ];
  for (const [lang, text] of denied) it(`${lang}: ${text.slice(0, 44)}`, () => expect(quotes(text, lang)[0]!.allegation).toBe(false));

  // false friends: a negation elsewhere in the sentence does not cancel a charge
  const still: [Lang, string][] = [
    ['en', '“They stole the savings of retirees, no question,” Dana Whitfield said.'],
    ['fr', '« Ce n’est pas compliqué : ils ont volé les clients », a déclaré Paul Morel.'],
    ['de', '„Das ist nicht neu. Es ist Betrug an den Kunden“, sagte Jonas Albrecht.'],
  ];
  for (const [lang, text] of still) it(`still: ${lang}: ${text.slice(0, 44)}`, () => expect(quotes(text, lang)[0]!.allegation).toBe(true));
});

describe('"claims" reports a statement, not a charge', () => {
  it('a plain claim is no allegation', () => {
    expect(quotes('“Our new phone will ship in May,” Dana Whitfield claimed.', 'en')[0]!.allegation).toBe(false);
    expect(quotes('Dana Whitfield claims the update “makes every laptop twice as fast”.', 'en')[0]!.allegation).toBe(false);
  });
  it('a claim of wrongdoing still is', () => {
    expect(quotes('“The lender stole from its own clients,” Dana Whitfield claimed.', 'en')[0]!.allegation).toBe(true);
  });
});

describe('reported claims', () => {
  it('a cue inside a listed claim does not open a second one', () => {
    // a sentence longer than the rules' window: the second cue is read from another sentence start
    const text =
      'Selon plusieurs sources proches du dossier et des syndicats réunis hier soir dans la salle municipale, ' +
      'Paul Morel a dénoncé une banque régionale qui aurait caché des pertes à ses actionnaires pendant des années, ' +
      'tandis que son associé accuse la direction de fraude organisée.';
    expect(claims(text, 'fr')).toHaveLength(1);
  });
});
