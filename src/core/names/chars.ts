/**
 * Character classes as a lookup table (generated: src/core/unicode): a typed-array lookup is many
 * times faster than a Unicode regular expression per character, and the tokenizer and the quote
 * scanner ask for every character they pass.
 */
import { WORD_CLASS_RUNS } from '../unicode/classes.generated';
import { decodeRuns } from '../unicode/runs';

/** Bits of `charClass`. */
export const WORD = 1;
export const UPPER = 2;
export const LETTER = 4;

const TABLE = decodeRuns(WORD_CLASS_RUNS);

/** The class bits (WORD, UPPER, LETTER) of a UTF-16 code unit: one lookup answers several tests. */
export function charClass(code: number): number {
  return TABLE[code]!;
}

/** A letter, combining mark or digit (UTF-16 code unit; astral letters count as non-word). */
export function isWordCode(code: number): boolean {
  return (TABLE[code]! & WORD) !== 0;
}

/** An upper-case letter. */
export function isUpperCode(code: number): boolean {
  return (TABLE[code]! & UPPER) !== 0;
}

/** A letter (not a digit or mark). */
export function isLetterCode(code: number): boolean {
  return (TABLE[code]! & LETTER) !== 0;
}
