/**
 * The tables of ./data compiled once, at module load, into the lookups the scanner uses: symbols by
 * their first and last character, per-language maps of magnitude words, currency heads and
 * qualifiers, and phrase lists sorted longest first.
 */
import type { Lang, Period } from '../findings';
import {
  CURRENCY_HEADS,
  CURRENCY_QUALIFIERS,
  CURRENCY_SYMBOLS,
  JA_CURRENCY_NAMES,
  NUMBER_SYMBOLS,
  REGION_CURRENCY,
  SHARED_BY,
} from './data/currencies.generated';
import { EXTRA_CODES, EXTRA_SYMBOLS } from './data/extras';
import { MONEY_LANGUAGES, type Magnitude, type MoneyLanguage } from './data/languages';
import type { NumberFormat } from './number';
import { isLetter } from './chars';

export const SYMBOLS: Record<string, string> = { ...CURRENCY_SYMBOLS, ...EXTRA_SYMBOLS };

/** Every ISO code some table names: these are matched as codes ("USD 5", "5 EUR"). */
export const CODES = new Set<string>([
  ...Object.values(SYMBOLS),
  ...Object.values(CURRENCY_HEADS).flatMap((t) => Object.values(t)),
  ...EXTRA_CODES,
]);

function indexBy(keys: string[], at: (k: string) => number): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const k of [...keys].sort((a, b) => b.length - a.length)) {
    const c = at(k);
    m.set(c, [...(m.get(c) ?? []), k]);
  }
  return m;
}
/** Symbols by last character (to look back from a number), longest first. */
export const SYMBOLS_BY_LAST = indexBy(Object.keys(SYMBOLS), (k) => k.charCodeAt(k.length - 1));
/** Symbols by first character (to look on from a number), longest first. */
export const SYMBOLS_BY_FIRST = indexBy(Object.keys(SYMBOLS), (k) => k.charCodeAt(0));

export interface CompiledLanguage {
  data: MoneyLanguage;
  words: Map<string, Magnitude>;
  abbrevs: Map<string, Magnitude>;
  heads: Map<string, string>;
  qualifiers: Map<string, string>;
  /** The first two letters of magnitude words and abbreviations ("mi", "Md", "k"). */
  magnitudeStarts: Set<number>;
  /** The first two letters (see `startKey`) of every name, unit and qualifier: a test before slicing a word. */
  nameStarts: Set<number>;
  /** First words of qualifiers: a cheap test before reading more words. */
  qualifierStarts: Set<string>;
  /** Rate phrases after an amount, by first character. */
  periodsByFirst: Map<string, [string, string][]>;
  /** Rate words before an amount (Japanese). */
  periodsBefore: [string, Period][];
  /** Hedges before an amount, by last character. */
  approxByLast: Map<string, string[]>;
  /** Longest qualifier, in words. */
  qualifierWords: number;
  needsQualifier: Set<string>;
  minorUnits: Map<string, string>;
  approxBefore: string[];
  periods: [string, string][];
  /** Japanese: currency names that follow a number without a space, by first character. */
  glued: Map<number, string[]>;
  gluedIso: Map<string, string>;
  /** Finds magnitude words (number words are then looked for just before them). */
  magnitudeWords: RegExp | undefined;
}

/** Lower case of a Latin-1 letter's code (enough for a first-letters test). */
const lower = (c: number) => ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde) ? c + 32 : c);
/** A number for the first two characters of the word at `i`, lower-cased (the second only if it is a letter). */
export function startKey(s: string, i: number): number {
  const c1 = s.charCodeAt(i + 1);
  return lower(s.charCodeAt(i)) * 0x10000 + (isLetter(c1) ? lower(c1) : 0);
}

function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
  return m;
}

function compile(lang: Lang): CompiledLanguage {
  const data = MONEY_LANGUAGES[lang];
  const words = new Map<string, Magnitude>();
  const abbrevs = new Map<string, Magnitude>();
  for (const [k, m] of Object.entries(data.magnitudes)) (m.abbrev ? abbrevs : words).set(m.abbrev ? k : k.toLowerCase(), m);
  const heads = new Map(Object.entries({ ...(CURRENCY_HEADS[lang] ?? {}), ...data.heads }));
  const qualifiers = new Map(Object.entries({ ...(CURRENCY_QUALIFIERS[lang] ?? {}), ...data.qualifiers }));
  const gluedIso = new Map<string, string>();
  if (lang === 'ja') {
    for (const [name, iso] of Object.entries(JA_CURRENCY_NAMES)) {
      gluedIso.set(name, iso);
      gluedIso.set(name.replace(/ /g, ''), iso);
    }
    for (const [h, iso] of Object.entries(data.heads)) {
      gluedIso.set(h, iso);
      for (const [q, qiso] of Object.entries(data.qualifiers)) if (h === 'ドル') gluedIso.set(q + h, qiso);
    }
  }
  const sortLong = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length);
  const mags = sortLong(Object.keys(data.magnitudes).filter((k) => !data.magnitudes[k]!.abbrev));
  const nw = Object.keys(data.numberWords);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    data,
    words,
    abbrevs,
    heads,
    qualifiers,
    magnitudeStarts: new Set(Object.keys(data.magnitudes).map((w) => startKey(w, 0))),
    nameStarts: new Set(
      [...heads.keys(), ...Object.keys(data.minorUnits), ...[...qualifiers.keys()]].map((w) => startKey(w, 0)),
    ),
    qualifierStarts: new Set([...qualifiers.keys()].map((q) => q.split(' ')[0]!)),
    periodsByFirst: groupBy(sortLong(Object.keys(data.periods)).map((p): [string, string] => [p, data.periods[p]!]), (e) => e[0][0]!),
    periodsBefore: Object.entries(data.periodsBefore ?? {}),
    approxByLast: groupBy(sortLong(data.approxBefore), (p) => p[p.length - 1]!),
    qualifierWords: Math.max(1, ...[...qualifiers.keys()].map((q) => q.split(' ').length)),
    needsQualifier: new Set(data.needsQualifier),
    minorUnits: new Map(Object.entries(data.minorUnits)),
    approxBefore: sortLong(data.approxBefore),
    periods: sortLong(Object.keys(data.periods)).map((p) => [p, data.periods[p]!]),
    glued: indexBy([...gluedIso.keys()], (k) => k.charCodeAt(0)),
    gluedIso,
    // Linear: a literal alternation of magnitude words, no quantifier (boundaries checked by the caller).
    magnitudeWords: nw.length ? new RegExp(mags.map(esc).join('|'), 'gi') : undefined,
  };
}

const compiled = new Map<Lang, CompiledLanguage>();
/** The compiled tables of a language (built on first use, then kept). */
export function languageTables(lang: Lang): CompiledLanguage {
  let c = compiled.get(lang);
  if (!c) compiled.set(lang, (c = compile(lang)));
  return c;
}

/** How numbers are written on this page: the language's CLDR symbols, or its region's ("es-PE": 1,400.50). */
export function numberFormat(lang: Lang, region: string | undefined): NumberFormat {
  const [decimal, group] = (region && NUMBER_SYMBOLS[`${lang}-${region}`]) || NUMBER_SYMBOLS[lang] || ['.', ','];
  return { decimal, group, spaceGroups: lang !== 'en' && lang !== 'ja' };
}

/**
 * The currency a shared word or symbol stands for on a page of `region`: the region's own when it
 * is one of them ("$" in Canada), else the most likely one.
 */
export function resolveShared(key: string, iso: string, region: string | undefined): string {
  const list = SHARED_BY[key];
  const local = region ? REGION_CURRENCY[region] : undefined;
  return list && local && list.includes(local) ? local : iso;
}

export { SHARED_BY };
