import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/findings';
import { quotes } from './helpers';

describe('a sentence opening with a prepositional phrase before its subject', () => {
  const cases: [Lang, string, string][] = [
    ['it', 'Ad Ansa, Marco Bellini ha detto: «Il governo ha sbagliato tutto».', 'Marco Bellini'],
    ['en', 'To Bloomberg, Dana Whitfield said: “The plan stopped working months ago.”', 'Dana Whitfield'],
    ['es', 'Con Efe, Lucía Ferrer dijo: «El plan dejó de funcionar hace meses».', 'Lucía Ferrer'],
  ];
  for (const [lang, text, want] of cases) it(`${lang}: ${want}`, () => expect(quotes(text, lang)[0]!.speaker).toBe(want));

});

describe('a work noun that is also a reporting verb', () => {
  it('"ha detto: «…»" is a quotation, "detto «…»" a nickname', () => {
    expect(quotes('Marco Bellini ha detto: «Il governo ha sbagliato tutto».', 'it')[0]!.speaker).toBe('Marco Bellini');
    expect(quotes('Arrivò Giovanni Neri detto «il Lungo» in paese.', 'it')).toEqual([]);
  });
});
