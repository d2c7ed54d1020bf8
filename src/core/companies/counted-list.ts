/**
 * Firms summed up by a count: "Un bateau livre Dinassa, Cap Invest, DNC et Kimazou, un autre
 * Bandari. Les cinq compagnies …", "Acme bought Bolt and Crane. The three companies …". When
 * the capitalised names written in the sentence before the count and in its own sentence, before
 * it, are exactly as many as the count says, each of them is one of the firms: no list knows
 * such local firms, and no cue sits next to each name. A count that does not match (a person
 * named among them, a place) gives nothing.
 */
import { CHAR_CLASS, OTHER, UPPER } from './chars';
import { atSentenceStart } from './context';
import { CUES } from './data/cues';
import { isOpener, nameStartingAt, plausibleName } from './rules';
import type { Lang } from '../findings';

/** A span of text naming one firm. */
export interface CountedItem {
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Per language: a number (word or digits), at most one lower-case word (an adjective: "die fünf
 * großen Konzerne"), a plural firm noun, or the noun then an adjective ("les cinq compagnies
 * pétrolières" needs none). Alternations of fixed words: no backtracking beyond a word.
 */
const COUNT_PATTERNS = new Map<Lang, { re: RegExp; numbers: Readonly<Record<string, number>> }>();
for (const lang of Object.keys(CUES) as Lang[]) {
  const counted = CUES[lang].counted;
  if (!counted) continue;
  const nums = Object.keys(counted.numbers).map(escape).join('|');
  const nouns = counted.nouns.map(escape).join('|');
  COUNT_PATTERNS.set(lang, {
    re: new RegExp(`(?<![\\p{L}\\p{N}])(${nums}|\\d{1,2}) (?:\\p{Ll}+ )?(?:${nouns})(?![\\p{L}\\p{N}])`, 'giu'),
    numbers: counted.numbers,
  });
}

/** How far back the two sentences may reach: a count sums up what was just said. */
const MAX_BACK = 600;

/** The firms that counts in `text` sum up, each as a span. */
export function countedFirms(text: string, lang: Lang): CountedItem[] {
  const pattern = COUNT_PATTERNS.get(lang);
  if (!pattern) return [];
  const out: CountedItem[] = [];
  const re = new RegExp(pattern.re.source, pattern.re.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = (m[1] as string).toLowerCase();
    const n = /^\d+$/.test(word) ? Number(word) : (pattern.numbers[word] ?? 0);
    if (n < 2 || n > 12) continue;
    const items = namesBefore(text, m.index, n);
    if (items) out.push(...items);
  }
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
