/**
 * Words of a short stretch of text, with their offsets: the unit the name and attribution rules
 * read. Apostrophes and hyphens inside a word keep it whole (O’Neill, Jean-Paul, l’heure); a final
 * dot stays on a short capitalised abbreviation (M., Dr., St.).
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

/** A final dot belongs to the word only for short abbreviations (M., Dr., St.). */
const ABBREV_MAX = 3;

function joiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45; // ' ’ -
}

/** The words of `text` between `from` and `to`. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
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
    out.push({ text: t, lower: upper ? t.toLowerCase() : t, start, end: i, cap });
  }
  return out;
}

/** True when only spaces separate the two tokens (no comma, colon or dash: a name does not span them). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 2 || b.start === a.end) return false;
  for (let i = a.end; i < b.start; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\u00a0' && c !== '\u202f') return false;
  }
  return true;
}
