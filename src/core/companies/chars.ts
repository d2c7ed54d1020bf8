/**
 * Character classes for the company scanner, in one table looked up by UTF-16 code unit, so the
 * hot loop reads one byte per character instead of testing regular expressions.
 */
import { LETTER_CLASS_RUNS } from '../unicode/classes.generated';
import { decodeRuns } from '../unicode/runs';

/** Punctuation, symbols, anything else. */
export const OTHER = 0;
/** A letter that is not upper case (including letters without case). */
export const LOWER = 1;
/** An upper-case or title-case letter. */
export const UPPER = 2;
/** An ASCII digit. */
export const DIGIT = 3;
/** Han, kana: Japanese text has no spaces, so names are matched character by character. */
export const CJK = 4;
/** Characters that are tokens of their own inside names: & - . ' ! + / */
export const JOINER = 5;
/** A space inside a line (never a line break). */
export const SPACE = 6;

/** Class of every BMP code unit (surrogates are OTHER). Letters and digits from the generated table. */
export const CHAR_CLASS: Uint8Array = (() => {
  const t = decodeRuns(LETTER_CLASS_RUNS); // OTHER, LOWER, UPPER, DIGIT below U+3000
  // Japanese: kana, CJK ideographs, the long-vowel mark; full-width Latin letters and digits.
  for (let c = 0x3040; c <= 0x30ff; c++) t[c] = CJK;
  for (let c = 0x3400; c <= 0x4dbf; c++) t[c] = CJK;
  for (let c = 0x4e00; c <= 0x9fff; c++) t[c] = CJK;
  for (let c = 0xf900; c <= 0xfaff; c++) t[c] = CJK;
  t[0x30fb] = CJK; // ・ inside katakana names
  for (const ch of "&-.'!+/\u2019\u2010\u2011") t[ch.charCodeAt(0)] = JOINER;
  for (const ch of ' \t\u00a0\u202f\u2009\u2007\u200a') t[ch.charCodeAt(0)] = SPACE;
  return t;
})();

/** True for letters and digits: the characters a word is made of. */
export function isWordClass(k: number): boolean {
  return k === LOWER || k === UPPER || k === DIGIT;
}

/** Fold a token for lookup: lower case, typographic apostrophe and hyphens to ASCII. */
export function foldToken(s: string): string {
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    if (c === 0x2019) return "'";
    if (c === 0x2010 || c === 0x2011) return '-';
  }
  // Words hold no apostrophes or hyphens (those are tokens of their own).
  return s.toLowerCase();
}

/**
 * Split a name into tokens the way the scanner reads text: runs of letters and digits, and each
 * joiner character on its own; spaces separate and vanish. "AT&T" → AT & T, "S.p.A." → S . p . A .
 */
export function tokenize(name: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < name.length) {
    const k = CHAR_CLASS[name.charCodeAt(i)] ?? OTHER;
    if (isWordClass(k)) {
      let j = i + 1;
      while (j < name.length && isWordClass(CHAR_CLASS[name.charCodeAt(j)] ?? OTHER)) j++;
      out.push(name.slice(i, j));
      i = j;
    } else {
      if (k !== SPACE && name[i] !== ' ') out.push(name[i] as string);
      i++;
    }
  }
  return out;
}
