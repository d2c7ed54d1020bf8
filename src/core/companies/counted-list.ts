/**
 * Firms summed up by a count: "Un bateau livre Dinassa, Cap Invest, DNC et Kimazou, un autre
 * Bandari. Les cinq compagnies …", "Acme bought Bolt and Crane. The three companies …". When
 * the capitalised names written in the sentence before the count and in its own sentence, before
 * it, are exactly as many as the count says, each of them is one of the firms: no list knows
 * such local firms, and no cue sits next to each name. A count that does not match (a person
 * named among them, a place) gives nothing.
 */
import { CHAR_CLASS, OTHER, UPPER, isLetterOrDigit } from './chars';
import { atSentenceStart } from './context';
import { CUES } from './data/cues';
import { isOpener, nameStartingAt, plausibleName } from './rules';
import type { Lang } from '../findings';

/** A span of text naming one firm. */
export interface CountedItem {
  start: number;
  end: number;
}

/**
 * Per language: the plural firm nouns (lower case after a count; German, which capitalises
 * them, has none), and the number words by value. The number is read before the noun, with at most one
 * adjective between ("die fünf großen Konzerne", "the three largest banks").
 */
const COUNT_PATTERNS = new Map<Lang, { nouns: readonly string[]; numbers: Readonly<Record<string, number>>; search: RegExp }>();
for (const lang of Object.keys(CUES) as Lang[]) {
  const counted = CUES[lang].counted;
  if (!counted) continue;
  // One search finds where any of the nouns starts (a lookahead: nouns that overlap are all seen).
  const search = new RegExp(`(?=${counted.nouns.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'g');
  COUNT_PATTERNS.set(lang, { nouns: counted.nouns, numbers: counted.numbers, search });
}

const isWordChar = (c: string | undefined) => c !== undefined && isLetterOrDigit(c.charCodeAt(0));

/** The count in the one or two words before `at` ("cinq ", "5 ", "three largest "), or 0. */
function countBefore(text: string, at: number, numbers: Readonly<Record<string, number>>): number {
  let e = at - 1;
  for (let words = 0; words < 2 && e > 0 && text[e] === ' '; words++) {
    let s = e;
    while (s > 0 && isWordChar(text[s - 1])) s--;
    if (s === e) return 0;
    const w = text.slice(s, e).toLowerCase();
    const n = /^\d{1,2}$/.test(w) ? Number(w) : (numbers[w] ?? 0);
    if (n > 0) return n;
    e = s - 1;
  }
  return 0;
}

/** How far back the two sentences may reach: a count sums up what was just said. */
const MAX_BACK = 600;

/** The firms that counts in `text` sum up, each as a span. */
export function countedFirms(text: string, lang: Lang): CountedItem[] {
  const pattern = COUNT_PATTERNS.get(lang);
  if (!pattern) return [];
  const out: CountedItem[] = [];
  // One search for all the nouns ("companies", "firms", "banks"). A noun counts only after a space,
  // so no two counted nouns overlap, and reading them in text order rather than noun by noun
  // gives the same items once sorted.
  const search = pattern.search;
  search.lastIndex = 0;
  for (let m = search.exec(text); m; m = search.exec(text)) {
    const at = m.index;
    search.lastIndex = at + 1;
    if (text.charCodeAt(at - 1) !== 32) continue;
    for (const noun of pattern.nouns) {
      if (!text.startsWith(noun, at) || isWordChar(text[at + noun.length])) continue;
      const n = countBefore(text, at, pattern.numbers);
      if (n < 2 || n > 12) continue;
      const items = namesBefore(text, at, n);
      if (items) out.push(...items);
    }
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

/** The capitalised names in the two sentences that end at `at`, when there are exactly `n`. */
function namesBefore(text: string, at: number, n: number): CountedItem[] | null {
  const from = sentenceStartBefore(text, sentenceStartBefore(text, at, at - MAX_BACK) - 1, at - MAX_BACK);
  const items: CountedItem[] = [];
  for (let p = Math.max(from, 0); p < at; p++) {
    if ((CHAR_CLASS[text.charCodeAt(p)] ?? OTHER) !== UPPER || /[\p{L}\p{N}]/u.test(text[p - 1] ?? ' ')) continue;
    const end = nameStartingAt(text, p);
    if (end < 0) continue;
    // The first word of a sentence ("Yesterday", "Un") says nothing: the name, if any, starts after it.
    if (atSentenceStart(text, p) || isOpener(text.slice(p, text.indexOf(' ', p) >>> 0))) {
      const space = text.indexOf(' ', p);
      if (space > 0 && space < end) p = space;
      else p = end;
      continue;
    }
    if (end > at) break;
    if (plausibleName(text.slice(p, end))) {
      items.push({ start: p, end });
      if (items.length > n) return null;
    }
    p = end;
  }
  return items.length === n ? items : null;
}

/** Start of the sentence holding `pos` (after ". ", "! ", "? " or a line break), not before `limit`. */
function sentenceStartBefore(text: string, pos: number, limit: number): number {
  for (let p = pos - 1; p > limit && p > 0; p--) {
    const c = text[p] as string;
    if (c === '\n') return p + 1;
    if ((c === ' ' || c === '\u00a0') && /[.!?]/.test(text[p - 1] as string)) return p + 1;
  }
  return Math.max(limit, 0);
}
