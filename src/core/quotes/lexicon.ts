/**
 * The per-language word tables of ./data compiled once, at module load, into the sets the rules
 * look words up in.
 */
import type { Lang } from '../findings';
import type { NameWords } from '../names';
import { isWordCode } from '../names/chars';
import { QUOTE_DATA } from './data';

export interface Lexicon {
  lang: Lang;
  verbs: ReadonlySet<string>;
  /** Source phrases as word sequences ("according to" → ['according', 'to']). */
  sources: readonly (readonly string[])[];
  pronouns: ReadonlySet<string>;
  pronounSuffixes: readonly string[];
  names: NameWords;
  roles: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  coordinators: ReadonlySet<string>;
  introducers: ReadonlySet<string>;
  addressees: ReadonlySet<string>;
  companyRoles: ReadonlySet<string>;
  allegationVerbs: StemMatcher;
  allegationCues: StemMatcher;
  workNouns: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  /** All claim cue phrases in one pattern (global, case-insensitive), or undefined. */
  claimCues: RegExp | undefined;
}

const dotless = (s: string) => s.replace(/\.$/, '');

function compile(lang: Lang): Lexicon {
  const d = QUOTE_DATA[lang];
  return {
    lang,
    verbs: new Set(d.verbs),
    sources: d.sources.map((s) => s.split(' ')),
    pronouns: new Set(d.pronouns),
    pronounSuffixes: d.pronounSuffixes,
    names: {
      // a capitalised preposition opens a sentence ("Ad Adnkronos, X ha detto", "Selon…"): never the
      // first word of a name, unless names also hold it (De Gaulle, Da Silva)
      notNames: new Set([...d.notNames, ...d.prepositions.filter((p) => !d.particles.includes(p))]),
      particles: new Set(d.particles),
      // roles written with a capital (Ambasciatore, Executive Director) are not names either
      titles: new Set([...d.titles.map(dotless), ...d.roles, ...d.companyRoles]),
    },
    roles: new Set(d.roles),
    prepositions: new Set(d.prepositions),
    conjunctions: new Set(d.conjunctions),
    coordinators: new Set(d.coordinators),
    introducers: new Set(d.introducers),
    addressees: new Set(d.addressees),
    companyRoles: new Set(d.companyRoles),
    allegationVerbs: stemMatcher(d.allegationVerbs),
    allegationCues: stemMatcher(d.allegationCues),
    workNouns: new Set(d.workNouns),
    negations: new Set(d.negations),
    claimCues:
      d.claimCues.length > 0
        ? new RegExp(d.claimCues.map(escape).join('|'), 'gi')
        : undefined,
  };
}

/** Scripts written without spaces: a stem may start anywhere in a word. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** One compiled pattern for a list of stems: a single pass over a string instead of one per stem. */
export interface StemMatcher {
  /** Global pattern of the stems of spaced scripts (word start checked by hand: no lookbehind, which is slow). */
  spaced?: RegExp;
  /** Pattern of the stems of unspaced scripts (Japanese): a match anywhere counts. */
  unspaced?: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function stemMatcher(stems: readonly string[]): StemMatcher {
  const spaced = stems.filter((s) => !UNSPACED.test(s[0] ?? '')).map(escape);
  const unspaced = stems.filter((s) => UNSPACED.test(s[0] ?? '')).map(escape);
  return {
    ...(spaced.length > 0 ? { spaced: new RegExp(spaced.join('|'), 'g') } : {}),
    ...(unspaced.length > 0 ? { unspaced: new RegExp(unspaced.join('|')) } : {}),
  };
}

/** Matches of `re` (global) in `s` that start a word. */
export function* wordStartMatches(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index === 0 || !isWordCode(s.charCodeAt(m.index - 1))) yield m;
    re.lastIndex = m.index + 1;
  }
}

/** How many words before a stem a negation may stand, within its clause ("no ha actuado de forma ilegal"). */
const NEGATION_REACH = 6;

function isWordOrApostrophe(code: number): boolean {
  return isWordCode(code) || code === 39 || code === 0x2019;
}

/** Is one of the NEGATION_REACH words before `at` in `lower` a negation? Reads back by char codes, no split. */
function negatedAt(lower: string, at: number, negations: ReadonlySet<string>): boolean {
  if (negations.size === 0) return false;
  let i = at;
  for (let w = 0; w < NEGATION_REACH; w++) {
    while (i > 0 && !isWordOrApostrophe(lower.charCodeAt(i - 1))) {
      const c = lower.charCodeAt(i - 1);
      if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10 || c === 44 || c === 58) return false; // a sentence or clause ends
      i--;
    }
    const end = i;
    while (i > 0 && isWordOrApostrophe(lower.charCodeAt(i - 1))) i--;
    if (i === end) return false;
    const word = lower.slice(i, end);
    if (negations.has(word)) return true;
  }
  return false;
}

/**
 * True when a word of `lower` starts with one of the matcher's stems (stems may hold spaces), and,
 * given `negations`, no negation stands just before it ("did not steal", "n’a pas volé", "nicht
 * betrogen", "no robó"): a denied charge is no charge.
 */
export function hasStem(lower: string, stems: StemMatcher, negations?: ReadonlySet<string>): boolean {
  if (stems.unspaced?.test(lower)) return true;
  if (!stems.spaced) return false;
  for (const m of wordStartMatches(stems.spaced, lower)) {
    if (!negations || !negatedAt(lower, m.index, negations)) return true;
  }
  return false;
}

const LEXICONS = new Map<Lang, Lexicon>(
  (Object.keys(QUOTE_DATA) as Lang[]).map((lang) => [lang, compile(lang)]),
);

/** The compiled tables of `lang`. */
export function lexicon(lang: Lang): Lexicon {
  return LEXICONS.get(lang)!;
}
