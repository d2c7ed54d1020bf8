/**
 * Firms no list knows, found by what surrounds them: a legal suffix ("Dinassa SA"), a cue phrase
 * ("la société Kimazou", "Acme's chief executive", "Siemens-Chef"), a ticker ("(Nasdaq: MSFT)"),
 * a Japanese legal form (株式会社…). The scan (./scan.ts) finds the anchors; the functions here
 * read the capitalised words next to them.
 */
import { CHAR_CLASS, OTHER, SPACE, UPPER, isWordClass } from './chars';
import { legalSuffixAfter, atSentenceStart } from './context';
import { CUES, NAME_HEAD_BLOCKERS, NAME_HEADS_FIRST, NAME_HEADS_LAST } from './data/cues';
import { JA_LEGAL_FORMS, LEGAL_SUFFIXES } from './data/legal-suffixes';
import { NON_COMPANY_WORDS } from './data/non-companies';
import { PLACE_NAMES } from './data/gazetteer.generated';

/** A firm found by a rule: the name's span, the span to highlight, and a ticker if one was given. */
export interface RuleCandidate {
  start: number;
  /** End of the name itself. */
  end: number;
  /** End of the highlighted text (the name plus its legal suffix). */
  textEnd: number;
  ticker?: string;
  /** Found by a head word only ("Acme Company"): a title-case headline explains its capitals. */
  weak?: true;
}

const cls = (text: string, i: number) => CHAR_CLASS[text.charCodeAt(i)] ?? OTHER;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Small words allowed inside a name ("Procter & Gamble", "Banco de Chile", "Bank of America").
 * Conjunctions (and, et, y, und) are not: they separate the items of a list.
 */
const CONNECTORS = new Set(['&', 'of', 'de', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'von', 'van', 'der', 'la', 'le']);
/** Capitalised words that open sentences, not names. */
const OPENERS = new Set([
  'The', 'A', 'An', 'This', 'That', 'In', 'On', 'At', 'For', 'But', 'And', 'When', 'While', 'After', 'Le', 'La', 'Les',
  'Un', 'Une', 'Der', 'Die', 'Das', 'Ein', 'Eine', 'El', 'Los', 'Las', 'Il', 'Lo', 'Gli', 'O', 'Os', 'As', 'Em', 'En',
  'Selon', 'Chez', 'Laut', 'Según', 'Secondo', 'Segundo', 'Since', 'Depuis', 'Seit', 'Desde', 'Dal',
]);
const MAX_WORDS = 5;
const PLACES = new Set(PLACE_NAMES.split('|'));

/** Does the word at s start with a capital (or a digit inside a name like "3M"; a bare year is no name)? */
const isCap = (text: string, s: number) => {
  const k = cls(text, s);
  if (k === UPPER) return true;
  if (k !== 3) return false;
  let i = s;
  while (i < text.length && cls(text, i) === 3) i++;
  return i < text.length && isWordClass(cls(text, i));
};

/** Start of the capitalised name that ends at `end` (reading back), or -1. */
export function nameEndingAt(text: string, end: number): number {
  let start = -1;
  let i = end;
  let words = 0;
  while (words < MAX_WORDS && i > 0) {
    let j = i;
    while (j > 0 && (isWordClass(cls(text, j - 1)) || text[j - 1] === '-' || text[j - 1] === '&' || text[j - 1] === '.')) j--;
    if (j === i) break;
    const w = text.slice(j, i);
    if (isCap(text, j)) {
      start = j;
      words++;
      if (atSentenceStart(text, j)) break;
    } else if (!CONNECTORS.has(w)) break;
    // One space between words.
    if (j - 1 < 0 || cls(text, j - 1) !== SPACE) break;
    i = j - 1;
  }
  if (start < 0) return -1;
  return trimOpeners(text, start, end);
}

/** End of the capitalised name that starts at `start` (reading on), or -1. */
export function nameStartingAt(text: string, start: number): number {
  let end = -1;
  let i = start;
  let words = 0;
  while (words < MAX_WORDS && i < text.length) {
    let j = i;
    while (j < text.length && (isWordClass(cls(text, j)) || text[j] === '-' || text[j] === '&')) j++;
    if (j === i) break;
    const w = text.slice(i, j);
    if (words > 0 && SUFFIX_FIRST.has(w)) break; // "Zorblax Corp": the name ends before its suffix
    if (isCap(text, i)) {
      end = j;
      words++;
    } else if (!CONNECTORS.has(w) || words === 0) break;
    if (j >= text.length || cls(text, j) !== SPACE) break;
    i = j + 1;
  }
  return end;
}

function trimOpeners(text: string, start: number, end: number): number {
  let s = start;
  for (;;) {
    const m = /^(\S+) /.exec(text.slice(s, end));
    if (!m || !(OPENERS.has(m[1] as string) || CONNECTORS.has(m[1] as string))) break;
    s += m[0].length;
  }
  // "Shares of Zorblax Corp.": a plural noun opening the sentence, then "of", is not the name.
  const lead = /^(\p{Lu}\p{Ll}+s) (?:of|de|di|von|du|des|do|da) (?=\p{Lu})/u.exec(text.slice(s, end));
  if (lead && atSentenceStart(text, s)) s += lead[0].length;
  return s;
}

/** Is a word one that opens sentences rather than names ("The", "Die", "Selon")? */
export function isOpener(word: string): boolean {
  return OPENERS.has(word);
}

/** "Union" names a body when it ends the name ("European Union"), not before a firm's head ("Union Investment"). */
const UNION_WORDS = new Set(['union', 'unión', 'unione', 'união']);

/** plausibleName's answers by name: the scan asks about the same few names again and again. Bounded. */
const PLAUSIBLE = new Map<string, boolean>();

/** Is the span a plausible firm name: capitalised, not a public body, not a lone opener? */
export function plausibleName(name: string): boolean {
  let known = PLAUSIBLE.get(name);
  if (known === undefined) {
    if (PLAUSIBLE.size > 20_000) PLAUSIBLE.clear();
    known = judgeName(name);
    PLAUSIBLE.set(name, known);
  }
  return known;
}

function judgeName(name: string): boolean {
  if (name.length < 2 || name.length > 60) return false;
  if (PLACES.has(name) || name.endsWith('&')) return false;
  const words = name.split(/[\s-]+/);
  const headed = NAME_HEADS_LAST.has(words[words.length - 1] as string);
  const blocks = (w: string) => NON_COMPANY_WORDS.has(w) && !(headed && UNION_WORDS.has(w));
  if (words.some((w) => blocks(w.toLowerCase()))) return false;
  if (words.length === 1 && OPENERS.has(name)) return false;
  return /\p{Lu}/u.test(name);
}

/**
 * The name a head word at [i, j) belongs to: the capitalised words before a last head ("Union
 * Investment"), or after a first head ("Grupo Prisa", "Banco de Chile"); null when there are
 * none, when the name is made of openers, or when a word says it is no firm ("Working Group",
 * "Banco Mundial").
 */
export function headedName(text: string, i: number, j: number, first: boolean): { start: number; end: number } | null {
  let start: number;
  let end: number;
  if (first) {
    if (text.charCodeAt(j) !== 32) return null;
    start = i;
    end = nameStartingAt(text, i);
    if (end <= j) return null;
  } else {
    if (i < 2 || text.charCodeAt(i - 1) !== 32) return null;
    start = nameEndingAt(text, j);
    end = j;
    if (start < 0 || start >= i) return null;
  }
  const words = text.slice(start, end).split(/[\s-]+/);
  if (words.some((w) => NAME_HEAD_BLOCKERS.has(w.toLowerCase()))) return null;
  // "Grupo Grupo", "Company Company": a head alone is not a name.
  if (words.every((w) => NAME_HEADS_LAST.has(w) || NAME_HEADS_FIRST.has(w) || CONNECTORS.has(w))) return null;
  return { start, end };
}

/** First tokens of the legal suffixes ("S" of "S.p.A."), to spot a suffix candidate cheaply. */
export const SUFFIX_FIRST = new Set(LEGAL_SUFFIXES.map((x) => x.split(/[ .]/)[0] as string));
/** A ticker bracket, read at a "(": "(Nasdaq: MSFT)", "(EPA: MC)". */
const TICKER_AT =
  /\((?:NASDAQ|Nasdaq|NYSE|EPA|Euronext|LSE|LON|TSX|ETR|Xetra|XETRA|FWB|FRA|BIT|BME|B3|BVMF|Bovespa|TYO|TSE|OTC|OTCMKTS|SIX|SWX|ASX|HKEX|HKG|AMS|EBR|ELI|BMAD)\s?:\s?([A-Z0-9][A-Z0-9.]{0,7})\)/y;
/** "Acme's chief executive": the cue words after the possessive, lower case. */
export const POSSESSIVE_CUES = CUES.en.after.filter((c) => c.startsWith("'s ")).map((c) => c.slice(3).toLowerCase());
/** "Siemens-Chef": the second halves of German compounds that make the first half a firm. */
export const DE_COMPOUND = new Set(CUES.de.after.map((c) => c.slice(1)));

/** Read on from a list's first item: ", B, C y D". */
export function listFrom(text: string, end: number, push: (s: number, e: number) => void): void {
  let pos = end;
  for (let k = 0; k < 12; k++) {
    const sep = /^(?:,(?: (?:and|et|und|sowie|y|e))? | (?:and|et|und|sowie|y|e) )/.exec(text.slice(pos, pos + 12));
    if (!sep) return;
    const s2 = pos + sep[0].length;
    let e2 = nameStartingAt(text, s2);
    if (e2 < 0 || !plausibleName(text.slice(s2, e2))) return;
    e2 = fixedPairEnd(text, s2, e2);
    push(s2, e2);
    pos = e2;
  }
}

/**
 * A name joined by a conjunction ("Graña y Montero", "Marks and Spencer") reads like two list
 * items. When the page writes the pair the same way at least twice, it is one name: the end of
 * the pair, or `end` unchanged.
 */
export function fixedPairEnd(text: string, start: number, end: number): number {
  const conj = /^ (?:y|e|and|et|und) (?=\p{Lu})/u.exec(text.slice(end, end + 6));
  if (!conj) return end;
  const e2 = nameStartingAt(text, end + conj[0].length);
  if (e2 < 0) return end;
  const pair = text.slice(start, e2);
  const again = text.indexOf(pair, e2);
  return again >= 0 || text.lastIndexOf(pair, start - 1) >= 0 ? e2 : end;
}

const JA_FORM = new RegExp(JA_LEGAL_FORMS.map(escape).join('|'), 'g');
/** A Japanese firm name: katakana, kanji, Latin letters; stops at particles and punctuation. */
const JA_NAME_CHAR = /[\u30a0-\u30ffー・\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ0-9]/;
const JA_PARTICLES = new Set([...'のはがをにとでへもやや、。「」『』（）()・']);

function jaNameAfter(text: string, from: number): number {
  let i = from;
  while (i < text.length && i - from < 15 && JA_NAME_CHAR.test(text[i] as string) && !JA_PARTICLES.has(text[i] as string)) i++;
  return i;
}
function jaNameBefore(text: string, to: number): number {
  let i = to;
  while (i > 0 && to - i < 15 && JA_NAME_CHAR.test(text[i - 1] as string) && !JA_PARTICLES.has(text[i - 1] as string)) i--;
  return i;
}

/** A ticker bracket at `at` ("(Nasdaq: MSFT)"): the name before it is a firm with that ticker. */
export function ticker(text: string, at: number, push: (s: number, e: number, te: number, t?: string) => void): void {
  TICKER_AT.lastIndex = at;
  const m = TICKER_AT.exec(text);
  if (!m) return;
  let end = at;
  while (end > 0 && cls(text, end - 1) === SPACE) end--;
  let nameEnd = end;
  // "Acme Corp. (NYSE: ACME)": the name ends before its suffix.
  const sfx = /,? (?:[A-Z][\p{L}.]{0,7})$/u.exec(text.slice(Math.max(0, end - 12), end));
  if (sfx && legalSuffixAfter(text, end - sfx[0].length) === sfx[0].length) nameEnd = end - sfx[0].length;
  push(nameEndingAt(text, nameEnd), nameEnd, end, m[1]);
}

/** Japanese media: a short name before 新聞 (newspaper), 通信 (news agency), 放送, テレビ. */
const JA_MEDIA = /[\u4e00-\u9fff\u30a0-\u30ff]{2,6}?(?:新聞|通信社|通信|放送|テレビ)/g;

/** Japanese firms: media names and names joined to a legal form. */
/** A katakana name followed by 社 ("アップル社", "米グーグル社"): the usual way to name a foreign firm. */
const JA_KATAKANA_SHA = /[\u30a1-\u30fa\u30fc\u30fb]{2,15}(?=社(?!会|長|員|説|内|外))/g;

export function japanese(text: string, out: RuleCandidate[]): void {
  for (const m of text.matchAll(JA_KATAKANA_SHA)) out.push({ start: m.index, end: m.index + m[0].length, textEnd: m.index + m[0].length + 1 });
  for (const m of text.matchAll(JA_MEDIA)) {
    let s = m.index;
    // Start after a particle or punctuation: the name is the run of name characters before the head.
    while (s < m.index + m[0].length - 2 && JA_PARTICLES.has(text[s] as string)) s++;
    out.push({ start: s, end: m.index + m[0].length, textEnd: m.index + m[0].length });
  }
  for (const m of text.matchAll(JA_FORM)) {
    const formEnd = m.index + m[0].length;
    const after = jaNameAfter(text, formEnd);
    if (after - formEnd >= 2) out.push({ start: formEnd, end: after, textEnd: after });
    else {
      const b = jaNameBefore(text, m.index);
      if (m.index - b >= 2) out.push({ start: b, end: m.index, textEnd: formEnd });
    }
  }
}
