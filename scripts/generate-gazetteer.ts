/**
 * Generates src/core/companies/data/gazetteer.generated.ts, the list of firms the company engine
 * recognises by name. Run: npx tsx scripts/generate-gazetteer.ts
 *
 * Sources, and why:
 * - name-suggestion-index (NSI, `dist/json/nsi.json` + `dist/wikidata/wikidata.json`): brands and
 *   operators curated by OpenStreetMap editors, each with a Wikidata id and description and names
 *   in many languages. It is mostly shop, fuel and utility signs, so it is filtered hard: only the
 *   `brands` and `operators` trees (no transit lines, no flags); no public bodies, parties,
 *   unions, schools or churches (by category and by Wikidata description); only entities whose
 *   description says they are a firm (company, bank, airline, newspaper …); only entities present
 *   worldwide or in three countries or more, or, for a firm of one country, a country whose press
 *   we read and a description of a company, bank, carrier or publisher (municipal utilities,
 *   one-town chains and single-country shop chains are noise on news pages, often named with a
 *   word of their language, and every entry costs bytes in the content script); only names in
 *   Latin script, or in Japanese script for ja (Han-only names need a `:ja` key, else they are
 *   usually Chinese). NSI's generic words ("shop", "park") are dropped; a one-word name that is an
 *   English word (wink's lexicon), a false friend in another language, a country or a place label
 *   in the NSI Wikidata dump (Orange the city) is kept but marked as needing evidence.
 * - @cspell/dict-companies (`dict/companies.txt`): ~2,300 single tokens from company names,
 *   collected for spell-checking. Multi-word names are split into words there, so the list holds
 *   first names, cities and plain words ("Charles", "Ghent", "Railway"). Kept: tokens that do not
 *   look like a word (wink's English lexicon, a false-friend list for the other languages), are
 *   not a place label, not a short acronym with another meaning, and are not lower case. Titlecase
 *   tokens from this list are marked as needing a cue (it cannot tell a firm from a surname or a
 *   city: "Hamilton", "Rotterdam"); CamelCase, digits and all-caps of three letters or more are
 *   distinctive enough to stand alone.
 * - src/core/companies/data/aliases.ts: a reviewed table of renames, parents and well-known firms
 *   the two lists lack (news agencies, publishers, auditors, large listed groups …), each with its
 *   reason. It wins, and takes over the Wikidata id and spellings of the NSI entry it matches.
 * Also written: the English names of countries and first-level regions from the NSI Wikidata dump
 *   (PLACE_NAMES), which the rules that find unknown firms must not take for firms.
 *
 * Output: one line per firm, `name \t wikidata \t ticker \t variants`, variants joined by `|` (name
 * left empty when it is the first variant),
 * a leading `?` on a variant that needs evidence on the page (a word, a place), `!` on one that only
 * a cue, a legal suffix or a ticker can confirm (a bare surname from the spell-checker list, "X"),
 * `~` on a German noun (a cue is needed in German text only).
 * The engine files these lines under their first tokens in bounded pieces after load, and builds the
 * token trie below a first token when a text first needs it (src/core/companies/gazetteer.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { ALIAS_ROWS } from '../src/core/companies/data/aliases';
import { MEDIA_FIRST, MEDIA_LAST } from '../src/core/companies/data/cues';
import { isEnglishWord } from './gazetteer/english-words';
import {
  FALSE_FRIENDS,
  GERMAN_NOUNS,
  FIRM_DESCRIPTION,
  JAPANESE_NAME,
  JAPANESE_ONLY,
  LATIN_NAME,
  NOT_A_FIRM_TOKEN,
  NOT_FIRM_DESCRIPTION,
  PLACE_DESCRIPTION,
  SKIPPED_CATEGORY,
} from './gazetteer/filters';

/** Read an installed package's file (NSI's `exports` map hides its data files from require). */
const readJson = <T>(path: string): T => JSON.parse(readFileSync(`node_modules/${path}`, 'utf8')) as T;
const OUT = 'src/core/companies/data/gazetteer.generated.ts';
const LANG_SUFFIXES = ['', ':en', ':fr', ':de', ':es', ':it', ':pt', ':ja'];
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/**
 * Countries whose press writes in the supported languages (or is read by it): a firm present in
 * one of them only is kept; firms present in one other country only are dropped (a Slovak
 * savings bank rarely makes the news we read, and every entry costs bytes in the content script).
 */
/** A firm present in one country only is kept when it is one of these (not a local shop chain). */
const NATIONAL_FIRM_DESCRIPTION =
  /\b(compan(y|ies)|corporation|conglomerate|multinational|bank(ing)?|insurer|airline|automaker|carmaker|manufacturer|publisher|newspaper|news agency|broadcaster|media|telecommunications|enterprise|holding|group|energy|oil)\b/i;
const NEWS_COUNTRIES = new Set([
  'us', 'gb', 'ie', 'ca', 'au', 'nz', 'fr', 'fx', 'be', 'ch', 'lu', 'mc', 'de', 'at', 'es', 'mx', 'ar', 'co', 'cl',
  'pe', 'it', 'pt', 'br', 'jp', 'ht',
]);

interface NsiItem {
  displayName: string;
  locationSet?: { include?: (string | number[])[] };
  tags: Record<string, string>;
}
interface WikidataEntry {
  label?: string;
  description?: string;
}

interface Firm {
  name: string;
  wikidata?: string;
  ticker?: string;
  /** variant → needs evidence (true) or a cue, suffix or ticker (STRONG) */
  variants: Map<string, boolean | typeof STRONG | typeof GERMAN>;
  /** Higher wins when two firms claim the same variant. */
  rank: number;
}

const nsiPkg = readJson<{ version: string }>('name-suggestion-index/package.json');
const nsi = readJson<{ nsi: Record<string, { items: NsiItem[] }> }>('name-suggestion-index/dist/json/nsi.json').nsi;
const wikidata = readJson<{ wikidata: Record<string, WikidataEntry> }>('name-suggestion-index/dist/wikidata/wikidata.json').wikidata;
const genericWords = readJson<{ genericWords: string[] }>('name-suggestion-index/dist/json/genericWords.json').genericWords.map(
  (p) => new RegExp(p, 'i'),
);
const cspellPkg = readJson<{ version: string }>('@cspell/dict-companies/package.json');
const cspellWords = readFileSync('node_modules/@cspell/dict-companies/dict/companies.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

/** Labels of places in the NSI Wikidata dump: never a firm's name on their own. */
const placeLabels = new Set<string>();
for (const e of Object.values(wikidata)) {
  if (e.label && PLACE_DESCRIPTION.test(e.description ?? '') && !FIRM_DESCRIPTION.test(e.description ?? '')) {
    placeLabels.add(e.label.toLowerCase());
  }
}

/** Labels of universities, agencies and other bodies: never a firm's name on their own. */
const nonFirmLabels = new Set<string>();
for (const e of Object.values(wikidata)) {
  if (e.label && NOT_FIRM_DESCRIPTION.test(e.description ?? '') && !FIRM_DESCRIPTION.test(e.description ?? '')) {
    nonFirmLabels.add(e.label.toLowerCase());
  }
}

/**
 * Countries and first-level regions (English labels) in the NSI Wikidata dump: the rules that
 * find unknown firms ("spokesperson for X", lists) must not take them for firms.
 */
const COUNTRY_DESCRIPTION =
  /^(sovereign state|country|island country|constituent country|state of the United States|province of Canada|state of Germany|autonomous community)\b|^(country|sovereign state) in /i;
const countryNames = [
  ...new Set(Object.values(wikidata).filter((e) => e.label && COUNTRY_DESCRIPTION.test(e.description ?? '')).map((e) => e.label as string)),
].sort();

const countrySet = new Set(countryNames.map((c) => c.toLowerCase()));

const isSingleToken = (v: string) => !/[\s]/.test(v);
const isWordLike = (v: string) =>
  isSingleToken(v) && /^\p{Lu}?[\p{Ll}'’-]+$/u.test(v) && (isEnglishWord(v) || FALSE_FRIENDS.has(v.toLowerCase()));

/**
 * Does a name need evidence on the page before it counts as a firm? STRONG when its capital
 * letter proves nothing: a place (always capitalised), a German noun, two letters; true when it
 * is also a word (a capital mid-sentence then says "name"), or a short acronym.
 */
function needsEvidence(v: string): boolean | typeof STRONG | typeof GERMAN {
  const lower = v.toLowerCase();
  if (v.length <= 2 || placeLabels.has(lower) || nonFirmLabels.has(lower) || countrySet.has(lower)) return STRONG;
  if (GERMAN_NOUNS.has(lower)) return GERMAN;
  if (FALSE_FRIENDS.has(lower)) return true;
  if (isSingleToken(v)) {
    if (isWordLike(v)) return true;
    if (/^[\p{Lu}\d]{3}$/u.test(v)) return true;
  }
  return false;
}

/**
 * The head words of media names ("Times", "Post", "News") are newspapers on a news page, never
 * the shop or parking brand a dataset also calls so (NSI lists "Times" for Park24's car parks).
 */
const MEDIA_WORDS = new Set([...MEDIA_LAST, ...MEDIA_FIRST].map((w) => w.toLowerCase()));

function acceptableVariant(v: string): boolean {
  if (v.length < 2 || v.length > 60) return false;
  if (MEDIA_WORDS.has(v.toLowerCase())) return false;
  if (/^\d+$/.test(v)) return false;
  if (genericWords.some((re) => re.test(v))) return false;
  if (NOT_A_FIRM_TOKEN.has(v)) return false;
  if (JAPANESE_NAME.test(v)) return JAPANESE_ONLY.test(v);
  if (!LATIN_NAME.test(v)) return false;
  if (!/^[\p{Lu}\p{N}]|^\p{Ll}+\p{Lu}/u.test(v)) return false; // names start with a capital (or eBay)
  return true;
}

/** A name that only a cue, a legal suffix or a ticker can confirm (a bare surname, "X"). */
const STRONG = 'strong' as const;
/** A German noun: a firm's name elsewhere, but in German text only a cue can confirm it ("Allianz"). */
const GERMAN = 'german' as const;

const firms = new Map<string, Firm>(); // key: wikidata id or name
/** A label compared without case, dots, commas or a trailing legal form ("Apple Inc." = "apple"). */
const labelKey = (s: string) =>
  s.toLowerCase().replace(/[.,]/g, '').replace(/\s+(inc|corp|corporation|ltd|plc|sa|ag|se|nv|group|co|company)$/, '').trim();
const labelToQid = new Map<string, string>();

// 1. NSI brands and operators.
for (const [path, { items }] of Object.entries(nsi)) {
  const tree = path.split('/')[0];
  if (tree !== 'brands' && tree !== 'operators') continue;
  if (SKIPPED_CATEGORY.test(path)) continue;
  for (const item of items) {
    const tags = item.tags;
    const qid = tags['brand:wikidata'] ?? tags['operator:wikidata'];
    if (!qid) continue;
    const wd = wikidata[qid];
    const desc = wd?.description ?? '';
    if (!wd?.label || !FIRM_DESCRIPTION.test(desc) || NOT_FIRM_DESCRIPTION.test(desc)) continue;
    const include = item.locationSet?.include ?? [];
    // Only entities present in a whole country or worldwide: codes like "fr", "001", not "us-ny.geojson".
    const codes = include.filter((l): l is string => typeof l === 'string').map((l) => l.toLowerCase());
    const worldwide = codes.includes('001') || codes.filter((l) => /^[a-z]{2}$/.test(l)).length >= 3;
    if (!worldwide && !(codes.some((l) => NEWS_COUNTRIES.has(l)) && NATIONAL_FIRM_DESCRIPTION.test(desc))) continue;
    let firm = firms.get(qid);
    if (!firm) {
      firm = { name: wd.label, wikidata: qid, variants: new Map(), rank: 1 };
      firms.set(qid, firm);
      labelToQid.set(labelKey(wd.label), qid);
    }
    if (worldwide) firm.rank = 2;
    const names: [string, string][] = [[wd.label, '']];
    for (const base of ['brand', 'operator', 'name']) {
      for (const suffix of LANG_SUFFIXES) {
        const v = tags[base + suffix];
        if (v) names.push([v, suffix]);
      }
    }
    for (const [v, suffix] of names) {
      // Han-only names without a :ja key are usually Chinese; kana makes them Japanese.
      if (JAPANESE_NAME.test(v) && suffix !== ':ja' && !KANA.test(v)) continue;
      if (acceptableVariant(v)) firm.variants.set(v, needsEvidence(v));
    }
  }
}
for (const [key, firm] of firms) if (!firm.variants.has(firm.name) && firm.variants.size === 0) firms.delete(key);

// 2. cspell single tokens not already covered.
const covered = new Set<string>();
for (const f of firms.values()) for (const v of f.variants.keys()) covered.add(v.toLowerCase());
let cspellKept = 0;
for (const w of cspellWords) {
  if (covered.has(w.toLowerCase())) continue;
  if (!acceptableVariant(w) || placeLabels.has(w.toLowerCase()) || nonFirmLabels.has(w.toLowerCase())) continue;
  if (isWordLike(w)) continue; // "Railway", "Income": fragments of longer names
  const allCaps = /^[\p{Lu}\p{N}&-]+$/u.test(w);
  if (allCaps && w.length < 3) continue;
  const distinctive = allCaps || /\p{Ll}\p{Lu}/u.test(w) || /\d/.test(w) || /[&-]/.test(w);
  firms.set(`cspell:${w}`, { name: w, variants: new Map([[w, distinctive ? false : STRONG]]), rank: 0 });
  cspellKept++;
}

// 3. The reviewed alias table wins over both.
for (const row of ALIAS_ROWS) {
  const names = [row.name, ...(row.aliases ?? [])];
  const qid = names.map((n) => labelToQid.get(labelKey(n))).find(Boolean);
  const variants = new Map<string, boolean | typeof STRONG | typeof GERMAN>();
  // The dataset's spellings of the same firm stay matchable under the reviewed name.
  const taken = qid ? firms.get(qid) : undefined;
  if (taken) for (const [v, need] of taken.variants) if (!names.includes(v)) variants.set(v, need);
  for (const v of names) {
    const lower = v.toLowerCase();
    const need = v.length <= 2 ? STRONG : GERMAN_NOUNS.has(lower) ? GERMAN : (row.ambiguous ?? []).includes(v);
    variants.set(v, need);
  }
  if (qid) firms.delete(qid);
  firms.set(`alias:${row.name}`, { name: row.name, wikidata: qid, ticker: row.ticker, variants, rank: 9 });
}

// 4. One owner per variant: the highest rank, then the firm whose name it is.
const owner = new Map<string, Firm>();
for (const f of firms.values()) {
  for (const v of f.variants.keys()) {
    const key = v.toLowerCase();
    const prev = owner.get(key);
    if (!prev || f.rank > prev.rank || (f.rank === prev.rank && f.name === v && prev.name !== v)) owner.set(key, f);
  }
}

const lines: string[] = [];
for (const f of firms.values()) {
  const vs = [...f.variants].filter(([v]) => owner.get(v.toLowerCase()) === f);
  if (vs.length === 0) continue;
  // The canonical name goes first and is written once: as the name unless it is also a variant.
  vs.sort(([a], [b]) => Number(b === f.name) - Number(a === f.name));
  const mark = (need: boolean | typeof STRONG | typeof GERMAN) => (need === STRONG ? '!' : need === GERMAN ? '~' : need ? '?' : '');
  const field = vs.map(([v, need]) => mark(need) + v).join('|');
  const name = vs[0]?.[0] === f.name ? '' : f.name;
  lines.push([name, f.wikidata ?? '', f.ticker ?? '', field].join('\t'));
}
lines.sort((a, b) => (a.split('\t')[3] ?? '').localeCompare(b.split('\t')[3] ?? ''));

const body = lines.join('\n');
const header = `/**
 * GENERATED by scripts/generate-gazetteer.ts — do not edit; edit the script or data/aliases.ts and rerun
 * \`npx tsx scripts/generate-gazetteer.ts\`.
 * Sources: name-suggestion-index ${nsiPkg.version}, @cspell/dict-companies ${cspellPkg.version}, data/aliases.ts.
 * One firm per line: name \\t wikidata \\t ticker \\t variants ("|"-joined; "?" = needs evidence, "!" = needs a cue, "~" = needs a cue in German;
 * an empty name means the first variant).
 */
`;
const src = `${header}export const GAZETTEER_SOURCES = ${JSON.stringify(`name-suggestion-index ${nsiPkg.version}, @cspell/dict-companies ${cspellPkg.version}, aliases`)};

export const GAZETTEER_LINES = ${JSON.stringify(body)};

/** Countries and regions: never a firm found by a rule. "|"-joined. */
export const PLACE_NAMES = ${JSON.stringify(countryNames.join('|'))};
`;
// The module states its own size (for the benchmark): fill in the byte count, which has as many
// digits once written as when counted with a placeholder of the same width.
const sized = (n: number) => `${src}\n/** Size of this file in bytes (UTF-8). */\nexport const GAZETTEER_FILE_BYTES = ${String(n).padStart(8, ' ')};\n`;
const bytes = Buffer.byteLength(sized(0));
writeFileSync(OUT, sized(bytes));
console.log(
  `${OUT}: ${lines.length} firms (${cspellKept} from cspell, ${ALIAS_ROWS.length} alias rows), ${bytes} bytes`,
);
