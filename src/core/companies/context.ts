/**
 * What the words around a name say: is its capital letter explained by the start of a sentence
 * or a title-case headline, is it part of a longer name, does a cue phrase, a legal suffix or a
 * ticker sit next to it. All look at a few characters around one place; none scans the text.
 */
import { CHAR_CLASS, LOWER, OTHER, SPACE, UPPER, isWordClass } from './chars';
import { CUES } from './data/cues';
import { beforeByHash, beforeIndex, endsWithCue, hashFolded } from './cue-index';
import { LEGAL_SUFFIXES } from './data/legal-suffixes';
import { NON_COMPANY_WORDS } from './data/non-companies';
import type { LineStarts } from './lines';
import type { Lang } from '../findings';

const cls = (text: string, i: number) => CHAR_CLASS[text.charCodeAt(i)] ?? OTHER;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Characters after which a capital letter starts a sentence (or a list item, a quote). */
const SENTENCE_END = new Set([...'.!?:;\n•|–—«“"„‹(['].map((c) => c.charCodeAt(0)));

/** Is the word at `start` the first of a sentence, a line, or a quotation? */
export function atSentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (cls(text, i) === SPACE || text[i] === '\u2018' || text[i] === "'")) i--;
  return i < 0 || SENTENCE_END.has(text.charCodeAt(i));
}

/**
 * Is the line holding `pos` a title-case headline ("Apple Shares Fall As Target Misses")? There
 * every word has a capital, so a capital is no evidence. Short lines only; cached per line.
 * `lines` (per text) finds the line's start without reading back to it.
 */
export function inTitleCaseLine(text: string, pos: number, cache: Map<number, boolean>, lines?: LineStarts): boolean {
  let a = pos;
  if (lines) {
    a = lines.of(pos);
    if (pos - a > 200) return false; // a headline is short
  } else {
    while (a > 0 && text.charCodeAt(a - 1) !== 10) {
      if (pos - a >= 200) return false;
      a--;
    }
  }
  const hit = cache.get(a);
  if (hit !== undefined) return hit;
  let b = pos;
  while (b < text.length && text[b] !== '\n' && b - a < 200) b++;
  // Words of four letters or more, and how many of them start with a capital.
  let words = 0;
  let caps = 0;
  for (let p = a; p < b; ) {
    const k = cls(text, p);
    if (k !== LOWER && k !== UPPER) {
      p++;
      continue;
    }
    let q = p + 1;
    while (q < b && (cls(text, q) === LOWER || cls(text, q) === UPPER)) q++;
    if (q - p >= 4) {
      words++;
      if (k === UPPER) caps++;
    }
    p = q;
  }
  const result = words >= 3 && caps / words >= 0.6 && b - a < 200;
  cache.set(a, result);
  return result;
}

/** The word right before `start` (one space between), or '' when there is none. */
export function wordBefore(text: string, start: number): { word: string; start: number } {
  let i = start - 1;
  if (i < 0 || cls(text, i) !== SPACE) return { word: '', start };
  i--;
  const e = i + 1;
  while (i >= 0 && isWordClass(cls(text, i))) i--;
  return { word: text.slice(i + 1, e), start: i + 1 };
}

/** The word right after `end` (one space between), or ''. */
export function wordAfter(text: string, end: number): string {
  let i = end;
  if (i >= text.length || cls(text, i) !== SPACE) return '';
  i++;
  const s = i;
  while (i < text.length && isWordClass(cls(text, i))) i++;
  return text.slice(s, i);
}

const isCapitalised = (w: string) => w.length > 0 && (CHAR_CLASS[w.charCodeAt(0)] ?? OTHER) === UPPER;

/** Is the word right after `end` (one space between) capitalised? As isCapitalised(wordAfter(…)), without making the word. */
function capitalisedAfter(text: string, end: number): boolean {
  return end + 1 < text.length && cls(text, end) === SPACE && cls(text, end + 1) === UPPER;
}

/** Is the word right before `start` (one space between) capitalised? As isCapitalised(wordBefore(…).word), without making the word. */
function capitalisedBefore(text: string, start: number): boolean {
  let i = start - 1;
  if (i < 0 || cls(text, i) !== SPACE) return false;
  while (i > 0 && isWordClass(cls(text, i - 1))) i--;
  return i < start - 1 && cls(text, i) === UPPER;
}

/**
 * Is the name at [start, end) part of a longer proper name ("Harrison Ford", "Orange County")?
 * German capitalises every noun, so there only the word after counts.
 */
export function inLongerName(text: string, start: number, end: number, lang: Lang): boolean {
  if (lang !== 'de' && capitalisedAfter(text, end)) {
    const after = wordAfter(text, end);
    if (!LEGAL_SUFFIX_WORDS.has(after) && !TITLES.has(after)) return true;
  }
  let before = wordBefore(text, start);
  // "Musée d'Orsay", "Ley de Concordia": a capitalised word, a connector, then the name.
  const apostrophe = text.charCodeAt(start - 1);
  const letter = text.charCodeAt(start - 2);
  const elided =
    start >= 2 && (apostrophe === 39 || apostrophe === 0x2019) && (letter === 100 || letter === 108 || letter === 68 || letter === 76); // [dlDL]['’]
  if (elided || NAME_CONNECTORS.has(before.word)) {
    const from = elided ? start - 2 : before.start;
    before = wordBefore(text, from);
    return isCapitalised(before.word) && !SENTENCE_WORDS.has(before.word) && !atSentenceStart(text, before.start);
  }
  return afterFirstName(text, start, lang);
}

/**
 * Does a capitalised word that reads as a first name stand right before the name ("Harrison
 * Ford", "Willi Müller")? Then this mention is a person's surname, and so, likely, are the
 * page's other bare mentions of it.
 */
export function afterFirstName(text: string, start: number, lang: Lang): boolean {
  if (!capitalisedBefore(text, start)) return false;
  const before = wordBefore(text, start);
  if (!isCapitalised(before.word) || SENTENCE_WORDS.has(before.word) || TITLES.has(before.word)) return false;
  if (lang === 'de') {
    // German capitalises nouns: "der Konzern Siemens" is not a longer name (a determiner before the
    // noun); "Willi Müller", "© Picture Alliance" are.
    if (GERMAN_DETERMINERS.has(before.word.toLowerCase())) return false;
    const article = wordBefore(text, before.start).word;
    return !GERMAN_DETERMINERS.has(article.toLowerCase());
  }
  return true;
}

const NAME_CONNECTORS = new Set(['de', 'of', 'di', 'du', 'del', 'des', 'da', 'do', 'von', 'van']);
const GERMAN_DETERMINERS = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'zur', 'zum', 'beim', 'vom',
  'im', 'am', 'von', 'bei', 'mit', 'für', 'gegen', 'über', 'unter', 'nach',
]);

/** Is the name alone on its line (a share button, a menu entry, a tag list)? */
export function aloneOnLine(text: string, start: number, end: number): boolean {
  const before = start === 0 || text[start - 1] === '\n';
  let e = end;
  while (e < text.length && text[e] === ' ') e++;
  return before && (e >= text.length || text[e] === '\n');
}

/** Job titles written after a firm's name ("Apple CEO Tim Cook"): not part of the name. */
const TITLES = new Set(['CEO', 'CFO', 'COO', 'CTO', 'Chairman', 'Chief', 'President', 'Founder', 'PDG', 'Chef', 'Chefin']);

/** Capitalised words that start clauses or sit before names without being part of them. */
const SENTENCE_WORDS = new Set([
  'The', 'A', 'An', 'And', 'But', 'At', 'In', 'On', 'For', 'From', 'With', 'By', 'As', 'If', 'When', 'While', 'After',
  'Yesterday', 'Today', 'Now', 'Then', 'Also', 'However', 'Meanwhile', 'Hier', 'Aujourd', 'Heute', 'Gestern', 'Ayer',
  'Hoy', 'Ieri', 'Oggi', 'Ontem', 'Hoje', 'Like', 'Unlike', 'Before', 'Since', 'Both', 'Neither', 'Comme', 'Wie',
  'Sur', 'Dans', 'Avec', 'Par', 'Auf', 'Mit', 'Von', 'Für', 'Con', 'Por', 'Para', 'Per', 'Su', 'Da', 'Di', 'Em', 'Do',
  'Le', 'La', 'Les', 'Chez', 'Selon', 'Pour', 'Et', 'Mais', 'En', 'Der', 'Die', 'Das', 'Bei', 'Laut', 'El', 'Los',
  'Las', 'Según', 'Il', 'Lo', 'Gli', 'Secondo', 'O', 'Os', 'As', 'Segundo', 'CEO', 'PDG', 'Chef',
]);

/** Is a word beside the name a public-body, school or index word ("Nobel Foundation")? */
export function besideNonCompanyWord(text: string, start: number, end: number): boolean {
  // Cheap tests first: most names stand beside lower-case words.
  if (capitalisedAfter(text, end) && NON_COMPANY_WORDS.has(wordAfter(text, end).toLowerCase())) return true;
  return capitalisedBefore(text, start) && NON_COMPANY_WORDS.has(wordBefore(text, start).word.toLowerCase());
}

/** Is the name followed by a short number, as an index is ("CAC 40", "Nikkei 225")? */
export function followedByIndexNumber(text: string, end: number): boolean {
  const d = text.charCodeAt(end + 1);
  if (d < 48 || d > 57) return false;
  const w = wordAfter(text, end);
  return w.length >= 2 && w.length <= 4 && /^\d+$/.test(w);
}

const LEGAL_SUFFIX_WORDS = new Set(LEGAL_SUFFIXES.map((s) => s.split('.')[0] as string));
/** A legal suffix right after a name: ", Inc.", " AG", " S.p.A.". Anchored; reads a few chars. */
const LEGAL_SUFFIX_AFTER = new RegExp(
  `^,? (?:${[...LEGAL_SUFFIXES].sort((a, b) => b.length - a.length).map((s) => escape(s).replace(/\\\./g, '\\.?')).join('|')})\\.?(?![\\p{L}\\p{N}])`,
  'u',
);

/** First code units of the legal suffixes. */
const LEGAL_SUFFIX_FIRST = new Set(LEGAL_SUFFIXES.map((s) => s.charCodeAt(0)));

/** Length of the legal suffix right after `end` (0 if none). */
export function legalSuffixAfter(text: string, end: number): number {
  // Cheap tests first: a suffix follows a space or a comma and a space, and starts with one of a few letters.
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 44) return 0;
  const first = text.charCodeAt(c === 44 ? end + 2 : end + 1);
  if (!LEGAL_SUFFIX_FIRST.has(first)) return 0;
  const m = LEGAL_SUFFIX_AFTER.exec(text.slice(end, end + 16));
  if (!m) return 0;
  // A two-letter suffix must not run into another name: "Texas AG Ken Paxton" is an attorney general.
  const core = m[0].replace(/^,? /, '').replace(/\.$/, '');
  if (core.length <= 2 && isCapitalised(wordAfter(text, end + m[0].length))) return 0;
  return m[0].length;
}

/** A ticker in brackets right after a name: "(Nasdaq: MSFT)", "(EPA: MC)", "(OTC: LVMHF)". */
const TICKER_AFTER =
  /^ ?\((?:NASDAQ|Nasdaq|NYSE|NYSE American|EPA|Euronext|Euronext Paris|LSE|LON|TSX|ETR|Xetra|XETRA|FWB|FRA|BIT|BME|B3|BVMF|Bovespa|TYO|TSE|OTC|OTCMKTS|SIX|SWX|ASX|HKEX|HKG|AMS|EBR|ELI|BMAD)\s?:\s?([A-Z0-9][A-Z0-9.]{0,7})\)/;

/** The ticker right after `end`, with the length of the bracket, or null. */
export function tickerAfter(text: string, end: number): { ticker: string; length: number } | null {
  if (text[end] !== '(' && text[end + 1] !== '(') return null;
  const m = TICKER_AFTER.exec(text.slice(end, end + 40));
  return m ? { ticker: m[1] as string, length: m[0].length } : null;
}

const fold = (s: string) => s.toLowerCase().replace(/\u2019/g, "'");

/** Does a cue phrase ("la société ", "der Konzern ", "le patron d'") end right before `start`? */
export function cueBefore(text: string, start: number, lang: Lang): boolean {
  // The word before: after one space, or after an apostrophe (elision: "d'Orange").
  const gap = text.charCodeAt(start - 1);
  const elided = gap === 39 || gap === 0x2019;
  if (!elided && cls(text, start - 1) !== SPACE) return false;
  let a = start - 1;
  while (a > 0 && (cls(text, a - 1) === LOWER || cls(text, a - 1) === UPPER)) a--;
  if (a === start - 1) return false;
  // Cheap test first: the word's folded hash, as the scan keys cue words (no string made). Words
  // with a letter whose lower case depends on its neighbours or takes two code units (Σ, İ) skip it.
  if (!beforeByHash(lang).has(hashFolded(text, a, start - 1))) {
    let plain = true;
    for (let p = a; p < start - 1 && plain; p++) plain = text.charCodeAt(p) !== 0x3a3 && text.charCodeAt(p) !== 0x130;
    if (plain) return false;
  }
  const cues = beforeIndex(lang).get(text.slice(a, start - 1).toLowerCase());
  return cues !== undefined && endsWithCue(text, start, cues);
}

const AFTER_CUES = new Map((Object.keys(CUES) as Lang[]).map((l) => [l, CUES[l].after.map(fold)]));
/** First characters of the after-cues: most names are followed by none of them. */
const AFTER_FIRST_CHARS = new Set([...AFTER_CUES.values()].flat().map((c) => c[0] as string));
/** AFTER_FIRST_CHARS by code unit of the text, before folding, filled as met: 1 yes, 2 no, 0 not known yet. */
const AFTER_FIRST_CODES = new Uint8Array(65536);

/** Can an after-cue start with this code unit? */
function mayStartAfterCue(code: number): boolean {
  let known = AFTER_FIRST_CODES[code] as number;
  if (known === 0) {
    known = AFTER_FIRST_CHARS.has(fold(String.fromCharCode(code))) ? 1 : 2;
    AFTER_FIRST_CODES[code] = known;
  }
  return known === 1;
}

/** Does a cue ("'s chief executive", "-Chef", "社長") start right after `end`? */
export function cueAfter(text: string, end: number, lang: Lang): boolean {
  const cues = AFTER_CUES.get(lang) as string[];
  if (end >= text.length || !mayStartAfterCue(text.charCodeAt(end))) return false;
  const after = fold(text.slice(end, end + 30));
  for (const c of cues) {
    if (after.startsWith(c)) {
      const k = after[c.length];
      if (k === undefined || !/[\p{L}\p{N}]/u.test(k) || lang === 'ja') return true;
    }
  }
  return false;
}

/** Any of the cues that confirm a firm: a phrase before or after, a legal suffix, a ticker. */
export function hasCue(text: string, start: number, end: number, lang: Lang): boolean {
  return cueBefore(text, start, lang) || cueAfter(text, end, lang) || legalSuffixAfter(text, end) > 0 || tickerAfter(text, end) !== null;
}


/** Share and follow buttons name networks ("Partager sur Facebook"): chrome, not the story. */
const SHARE_WORDS = [
  'share', 'partager', 'teilen', 'compartir', 'condividi', 'compartilhar', 'follow us', 'suivez-nous', 'folgen sie uns',
  'síguenos', 'seguici', 'siga-nos', 'become a fan', 'like us on', 'find us on', 'join us on', 'retrouvez-nous',
  'rejoignez-nous', 'besuchen sie uns', 'siganos', 'seguiteci',
];

const SHARE_RE = new RegExp(SHARE_WORDS.map(escape).join('|'));
/**
 * A quick test that holds wherever SHARE_RE holds on the lower-cased text, without lower-casing
 * (slow on text with typographic characters): the words in any case, and the two characters
 * whose lower case is an ASCII letter that a case-insensitive match does not see (İ, K).
 */
const MAYBE_SHARE_RE = new RegExp(`${SHARE_WORDS.map(escape).join('|')}|[\u0130\u212a]`, 'i');

/**
 * Is the name on a short share-or-follow line? `cache` (per text) keeps, by line start, whether
 * the line's first 40 characters could hold a share word at all: most cannot, and then no name
 * on the line needs the look. `lines` (per text) finds the line's start without reading back.
 */
export function onShareLine(text: string, start: number, cache?: Map<number, boolean>, lines?: LineStarts): boolean {
  let a = start;
  if (lines) {
    a = lines.of(start);
    if (start - a > 40) return false;
  } else while (a > 0 && text.charCodeAt(a - 1) !== 10) if (start - --a > 40) return false;
  if (cache) {
    let possible = cache.get(a);
    if (possible === undefined) {
      // A share word within the name's prefix of the line is within the line's first 40 characters.
      possible = text.charCodeAt(a) === 64 /* @ */ || MAYBE_SHARE_RE.test(text.slice(a, a + 40));
      cache.set(a, possible);
    }
    if (!possible) return false;
  }
  const line = text.slice(a, start).toLowerCase();
  // "@newsdesk on Twitter": a line that opens with a handle points to the site's own accounts.
  return line.startsWith('@') || SHARE_RE.test(line);
}

/** Opening and closing quotation marks, by code unit: “ « " „ ‘ and ” » " “ ’. */
const OPEN_QUOTE_CODES = new Set([0x201c, 0xab, 0x22, 0x201e, 0x2018]);
const CLOSE_QUOTE_CODES = new Set([0x201d, 0xbb, 0x22, 0x201c, 0x2019]);

/**
 * Is [start, end) inside a short quotation written in title case, the title of a book, film or
 * song ("A Paradise Built in Hell: The Extraordinary Communities …")? There capitals are no
 * evidence that a word is a firm. Reads at most 150 characters each way.
 */
export function inQuotedTitle(text: string, start: number, end: number): boolean {
  let a = start - 1;
  const aMin = Math.max(0, start - 150);
  for (; a >= aMin; a--) {
    const c = text.charCodeAt(a);
    if (OPEN_QUOTE_CODES.has(c)) break;
    if (c === 10 || CLOSE_QUOTE_CODES.has(c)) return false;
  }
  if (a < aMin) return false;
  let b = end;
  const bMax = Math.min(text.length, end + 150);
  for (; b < bMax; b++) {
    const c = text.charCodeAt(b);
    if (CLOSE_QUOTE_CODES.has(c)) break;
    if (c === 10) return false;
  }
  if (b >= bMax) return false;
  // Words of four letters or more besides the name itself, and how many start with a capital.
  let words = 0;
  let caps = 0;
  for (const m of `${text.slice(a + 1, start)} ${text.slice(end, b)}`.matchAll(/\p{L}{4,}/gu)) {
    words++;
    if (/^\p{Lu}/u.test(m[0])) caps++;
  }
  return words >= 2 && caps / words >= 0.6;
}
