import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../../src/core/findings';
import { amounts } from './helpers';

// Numbers that are not money: no finding at all.
const cases: [Lang, string][] = [
  ['en', 'Shares rose 4.5% to a record.'],
  ['en', 'In 2023 the company hired 5,000 people.'],
  ['en', 'The S&P 500 fell 30 points.'],
  ['en', 'Call 555-0142 or +1 202 555 0199.'],
  ['en', 'Version 2.4.1 ships with the A380 and M2 chips.'],
  ['en', 'The Dow lost 1,200 points on 12/05/2024.'],
  ['en', 'He sold 3 million shares.'],
  ['en', 'A team of 40 million users.'],
  ['fr', 'Le CAC 40 a perdu 2,5 %.'],
  ['fr', 'Cinq millions de personnes ont voté le 12 mai 2024.'],
  ['fr', 'Elle a lu 300 livres cette année.'],
  ['de', 'Die Inflation lag bei 2,3 Prozent im Jahr 2023.'],
  ['de', 'Der DAX schloss bei 15.000 Punkten.'],
  ['es', 'El Ibex 35 subió un 1,2 %.'],
  ['es', 'Ganó 3 libras de peso.'],
  ['it', 'Hanno partecipato 2 milioni di persone.'],
  ['pt', 'O Ibovespa subiu 1,5% em 2024.'],
  ['ja', '2024年1月13日、参加者は3000人だった。'],
];

describe('not money', () => {
  it.each(cases)('%s: %s', (lang, text) => {
    expect(amounts(text, lang)).toEqual([]);
  });
});
