/**
 * Words of a short stretch of text, with their offsets: the unit the name and attribution rules
 * read. Apostrophes and hyphens inside a word keep it whole (O’Neill, Jean-Paul, l’heure); a final
 * dot stays on a short capitalised abbreviation (M., Dr., St.).
 *
 * The attribution rules ask for the words of overlapping stretches around every quotation, again
 * and again. So each text is tokenised once, lazily, into one array of tokens (./token-index.ts)
 * and `tokenize` answers a range from that array, re-reading only the words the range cuts.
 */
import { scanWords, type Token } from './scan';
import { indexFor } from './token-index';

export type { Token, WordToken } from './scan';

/** Ranges shorter than this are tokenised directly: a lookup would cost as much. */
const DIRECT_MAX = 24;

/**
 * The words of `text` between `from` and `to`: exactly the words a tokenizer reading only that
 * stretch finds (a word cut by either end is cut too). A fresh array; the tokens in it may be
 * shared with other calls on the same text and must not be changed.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  if (to - from < DIRECT_MAX) {
    scanWords(text, from, to, out);
    return out;
  }
  const index = indexFor(text, from, to);
  if (!index) {
    scanWords(text, from, to, out);
    return out;
  }
  const words = index.words;
  // the first word of the page that ends after `from`
  let k = index.firstEndingAfter(from);
  let w = words[k];
  if (w && w.start < from) {
    // `from` cuts a word: read the cut part as the range does, up to where it meets the page's words
    if (to <= w.end) {
      scanWords(text, from, to, out);
      return out;
    }
    const at = scanWords(text, from, to, out, w.end);
    while (k < words.length && words[k]!.start < at) k++;
  }
  for (; k < words.length; k++) {
    w = words[k]!;
    if (w.end > to) {
      // `to` cuts this word: read its first part alone
      if (w.start < to) scanWords(text, w.start, to, out);
      break;
    }
    out.push(w);
  }
  return out;
}

/** A space that may stand between two words of one name: space, no-break or narrow no-break space. */
export function isNameSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/** True when only spaces separate the two tokens (no comma, colon or dash: a name does not span them). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 2 || b.start === a.end) return false;
  for (let i = a.end; i < b.start; i++) if (!isNameSpace(text.charCodeAt(i))) return false;
  return true;
}
