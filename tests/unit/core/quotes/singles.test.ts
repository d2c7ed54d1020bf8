import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../src/core/quotes/spans';
import { quotes } from './helpers';

const inner = (text: string, english = true) =>
  findQuoteSpans(text, english).map((s) => text.slice(s.open + 1, s.close).trim());

describe("straight single quotes ' … ' only in English, never apostrophes", () => {
  it('an English headline quote', () => {
    expect(quotes("Regulator says 'the merger harms every customer'", 'en').map((q) => q.text)).toEqual(['the merger harms every customer']);
  });
  it('not in Italian, French or German copy, where the mark is an apostrophe', () => {
    expect(inner("Ha detto 'un po' di tempo' al ministro dell'Interno.", false)).toEqual([]);
    expect(quotes("Le ministre a dit 'nous verrons bien demain matin' hier.", 'fr')).toEqual([]);
    expect(quotes("Der Chef sagte 'wir bleiben noch ein ganzes Jahr' gestern.", 'de')).toEqual([]);
  });
  it("decade and elision marks do not open a quote", () => {
    expect(inner("Bands of the '90s played rock 'n' roll all night.")).toEqual([]);
  });
  it('a plural possessive does not close one', () => {
    expect(inner("He said 'the players' union will strike tomorrow' on Friday.")).toEqual(['the players\' union will strike tomorrow']);
    expect(inner('She said ‘the clubs’ owners must pay now’ today.')).toEqual(['the clubs’ owners must pay now']);
  });
  it('other conventions keep working in every language', () => {
    expect(inner('Er sagte ‚wir bleiben‘ und ging.', false)).toEqual(['wir bleiben']);
    expect(inner('Il a dit « c’est l’heure » hier.', false)).toEqual(['c’est l’heure']);
  });
});
