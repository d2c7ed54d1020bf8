import { describe, expect, it } from 'vitest';
import { FullNames, nameRuns, tokenize } from '../../../../src/core/names';

const words = {
  notNames: new Set(['the', 'le', 'la']),
  particles: new Set(['de', 'van', 'von']),
  titles: new Set(['mr', 'mme', 'dr']),
};

describe('name runs', () => {
  it('joins capitalised words and particles, drops titles and determiners', () => {
    const text = 'Hier, Mme Claire de Villiers a vu Mr Tom van Dijk et The Guardian.';
    const runs = nameRuns(text, tokenize(text, 0, text.length), words).map((r) => r.text);
    expect(runs).toContain('Claire de Villiers');
    expect(runs).toContain('Tom van Dijk');
    expect(runs).toContain('Guardian');
  });
  it('does not join across a comma', () => {
    const text = 'Paris, Berlin';
    expect(nameRuns(text, tokenize(text, 0, text.length), words).map((r) => r.text)).toEqual(['Paris', 'Berlin']);
  });
  it('keeps apostrophes and hyphens inside words', () => {
    expect(tokenize('O’Neill and Jean-Paul', 0, 21).map((t) => t.text)).toEqual(['O’Neill', 'and', 'Jean-Paul']);
  });
});

describe('fullest form of a name', () => {
  it('finds the longer form the page uses', () => {
    const text = 'Elon Musk spoke. Later Musk left.';
    expect(new FullNames(text, words).full('Musk')).toBe('Elon Musk');
  });
  it('keeps the name when the page never writes it longer', () => {
    expect(new FullNames('Musk spoke. Musk left.', words).full('Musk')).toBe('Musk');
  });
});
