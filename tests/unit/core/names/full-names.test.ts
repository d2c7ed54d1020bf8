/** The fullest form of a name the page writes. */
import { describe, expect, it } from 'vitest';
import { FullNames } from '../../../../src/core/names';

const WORDS = { notNames: new Set(['the', 'le', 'la']), particles: new Set(['von', 'der', 'de']), titles: new Set(['mr', 'm']) };

describe('FullNames', () => {
  it('finds the longer form, with particles and initials', () => {
    const text = 'Charles de Gaulle spoke first. Later, Gaulle added more. J. Dupont agreed; Dupont left. Anna Berg came, and Berg stayed.';
    const names = new FullNames(text, WORDS);
    expect(names.full('Gaulle')).toBe('Charles de Gaulle');
    expect(names.full('Dupont')).toBe('J. Dupont');
    expect(names.full('Berg')).toBe('Anna Berg');
  });

  it('keeps a name the page never writes longer, and one after a lower-case word', () => {
    const text = 'said Musk on Monday, and then Musk said it again; the company of Musk.';
    expect(new FullNames(text, WORDS).full('Musk')).toBe('Musk');
  });

  it('takes the most frequent longer form', () => {
    const text = 'Tim Cook spoke. Tim Cook left. Mr Cook returned. Cook said so.';
    expect(new FullNames(text, WORDS).full('Cook')).toBe('Tim Cook');
  });
});
