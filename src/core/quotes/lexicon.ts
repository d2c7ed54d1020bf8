/**
 * The per-language word tables of ./data compiled once, at module load, into the sets the rules
 * look words up in.
 */
import type { Lang } from '../findings';
import type { NameWords } from '../names';
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
  addressees: ReadonlySet<string>;
  companyRoles: ReadonlySet<string>;
  allegationVerbs: readonly string[];
  allegationCues: readonly string[];
  workNouns: ReadonlySet<string>;
  claimCues: readonly string[];
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
      titles: new Set(d.titles.map(dotless)),
    },
    roles: new Set(d.roles),
    prepositions: new Set(d.prepositions),
    conjunctions: new Set(d.conjunctions),
    addressees: new Set(d.addressees),
    companyRoles: new Set(d.companyRoles),
    allegationVerbs: d.allegationVerbs,
    allegationCues: d.allegationCues,
    workNouns: new Set(d.workNouns),
    claimCues: d.claimCues,
  };
}

const LEXICONS = new Map<Lang, Lexicon>(
  (Object.keys(QUOTE_DATA) as Lang[]).map((lang) => [lang, compile(lang)]),
);

/** The compiled tables of `lang`. */
export function lexicon(lang: Lang): Lexicon {
  return LEXICONS.get(lang)!;
}

/** True when a word of `lower` starts with one of `stems` (stems may hold spaces). */
export function hasStem(lower: string, stems: readonly string[]): boolean {
  for (const stem of stems) {
    for (let i = lower.indexOf(stem); i >= 0; i = lower.indexOf(stem, i + 1)) {
      if (i === 0 || !/[\p{L}\p{N}]/u.test(lower[i - 1]!)) return true;
    }
  }
  return false;
}
