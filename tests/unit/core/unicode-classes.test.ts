/** The generated character-class tables: fresh, and equal to what the regular expressions say. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_MODULE, GENERATED_PATH, letterTable, wordTable } from '../../../scripts/generate-unicode-classes';
import { LETTER_CLASS_RUNS, WORD_CLASS_RUNS } from '../../../src/core/unicode/classes.generated';
import { decodeRuns } from '../../../src/core/unicode/runs';

describe('generated Unicode classes', () => {
  it('are what scripts/generate-unicode-classes.ts writes today (run it after changing the script)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(GENERATED_MODULE);
  });

  it('decode to the tables the Unicode properties give, code unit for code unit', () => {
    expect(decodeRuns(WORD_CLASS_RUNS)).toEqual(wordTable());
    expect(decodeRuns(LETTER_CLASS_RUNS)).toEqual(letterTable());
  });

  it('class the letters of every supported language', () => {
    const word = decodeRuns(WORD_CLASS_RUNS);
    for (const ch of 'aÉßçñøłœ') expect(word[ch.charCodeAt(0)]! & 1).toBe(1);
    expect(word['É'.charCodeAt(0)]! & 2).toBe(2);
    expect(word['é'.charCodeAt(0)]! & 2).toBe(0);
    expect(word['日'.charCodeAt(0)]! & 4).toBe(4);
    expect(word[' '.charCodeAt(0)]).toBe(0);
    expect(word['’'.charCodeAt(0)]).toBe(0);
  });
});
