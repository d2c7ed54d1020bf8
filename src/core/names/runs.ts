/**
 * Proper-name runs: capitalised words in a row, with the particles names hold (de, van, von)
 * between them. Which capitalised words are not names (determiners, sentence openers) and which
 * words are honorifics is data the caller passes, per language.
 */
import { isLetterCode } from './chars';
import { adjacent, type Token, type WordToken } from './tokens';

export interface NameWords {
  /** Capitalised words that are never part of a name (The, Le, Mais), lower case. */
  notNames: ReadonlySet<string>;
  /** Lower-case words allowed inside a name (de, van, von), lower case. */
  particles: ReadonlySet<string>;
  /** Honorifics dropped at the start of a name (Mr, Mme, Dr), lower case, no dot. */
  titles: ReadonlySet<string>;
}

export interface NameRun {
  /** Index of the first and one past the last token of the run. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
}

const dotless = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s);

/** "L'esercito", "Nell'attacco", "dell’Iran": an elided article or preposition glued to the word. */
const ELISION = /^\p{L}{1,4}['’](?=\p{L})/u;

/** Where an elision apostrophe ends in the first five characters of `s` ("L'", "dell’"), else -1: ELISION by char codes. */
function elisionEnd(s: string): number {
  const n = Math.min(s.length - 1, 5);
  for (let i = 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 39 || c === 0x2019) return isLetterCode(s.charCodeAt(i + 1)) ? i + 1 : -1;
    if (!isLetterCode(c)) return -1;
  }
  return -1;
}

/** Does the token hold a letter (not only digits)? Tokens are BMP word characters, so the table is exact. */
function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLetterCode(s.charCodeAt(i))) return true;
  return false;
}

function readNameWord(t: Token, words: NameWords): boolean {
  if (!t.cap) return false;
  // cheap test first: most words hold no apostrophe in their first five characters
  const elided = elisionEnd(t.text) >= 0 ? ELISION.exec(t.text) : null;
  if (elided) {
    // the word after the apostrophe decides: L'esercito is not a name, D'Alema is
    const rest = t.text.slice(elided[0].length);
    const lower = rest.toLowerCase();
    return /^\p{Lu}/u.test(rest) && !words.notNames.has(lower) && !words.titles.has(lower);
  }
  return !words.notNames.has(t.lower) && !words.titles.has(dotless(t.lower)) && hasLetter(t.text);
}

/**
 * Can the token be a word of a name? Remembered on the token for the last `words` asked: the
 * tokens of a page are shared (./token-index.ts) and the rules ask about the same words often.
 */
function nameWord(t: Token, words: NameWords): boolean {
  if (!t.cap) return false;
  const w = t as WordToken;
  if (w.nameWordsSeen === words) return w.isNameWord;
  const is = readNameWord(t, words);
  w.nameWordsSeen = words;
  w.isNameWord = is;
  return is;
}

/** Every name run among `tokens` (of `text`). */
export function nameRuns(text: string, tokens: readonly Token[], words: NameWords): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(tokens[i]!, words)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && adjacent(text, tokens[j - 1]!, tokens[j]!)) {
      const t = tokens[j]!;
      if (nameWord(t, words)) j++;
      else if (
        words.particles.has(t.lower) &&
        j + 1 < tokens.length &&
        adjacent(text, t, tokens[j + 1]!) &&
        nameWord(tokens[j + 1]!, words)
      )
        j += 2;
      else break;
    }
    const start = tokens[i]!.start, end = tokens[j - 1]!.end;
    runs.push({ from: i, to: j, start, end, text: text.slice(start, end) });
    i = j;
  }
  return runs;
}
