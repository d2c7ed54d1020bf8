/**
 * Words of a short stretch of text, with their offsets: the unit the name and attribution rules
 * read. Apostrophes and hyphens inside a word keep it whole (O’Neill, Jean-Paul, l’heure); a final
 * dot stays on a short capitalised abbreviation (M., Dr., St.).
 */
import { isUpperCode, isWordCode } from './chars';

export interface Token {
  readonly text: string;
  /** Lower case. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Starts with a capital letter. */
  readonly cap: boolean;
}

/**
 * A word of the text. Its lower-case form is made the first time a rule asks (most words are
 * read only by position or capital): a page has tens of thousands of words and every string
 * made costs time and garbage.
 */
class Word implements Token {
  private low: string | undefined;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly cap: boolean,
  ) {}

  get lower(): string {
    return (this.low ??= lowerOf(this.text, this.cap));
  }
}

/** `s` in lower case; most words are lower case already, and then `s` itself is returned. */
function lowerOf(s: string, cap: boolean): string {
  if (cap) return s.toLowerCase();
  for (let k = 1; k < s.length; k++) if (isUpperCode(s.charCodeAt(k))) return s.toLowerCase();
  return s;
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
    out.push(new Word(text.slice(start, i), start, i, cap));
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
