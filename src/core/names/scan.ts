/**
 * The tokenizer proper: one pass over a stretch of text, one token per word. ./tokens.ts answers
 * ranges with it, ./token-index.ts tokenises whole texts with it.
 */
import { isUpperCode, isWordCode } from './chars';

export interface Token {
  text: string;
  /** Lower case. */
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
}

/**
 * A token as the tokenizer makes it: the fields of `Token`, and a memo the name rules keep on
 * it (one shape for every token, so property reads stay monomorphic).
 */
export interface WordToken extends Token {
  /** The name words `nameWord` was last asked with, and its answer (see ./runs.ts). */
  nameWordsSeen: object | undefined;
  isNameWord: boolean;
}

/** A final dot belongs to the word only for short abbreviations (M., Dr., St.). */
const ABBREV_MAX = 3;

function joiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45; // ' ’ -
}

/**
 * Tokenise [from, to) into `out`, as if the text were cut at `to`; stop early at the first point
 * between words at or after `stopAt`. Returns where it stopped.
 */
export function scanWords(text: string, from: number, to: number, out: Token[], stopAt = Infinity): number {
  let i = from;
  while (i < to) {
    if (i >= stopAt) return i;
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < to && isWordCode(text.charCodeAt(i))) i++;
      if (i + 1 < to && joiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    const cap = isUpperCode(text.charCodeAt(start));
    if (i < to && text.charCodeAt(i) === 46 && cap && i - start <= ABBREV_MAX) i++;
    const t = text.slice(start, i);
    // most words are lower case already: skip toLowerCase (and its copy) when no capital is inside
    let upper = cap;
    for (let k = start + 1; !upper && k < i; k++) upper = isUpperCode(text.charCodeAt(k));
    const token: WordToken = { text: t, lower: upper ? t.toLowerCase() : t, start, end: i, cap, nameWordsSeen: undefined, isNameWord: false };
    out.push(token);
  }
  return i;
}
