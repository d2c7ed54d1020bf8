/**
 * One tokenisation per text, shared by every range asked of it (see ./tokens.ts). Built lazily,
 * front to back, in chunks that end at a character no word can run across, so the words of a
 * chunk are exactly the words of the whole text there.
 *
 * A few texts are remembered, the last used first. A text is only indexed once the ranges asked
 * of it add up to a quarter of the text to index: a caller reading a few words of many texts pays
 * at most a constant factor over tokenising its ranges directly, and the engine, which reads the
 * same page over and over, has its index after a few calls.
 */
import { isWordCode } from './chars';
import { scanWords, type Token } from './scan';

/** How many characters the index reads past what a call needs, at least (fewer, longer calls). */
const CHUNK = 2048;
/** Texts remembered. */
const KEEP = 4;

/** Can a word run across this character? Letters, digits, joiners (' ’ -) and the dot can. */
function inWord(code: number): boolean {
  return isWordCode(code) || code === 39 || code === 0x2019 || code === 45 || code === 46;
}

export class TokenIndex {
  /** The words of text[0, upTo), in order; their starts and ends both increase. */
  readonly words: Token[] = [];
  /** Where the words read so far end: 0, the text's length, or just after a character no word crosses. */
  private upTo = 0;
  /** Characters of ranges answered without the index, towards building it. */
  debt = 0;

  /** The text, as the string object last asked about (see indexFor). */
  constructor(public text: string) {}

  /** Has the index read every word that starts before `to`? */
  covers(to: number): boolean {
    return this.upTo >= to || this.upTo === this.text.length;
  }

  /** How many characters remain to read to cover `to`. */
  missing(to: number): number {
    return this.covers(to) ? 0 : to - this.upTo;
  }

  /** Read on until every word that starts before `to` is read. */
  extend(to: number): void {
    const { text } = this;
    if (this.covers(to)) return;
    let next = Math.min(text.length, Math.max(to, this.upTo + CHUNK));
    while (next < text.length && inWord(text.charCodeAt(next - 1))) next++;
    scanWords(text, this.upTo, next, this.words);
    this.upTo = next;
  }

  /** Index of the first word that ends after `at` (words.length when none), by binary search. */
  firstEndingAfter(at: number): number {
    const w = this.words;
    let lo = 0, hi = w.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (w[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const recent: TokenIndex[] = [];

/**
 * The index of `text`, read far enough for the range [from, to); undefined while the ranges asked
 * of this text are still too few to pay for it (the caller then tokenises the range itself).
 */
export function indexFor(text: string, from: number, to: number): TokenIndex | undefined {
  let index: TokenIndex | undefined;
  for (let k = 0; k < recent.length; k++) {
    if (recent[k]!.text === text) {
      index = recent[k]!;
      // the same characters in another string object (the engine reads a flat copy of the text a
      // caller may pass again): keep the caller's object, so that the next comparison is by
      // reference and not a read of the whole text on every call
      index.text = text;
      if (k > 0) {
        recent.splice(k, 1);
        recent.unshift(index);
      }
      break;
    }
  }
  if (!index) {
    index = new TokenIndex(text);
    recent.unshift(index);
    if (recent.length > KEEP) recent.pop();
  }
  const missing = index.missing(to);
  if (missing > 0) {
    if (index.debt * 4 < missing) {
      index.debt += to - from;
      return undefined;
    }
    index.extend(to);
  }
  return index;
}

/** Forget every remembered text (for memory, or a test). */
export function forgetTokenIndexes(): void {
  recent.length = 0;
}
