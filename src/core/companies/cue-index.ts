/**
 * The cue phrases of ./data/cues.ts indexed for the scan: by their last word, so a lookup of the
 * word before a capitalised word finds the few phrases worth comparing.
 */
import { CUES } from './data/cues';
import { IntTable } from './int-table';
import { isLetterOrDigit } from './chars';
import type { Lang } from '../findings';

/**
 * A cue phrase's forms, lower case: the phrase, and for one ending in " de" its elided form
 * ("le patron de" → "le patron d'").
 */
function cueForms(raw: string): string[] {
  const c = raw.toLowerCase();
  return c.endsWith(' de') ? [c, `${c.slice(0, -2)}d'`] : [c];
}

/** The word a cue form is filed under: its last word, or for an elided form the word before the apostrophe's letter. */
function cueKey(f: string): string {
  return f.endsWith("'") ? f.slice(0, -1).split(/[ ']/).pop() ?? '' : f.split(/[ ']/).pop() ?? '';
}

/**
 * Cue phrases by their last word ("société" → "la société"), so the scan looks up the word
 * before each capitalised word instead of searching every phrase. Elided forms ("l'entreprise",
 * "le patron d'") are keyed by the word before the apostrophe's letter.
 */
function indexCues(cues: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const raw of cues) {
    for (const f of cueForms(raw)) {
      const key = cueKey(f);
      const list = m.get(key) ?? [];
      list.push(f);
      m.set(key, list);
    }
  }
  return m;
}

/**
 * Tables built per language the first time a page in it is read, not at module load (loading
 * the content script must be a short task): a page uses one language.
 */
function perLanguage<T>(build: (lang: Lang) => T): (lang: Lang) => T {
  const built = new Map<Lang, T>();
  return (lang) => {
    let t = built.get(lang);
    if (t === undefined) {
      t = build(lang);
      built.set(lang, t);
    }
    return t;
  };
}

/** Cue phrases before a name, in `lang`, by their last word. */
export const beforeIndex = perLanguage((lang) => indexCues(CUES[lang].before));
/** Plural cue phrases before a list, in `lang`, by their last word. */
export const listIndex = perLanguage((lang) => indexCues(CUES[lang].list));

let maxCueWord = -1;
/** The longest last word of a cue phrase, in any language: longer words before a name need no look-up. */
export function longestCueWord(): number {
  if (maxCueWord < 0) {
    maxCueWord = -Infinity; // Math.max of nothing, as a table with no cue would give
    for (const l of Object.keys(CUES) as Lang[]) {
      for (const raw of [...CUES[l].before, ...CUES[l].list]) {
        for (const f of cueForms(raw)) maxCueWord = Math.max(maxCueWord, cueKey(f).length);
      }
    }
  }
  return maxCueWord;
}

/** A number for a word, folded (case, ’): the scan hashes the word before each capital without copying it. */
export function hashFolded(text: string, start: number, end: number): number {
  let h = 7;
  for (let p = start; p < end; p++) h = (Math.imul(h, 31) + foldCode(text.charCodeAt(p))) | 0;
  return h;
}

function byHash(index: Map<string, string[]>): IntTable<string[]> {
  const m = new Map<number, string[]>();
  for (const [key, cues] of index) {
    const h = hashFolded(key, 0, key.length);
    m.set(h, [...(m.get(h) ?? []), ...cues]);
  }
  return new IntTable(m);
}
/** beforeIndex keyed by hashFolded of the last word; a hit is confirmed by endsWithCue. */
export const beforeByHash = perLanguage((lang) => byHash(beforeIndex(lang)));
/** listIndex keyed by hashFolded of the last word. */
export const listByHash = perLanguage((lang) => byHash(listIndex(lang)));

/** Does a sentence, a line or a quotation start at `i`? */
function sentenceStartsAt(text: string, i: number): boolean {
  let p = i - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\u00a0')) p--;
  return p < 0 || '.!?:;\n«“"('.includes(text[p] as string);
}

/** foldCode of the code units at or above 128, filled as met (0: not yet; no code unit folds to 0). */
const FOLDED = new Uint16Array(65536);

/** Lower-case one UTF-16 code unit the way the cue tables are written (’ as ', no-break space as space). */
function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  if (c === 0x2019) return 39;
  if (c === 0xa0 || c === 0x202f) return 32;
  // Lower-casing a one-character string is slow: each code unit is folded once, then read from a table.
  let f = FOLDED[c] as number;
  if (f === 0) {
    f = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    FOLDED[c] = f;
  }
  return f;
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
    if (p >= 0 && isLetterOrDigit(text.charCodeAt(p))) continue;
    // With strictCase, a capital at the cue's start is allowed only where a sentence starts.
    const first = text[p + 1] as string;
    if (strictCase && first !== first.toLowerCase() && !sentenceStartsAt(text, p + 1)) continue;
    return true;
  }
  return false;
}
