/**
 * The cue phrases of ./data/cues.ts indexed for the scan: by their last word, so a lookup of the
 * word before a capitalised word finds the few phrases worth comparing.
 */
import { CUES } from './data/cues';
import type { Lang } from '../findings';

/**
 * Cue phrases by their last word ("société" → "la société"), so the scan looks up the word
 * before each capitalised word instead of searching every phrase. Elided forms ("l'entreprise",
 * "le patron d'") are keyed by the word before the apostrophe's letter.
 */
function indexCues(cues: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const raw of cues) {
    const c = raw.toLowerCase();
    const forms = c.endsWith(' de') ? [c, `${c.slice(0, -2)}d'`] : [c];
    for (const f of forms) {
      const key = f.endsWith("'") ? f.slice(0, -1).split(/[ ']/).pop() ?? '' : f.split(/[ ']/).pop() ?? '';
      const list = m.get(key) ?? [];
      list.push(f);
      m.set(key, list);
    }
  }
  return m;
}
/** Cue phrases before a name, per language, by their last word. */
export const BEFORE_INDEX = new Map((Object.keys(CUES) as Lang[]).map((l) => [l, indexCues(CUES[l].before)]));
/** Plural cue phrases before a list, per language, by their last word. */
export const LIST_INDEX = new Map((Object.keys(CUES) as Lang[]).map((l) => [l, indexCues(CUES[l].list)]));

/** A number for a word, folded (case, ’): the scan hashes the word before each capital without copying it. */
export function hashFolded(text: string, start: number, end: number): number {
  let h = 7;
  for (let p = start; p < end; p++) h = (Math.imul(h, 31) + foldCode(text.charCodeAt(p))) | 0;
  return h;
}

function byHash(index: Map<string, string[]>): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const [key, cues] of index) {
    const h = hashFolded(key, 0, key.length);
    m.set(h, [...(m.get(h) ?? []), ...cues]);
  }
  return m;
}
/** The same indexes keyed by hashFolded of the last word; a hit is confirmed by endsWithCue. */
export const BEFORE_BY_HASH = new Map([...BEFORE_INDEX].map(([l, m]) => [l, byHash(m)]));
/** LIST_INDEX keyed by hashFolded of the last word. */
export const LIST_BY_HASH = new Map([...LIST_INDEX].map(([l, m]) => [l, byHash(m)]));

/** Does a sentence, a line or a quotation start at `i`? */
function sentenceStartsAt(text: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\u00a0')) p--;
  return p < 0 || '.!?:;\n«“"('.includes(text[p] as string);
}

/** Lower-case one UTF-16 code unit the way the cue tables are written (’ as ', no-break space as space). */
function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c === 0x2019) return 39;
  if (c === 0xa0 || c === 0x202f) return 32;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/**
 * Does one of `cues` end right before `at`, after a non-letter? A cue is followed by one space
 * unless it ends with an apostrophe ("le patron d'"). Compared code unit by code unit, folded,
 * without copying the text. With `strictCase`, a cue that starts with a capital mid-sentence is
 * part of a name and does not count.
 */
export function endsWithCue(text: string, at: number, cues: readonly string[], strictCase = false): boolean {
  for (const c of cues) {
    const spaced = !c.endsWith("'");
    let p = at - 1;
    if (spaced) {
      const g = text.charCodeAt(p);
      if (g !== 32 && g !== 0xa0 && g !== 0x202f) continue;
      p--;
    }
    let k = c.length - 1;
    while (k >= 0 && p >= 0 && foldCode(text.charCodeAt(p)) === c.charCodeAt(k)) {
      k--;
      p--;
    }
    if (k >= 0) continue;
    if (p >= 0 && /[\p{L}\p{N}]/u.test(text[p] as string)) continue;
    // With strictCase, a capital at the cue's start is allowed only where a sentence starts.
    const first = text[p + 1] as string;
    if (strictCase && first !== first.toLowerCase() && !sentenceStartsAt(text, p + 1)) continue;
    return true;
  }
  return false;
}
