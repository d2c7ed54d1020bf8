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
  // (Native fills: a loop over these 28,000 code units costs a millisecond at load.)
  t.fill(CJK, 0x3040, 0x3100);
  t.fill(CJK, 0x3400, 0x4dc0);
  t.fill(CJK, 0x4e00, 0xa000);
  t.fill(CJK, 0xf900, 0xfb00);
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

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Is [start, end) of `text` one capital and lower-case letters ("Ford", not "KPMG", "eBay")?
 * The same answer as /^\p{Lu}\p{Ll}+$/u on the slice; ASCII words are read without a slice.
 */
export function isTitleWord(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const c0 = text.charCodeAt(start);
  if (c0 < 128) {
    if (c0 < 65 || c0 > 90) return false;
    let p = start + 1;
    for (; p < end; p++) {
      const c = text.charCodeAt(p);
      if (c >= 128) break;
      if (c < 97 || c > 122) return false;
    }
    if (p === end) return true;
  }
  return TITLE_WORD.test(text.slice(start, end));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** /[\p{L}\p{N}]/u on one code unit (NaN, past the text's end: false); ASCII without the regular expression. */
export function isLetterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return c === c && LETTER_OR_DIGIT.test(String.fromCharCode(c));
}
