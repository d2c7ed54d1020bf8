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
  addressees: ReadonlySet<string>;
  companyRoles: ReadonlySet<string>;
  allegationVerbs: StemMatcher;
  allegationCues: StemMatcher;
  workNouns: ReadonlySet<string>;
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
      notNames: new Set(d.notNames),
      particles: new Set(d.particles),
      // roles written with a capital (Ambasciatore, Executive Director) are not names either
      titles: new Set([...d.titles.map(dotless), ...d.roles, ...d.companyRoles]),
    },
    roles: new Set(d.roles),
    prepositions: new Set(d.prepositions),
    conjunctions: new Set(d.conjunctions),
    coordinators: new Set(d.coordinators),
    addressees: new Set(d.addressees),
    companyRoles: new Set(d.companyRoles),
    allegationVerbs: stemMatcher(d.allegationVerbs),
    allegationCues: stemMatcher(d.allegationCues),
    workNouns: new Set(d.workNouns),
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

/** True when a word of `lower` starts with one of the matcher's stems (stems may hold spaces). */
export function hasStem(lower: string, stems: StemMatcher): boolean {
  if (stems.unspaced?.test(lower)) return true;
  if (!stems.spaced) return false;
  for (const _ of wordStartMatches(stems.spaced, lower)) return true;
  return false;
}

const LEXICONS = new Map<Lang, Lexicon>(
  (Object.keys(QUOTE_DATA) as Lang[]).map((lang) => [lang, compile(lang)]),
);

/** The compiled tables of `lang`. */
export function lexicon(lang: Lang): Lexicon {
  return LEXICONS.get(lang)!;
}
