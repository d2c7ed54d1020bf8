/**
 * The tokenizer proper: one pass over a stretch of text, one token per word. ./tokens.ts answers
 * ranges with it, ./token-index.ts tokenises whole texts with it.
 */
import { UPPER, WORD, charClass, isWordCode } from './chars';

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
    const first = charClass(text.charCodeAt(i));
    if ((first & WORD) === 0) {
      i++;
      continue;
    }
    const start = i;
    i++;
    // one pass reads the word and notes any capital after its first letter: most words have
    // none, and then they need no toLowerCase (nor its copy)
    let inside = 0;
    for (;;) {
      let c = 0;
      while (i < to && ((c = charClass(text.charCodeAt(i))) & WORD) !== 0) {
        inside |= c;
        i++;
      }
      if (i + 1 < to && joiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) i++;
      else break;
    }
    const cap = (first & UPPER) !== 0;
    if (i < to && text.charCodeAt(i) === 46 && cap && i - start <= ABBREV_MAX) i++;
    const t = text.slice(start, i);
    const upper = cap || (inside & UPPER) !== 0;
    const token: WordToken = { text: t, lower: upper ? t.toLowerCase() : t, start, end: i, cap, nameWordsSeen: undefined, isNameWord: false };
    out.push(token);
  }
  return i;
}
