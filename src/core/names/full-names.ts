/**
 * The fullest form of each name a page uses: "Musk" → "Elon Musk" when the page wrote Elon Musk
 * somewhere. Each name is looked up once (memoised) with indexOf over the text; the number of
 * distinct names looked up is capped so a page of a million names stays linear.
 */
import { isUpperCode, isWordCode } from './chars';
import { nameRuns, type NameWords } from './runs';
import { isNameSpace, tokenize } from './tokens';

/** Distinct names looked up per text, at most. */
const MAX_LOOKUPS = 48;
/** Occurrences of one name examined, at most. */
const MAX_OCCURRENCES = 200;

/**
 * Can the word before position `i` open or continue a name that ends with the word at `i`? It
 * must be one or two spaces before (as `adjacent` says of tokens), and capitalised or a particle
 * (von der Leyen): a cheap test before tokenizing, which most occurrences ("said Musk") fail.
 */
function nameWordBefore(text: string, i: number, words: NameWords): boolean {
  let q = i - 1;
  if (q < 0 || !isNameSpace(text.charCodeAt(q))) return false;
  if (q > 0 && isNameSpace(text.charCodeAt(q - 1))) q--;
  q--; // the last character of the word before
  if (q >= 0 && text.charCodeAt(q) === 46) q--; // an abbreviation's dot ("J. Dupont")
  if (q < 0 || !isWordCode(text.charCodeAt(q))) return false;
  let start = q;
  for (;;) {
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    const j = text.charCodeAt(start - 1);
    if (start > 1 && (j === 39 || j === 0x2019 || j === 45) && isWordCode(text.charCodeAt(start - 2))) start -= 2;
    else break;
  }
  return isUpperCode(text.charCodeAt(start)) || words.particles.has(text.slice(start, q + 1).toLowerCase());
}

export class FullNames {
  private readonly memo = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly words: NameWords,
  ) {}

  /** The fullest form of `name` if it was looked up already, without searching. */
  known(name: string): string | undefined {
    return this.memo.get(name);
  }

  /**
   * The fullest form of `name`: itself when it already has two words or the page never writes it
   * longer, else the most frequent longer form ending with it.
   */
  full(name: string): string {
    if (/\s/.test(name)) return name;
    const known = this.memo.get(name);
    if (known !== undefined) return known;
    if (this.memo.size >= MAX_LOOKUPS) return name;
    const counts = new Map<string, number>();
    const { text } = this;
    let seen = 0;
    for (let i = text.indexOf(name); i >= 0 && seen < MAX_OCCURRENCES; i = text.indexOf(name, i + name.length)) {
      seen++;
      const end = i + name.length;
      if (isWordCode(text.charCodeAt(end)) || (i > 0 && isWordCode(text.charCodeAt(i - 1)))) continue;
      if (!nameWordBefore(text, i, this.words)) continue; // most occurrences: no need to read words
      // the capitalised words just before this occurrence
      const from = Math.max(0, i - 60);
      const tokens = tokenize(text, from, end);
      const runs = nameRuns(text, tokens, this.words);
      const run = runs[runs.length - 1];
      if (!run || run.end !== end || run.to - run.from < 2 || run.to - run.from > 4) continue;
      if (!isUpperCode(run.text.charCodeAt(0))) continue;
      counts.set(run.text, (counts.get(run.text) ?? 0) + 1);
    }
    let best = name, count = 0;
    for (const [form, n] of counts) if (n > count) [best, count] = [form, n];
    this.memo.set(name, best);
    return best;
  }
}
