/**
 * Words of a short stretch of text, with their offsets: the unit the name and attribution rules
 * read. Apostrophes and hyphens inside a word keep it whole (O’Neill, Jean-Paul, l’heure).
 */
export interface Token {
  text: string;
  /** Lower case. */
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter. */
  cap: boolean;
}

// Each repetition starts with a separator the word class does not hold: no backtracking blow-up.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*\.?/gu;
const UPPER = /\p{Lu}/u;
/** A final dot belongs to the word only for short abbreviations (M., Dr., St.). */
const ABBREV_MAX = 3;

/** The words of `text` between `from` and `to`. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    let t = m[0];
    if (t.endsWith('.') && (t.length > ABBREV_MAX + 1 || !UPPER.test(t[0]!))) t = t.slice(0, -1);
    out.push({ text: t, lower: t.toLowerCase(), start: from + m.index, end: from + m.index + t.length, cap: UPPER.test(t[0]!) });
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
