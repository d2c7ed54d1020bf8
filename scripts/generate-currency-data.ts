/**
 * Generates src/core/money/data/currencies.generated.ts, the currency names, symbols, region
 * currencies and number symbols the money engine reads. Run: npx tsx scripts/generate-currency-data.ts
 *
 * Source: CLDR (`cldr-numbers-full` currencies.json and numbers.json of each locale of the seven
 * languages, regional locales included: es-PE writes "soles", fr-CA "dollars canadiens";
 * `cldr-core` supplemental currencyData.json for the currency each country uses today).
 * Kept: only the currencies that news pages name (KEEP, in priority order: when two currencies share
 * a word, "dollar" or "peso", the first one is the default and the page's region may override it),
 * lower-cased names in every plural form, each name's head noun ("dollars", "Franken", "ドル") and its
 * qualifier ("canadiens", "Schweizer"), so that "42 000 dollars US" and "Dollar" both resolve.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ja'] as const;
/** Currencies that news pages name, most likely first (the default reading of a shared word). */
const KEEP = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'INR', 'KRW',
  'RUB', 'TRY', 'ILS', 'VND', 'THB', 'BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'UYU', 'BOB', 'PYG',
  'VES', 'DOP', 'CUP', 'GTQ', 'SEK', 'NOK', 'DKK', 'ISK', 'PLN', 'CZK', 'HUF', 'RON', 'UAH', 'ZAR',
  'NGN', 'EGP', 'KES', 'MAD', 'TND', 'DZD', 'XOF', 'XAF', 'HTG', 'SAR', 'AED', 'QAR', 'IRR', 'PKR',
  'IDR', 'PHP', 'MYR', 'AOA', 'MZN', 'CVE',
];
const ROOT = join(import.meta.dirname, '..');
const MAIN = join(ROOT, 'node_modules/cldr-numbers-full/main');
const OUT = join(ROOT, 'src/core/money/data/currencies.generated.ts');

type Cldr = Record<string, Record<string, string>>;
const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8'));
const locales = readdirSync(MAIN);
const localesOf = (lang: string) => locales.filter((l) => l === lang || l.startsWith(`${lang}-`));
const rank = (iso: string) => KEEP.indexOf(iso);

/**
 * Symbols worth matching next to a number: not one letter ("R", "G", "Q" are initials and
 * abbreviations far more often than rand, gourde, quetzal), not invisible, not a common abbreviation, not ending in a full stop that a sentence may
 * own ("300 kr." is more often SEK or NOK at the end of a sentence than DKK).
 */
const AMBIGUOUS_SYMBOLS = new Set(['LT', 'DA', 'DT', 'Kz', 'Bs', 'Gs', 'Gs.', 'lei', 'Kr', 'L', 'Bs.S', 'MTn', 'kr.']);
const isUsableSymbol = (v: string) => v.trim().length >= 2 || /[^\p{L}\s\u200b]/u.test(v) ? !AMBIGUOUS_SYMBOLS.has(v) && !/\u200b/.test(v) : false;

/** Every currency a word or symbol may stand for ("$": USD, CAD, AUD …), in priority order. */
const sharedBy: Record<string, string[]> = {};
/** Adds `key → iso` unless a more likely currency already has it. */
function put(table: Record<string, string>, key: string, iso: string) {
  if (table !== names.ja) {
    const list = (sharedBy[key] ??= []);
    if (!list.includes(iso)) list.push(iso);
  }
  const old = table[key];
  if (old === undefined || rank(iso) < rank(old)) table[key] = iso;
}

/** Leading adjectives of some names ("nouveau dollar taïwanais"): not a currency's noun. */
const NOT_HEADS = new Set(['nouveau', 'nouveaux', 'nuevo', 'nuevos', 'nuovo', 'nuovi', 'novo', 'novos', 'new']);
// Words are split off names by spaces; German and English put the noun last, Romance languages first.
const HEAD_LAST = new Set(['en', 'de']);
const names: Record<string, Record<string, string>> = { ja: {} };
const heads: Record<string, Record<string, string>> = {};
const qualifiers: Record<string, Record<string, string>> = {};
const symbols: Record<string, string> = {};
for (const lang of LANGS) {
  const n: Record<string, string> = names[lang] ?? {};
  const h: Record<string, string> = {};
  const q: Record<string, string> = {};
  for (const loc of localesOf(lang)) {
    const cur: Cldr = readJson(join(MAIN, loc, 'currencies.json')).main[loc].numbers.currencies;
    for (const iso of KEEP) {
      const c = cur[iso];
      if (!c) continue;
      for (const [k, v] of Object.entries(c)) {
        if (k.startsWith('symbol')) {
          // Letters-only symbols equal to the code add nothing (codes are matched as such).
          if (v !== iso && !/^[A-Z]{3}$/.test(v) && isUsableSymbol(v)) put(symbols, v.replace('￥', '¥'), iso);
          continue;
        }
        if (!k.startsWith('displayName')) continue;
        const name = v.toLowerCase();
        // Japanese writes names without spaces: kept whole. Elsewhere head + qualifier cover them.
        if (lang === 'ja') {
          put(n, name, iso);
          continue;
        }
        const words = name.split(' ');
        // German compounds: "US-Dollar" is the dollar qualified by "US".
        const last = words[words.length - 1]!;
        if (HEAD_LAST.has(lang) && last.includes('-')) {
          const parts = last.split('-');
          put(h, parts[parts.length - 1]!, iso);
          put(q, [...words.slice(0, -1), parts.slice(0, -1).join('-')].join(' '), iso);
        }
        if (words.length === 1) {
          put(h, name, iso);
          continue;
        }
        const first = HEAD_LAST.has(lang) ? words[words.length - 1]! : words[0]!;
        if (NOT_HEADS.has(first)) continue;
        const head = HEAD_LAST.has(lang) ? words[words.length - 1]! : words[0]!;
        const rest = (HEAD_LAST.has(lang) ? words.slice(0, -1) : words.slice(1)).join(' ');
        put(h, head, iso);
        put(q, rest, iso);
      }
    }
  }
  // A qualifier shared by two currencies ("de hong kong") says nothing without its noun: keep the first.
  names[lang] = n;
  heads[lang] = h;
  qualifiers[lang] = q;
}

const shared: Record<string, string[]> = {};
for (const [k, list] of Object.entries(sharedBy)) if (list.length > 1) shared[k] = list.sort((a, b) => rank(a) - rank(b));

// Today's currency of each country (for a bare "$" or "peso" on a page of that country).
const regionData: Record<string, Record<string, { _from?: string; _to?: string; _tender?: string }>[]> =
  readJson(join(ROOT, 'node_modules/cldr-core/supplemental/currencyData.json')).supplemental.currencyData.region;
const regionCurrency: Record<string, string> = {};
for (const [region, list] of Object.entries(regionData)) {
  for (const entry of list) {
    const [iso, info] = Object.entries(entry)[0]!;
    if (!info._to && info._tender !== 'false' && KEEP.includes(iso) && iso !== 'USD' && iso !== 'EUR') regionCurrency[region] = iso;
  }
}

// Decimal and group symbols of each regional locale that differ from its language's.
const numberSymbols: Record<string, [string, string]> = {};
const symbolsOf = (loc: string): [string, string] => {
  const s = readJson(join(MAIN, loc, 'numbers.json')).main[loc].numbers['symbols-numberSystem-latn'];
  return [s.decimal, s.group];
};
for (const lang of LANGS) {
  const base = symbolsOf(lang);
  numberSymbols[lang] = base;
  for (const loc of localesOf(lang)) {
    const s = symbolsOf(loc);
    const region = loc.split('-').pop()!;
    if (loc !== lang && /^[A-Z]{2}$/.test(region) && (s[0] !== base[0] || s[1] !== base[1])) numberSymbols[`${lang}-${region}`] = s;
  }
}

const json = (x: unknown) => JSON.stringify(x);
const body = `// Generated by scripts/generate-currency-data.ts from CLDR (cldr-numbers-full, cldr-core). Do not edit.
/* eslint-disable */

/** Lower-cased Japanese currency names ("米ドル", "円") → ISO 4217. */
export const JA_CURRENCY_NAMES: Record<string, string> = ${json(names.ja)};

/** Head nouns of the names ("dollars", "franken") → the most likely currency using them. */
export const CURRENCY_HEADS: Record<string, Record<string, string>> = ${json(heads)};

/** What qualifies a head noun ("canadiens", "schweizer") → ISO 4217. */
export const CURRENCY_QUALIFIERS: Record<string, Record<string, string>> = ${json(qualifiers)};

/** Currency symbols of the seven languages' locales ("$", "R$", "CA$", "€") → ISO 4217 (most likely one). */
export const CURRENCY_SYMBOLS: Record<string, string> = ${json(symbols)};

/** Words and symbols that several currencies share, with all of them, most likely first; the page's region picks one. */
export const SHARED_BY: Record<string, string[]> = ${json(shared)};

/** Country (ISO 3166) → its currency, for countries whose currency is not USD or EUR. */
export const REGION_CURRENCY: Record<string, string> = ${json(regionCurrency)};

/** Decimal and group symbols: per language, and per "lang-REGION" where the region differs. */
export const NUMBER_SYMBOLS: Record<string, [decimal: string, group: string]> = ${json(numberSymbols)};
`;
/** The generated module's text (tests compare it with the file, so the file is never hand-edited). */
export const GENERATED_MODULE = body;
export const GENERATED_PATH = OUT;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  writeFileSync(OUT, body);
  console.log(`${OUT}: ${Buffer.byteLength(body)} bytes`);
}
