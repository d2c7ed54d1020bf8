/**
 * The one pass over an article text. Lower-case words are skipped at the cost of reading their
 * characters once; at each capitalised word the scan
 * - looks the word up in the gazetteer trie (./gazetteer.ts) and takes the longest listed name;
 * - checks the rules (./rules.ts): is the word a legal suffix (the name before it is a firm),
 *   does a cue phrase end before it ("la société", "der Konzern"), a plural cue open a list,
 *   a possessive cue ("'s chief executive") or a German compound ("-Chef") follow it;
 * and at each "(" it looks for a ticker. Japanese names are matched in a second loop, character
 * by character, where a table says a listed name can start.
 */
import { CHAR_CLASS, CJK, LOWER, OTHER, SPACE, UPPER, isWordClass } from './chars';
import { legalSuffixAfter } from './context';
import { CJK_FIRST, DIGIT_STARTS, cjkAt, firstNode, longestAt, type GazetteerHit, type Node } from './gazetteer';
import { beforeByHash, endsWithCue, hashFolded, listByHash, longestCueWord } from './cue-index';
import { IntTable } from './int-table';
import { CUES, GENERIC_MEDIA_MODIFIERS, MEDIA_FIRST, MEDIA_LAST, NAME_HEADS_FIRST, NAME_HEADS_LAST } from './data/cues';
import { NON_COMPANY_ADJECTIVES } from './data/non-companies';
import {
  DE_COMPOUND,
  POSSESSIVE_CUES,
  SUFFIX_FIRST,
  japanese,
  fixedPairEnd,
  listFrom,
  nameEndingAt,
  nameStartingAt,
  plausibleName,
  ticker,
  headedName,
  type RuleCandidate,
} from './rules';
import type { Lang } from '../findings';

/** What one pass over a text finds: listed names, rule candidates, capitalised words. */
export interface ScanResult {
  /** Listed names, left to right, not overlapping. */
  hits: GazetteerHit[];
  /** Start and end of every capitalised word, in pairs, for the second look (./repeats.ts). */
  capitals: number[];
  /** The capitalised words themselves, one per pair in `capitals`. */
  capitalWords: string[];
  /** Firms found by a rule; they may repeat or overlap. */
  candidates: RuleCandidate[];
}

const EMPTY = new IntTable<string[]>(new Map());
/** Words that never stand between a cue and a name as an adjective would ("le groupe de Macron"). */
const FUNCTION_WORDS = new Set([
  'dans', 'pour', 'avec', 'sans', 'sous', 'chez', 'vers', 'contre', 'entre', 'depuis', 'selon', 'pendant', 'aussi', 'donc',
  'para', 'como', 'desde', 'entre', 'sobre', 'hasta', 'contra', 'según', 'pero', 'también', 'nella', 'della', 'delle',
  'degli', 'dalla', 'alla', 'sulla', 'dopo', 'come', 'anche', 'nelle', 'pelo', 'pela', 'pelos', 'pelas', 'numa', 'mais',
  'após', 'sobre', 'até', 'quando', 'quand', 'cuando', 'quando', 'dont', 'leur', 'leurs', 'sont', 'était', 'étaient',
]);

/**
 * Where a scan step can start: capitals, digits, "(" and Japanese script. A regular expression
 * finds the next one natively, so the runs of lower-case words in between cost almost nothing.
 * Latin Extended ranges mix cases; the class table sorts them out. The first Japanese character
 * met says the second loop (below) is needed; from there on the scan looks for the others only.
 */
const STEP_OR_JAPANESE = /[A-Z0-9(\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/g;
const STEP = /[A-Z0-9(\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF]/g;
/** "reports", "reported", "has reported", "first reported" right after a name. */
const REPORTS_AFTER = /^ (?:reports|reported|has reported|first reported)(?![\p{L}])/u;

/** What the scan asks of a word, as bits of WordInfo.flags. */
const IS_SUFFIX_FIRST = 1;
const IS_MEDIA_LAST = 2;
const IS_MEDIA_FIRST = 4;
const IS_HEAD_LAST = 8;
const IS_HEAD_FIRST = 16;

/** What the scan needs to know about a word: its gazetteer node, and which word lists hold it. */
interface WordInfo {
  /** The word as the text writes it ("Apple", "APPLE", "PayPal"). */
  word: string;
  /** Its hash, as wordInfoAt computes it. */
  hash: number;
  node: Node | undefined;
  flags: number;
  /** Another word with the same hash. */
  next: WordInfo | undefined;
}

/**
 * WordInfo by a hash of the word's code units (chains in WORD_TABLE_SIZE buckets), filled as the
 * scan meets words: a capitalised word costs no string and a few array reads, not a lookup per
 * list. Bounded: emptied when it holds more than a few pages' worth of distinct words.
 */
const WORD_TABLE_SIZE = 8192;
const WORD_TABLE: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(WORD_TABLE_SIZE).fill(undefined);
let wordInfoCount = 0;

/** The hash of [i, j) of `text` that WORD_TABLE is keyed by. */
function wordHash(text: string, i: number, j: number): number {
  let h = 0;
  for (let p = i; p < j; p++) h = (Math.imul(h, 31) + text.charCodeAt(p)) | 0;
  return h;
}

/** The WordInfo of the word [i, j) of `text`, whose wordHash is `h`. */
function wordInfoAt(text: string, i: number, j: number, h: number): WordInfo {
  const bucket = h & (WORD_TABLE_SIZE - 1);
  let head = WORD_TABLE[bucket];
  for (let w = head; w; w = w.next) if (w.hash === h && sameWord(text, i, j, w.word)) return w;
  if (wordInfoCount >= 50_000) {
    WORD_TABLE.fill(undefined);
    wordInfoCount = 0;
    head = undefined;
  }
  const word = text.slice(i, j);
  const flags =
    (SUFFIX_FIRST.has(word) ? IS_SUFFIX_FIRST : 0) |
    (MEDIA_LAST.has(word) ? IS_MEDIA_LAST : 0) |
    (MEDIA_FIRST.has(word) ? IS_MEDIA_FIRST : 0) |
    (NAME_HEADS_LAST.has(word) ? IS_HEAD_LAST : 0) |
    (NAME_HEADS_FIRST.has(word) ? IS_HEAD_FIRST : 0);
  const info: WordInfo = { word, hash: h, node: firstNode(word), flags, next: head };
  WORD_TABLE[bucket] = info;
  wordInfoCount++;
  return info;
}

/** Is [i, j) of `text` the word `w`? */
function sameWord(text: string, i: number, j: number, w: string): boolean {
  if (w.length !== j - i) return false;
  for (let k = 0; k < w.length; k++) if (text.charCodeAt(i + k) !== w.charCodeAt(k)) return false;
  return true;
}

/** One pass over `text` (see the header of this file). */
export function scanText(text: string, lang: Lang): ScanResult {
  const hits: GazetteerHit[] = [];
  const candidates: RuleCandidate[] = [];
  const capitals: number[] = [];
  const capitalWords: string[] = [];
  const push = (start: number, end: number, textEnd: number, tick?: string) => {
    if (start < 0 || end <= start) return;
    if (!plausibleName(text.slice(start, end))) return;
    candidates.push(tick ? { start, end, textEnd, ticker: tick } : { start, end, textEnd });
  };
  const beforeIdx = CUES[lang] ? beforeByHash(lang) : EMPTY;
  const listIdx = CUES[lang] ? listByHash(lang) : EMPTY;
  /** The longest last word of a cue phrase: longer words before a name need no look-up. */
  const maxCueWord = longestCueWord();
  const adjectiveGap = CUES[lang].adjectiveAfterNoun === true;
  const compoundHeads = CUES[lang].compoundHeads;
  // A cue written with a capital inside a sentence is part of a name ("Investment Company Act",
  // "This Startup Is …"); German capitalises its nouns, so there the case says nothing.
  const strictCase = lang !== 'de';
  const n = text.length;
  const cls = (p: number) => CHAR_CLASS[text.charCodeAt(p)] ?? OTHER;
  let gazUntil = 0; // names do not overlap: no new name starts inside the last one
  let japaneseSeen = false;
  let re = STEP_OR_JAPANESE;
  re.lastIndex = 0;
  while (re.test(text)) {
    let i = re.lastIndex - 1;
    const k = cls(i);
    if (k === CJK) {
      japaneseSeen = true;
      STEP.lastIndex = re.lastIndex;
      re = STEP;
      continue;
    }
    if (k !== UPPER && k !== LOWER && k !== 3 /* DIGIT */) {
      if (text.charCodeAt(i) === 40 /* ( */) ticker(text, i, push);
      continue;
    }
    // The word holding i: a capital inside a word ("eBay", "McDonald") belongs to it.
    let wordStart = i;
    while (wordStart > 0 && isWordClass(cls(wordStart - 1))) wordStart--;
    let j = i + 1;
    let hash = text.charCodeAt(i); // of the word's code units, for wordInfoAt
    for (let c = text.charCodeAt(j); j < n && isWordClass(CHAR_CLASS[c] ?? OTHER); c = text.charCodeAt(++j)) hash = (Math.imul(hash, 31) + c) | 0;
    re.lastIndex = j;
    const k0 = cls(wordStart);
    if (k0 === LOWER && wordStart < i && i === wordStart + 1) {
      i = wordStart; // eBay, iRobot
      hash = wordHash(text, i, j);
    } else if (k0 === LOWER) continue;
    if (wordStart !== i) continue; // a capital inside a word that started with one: seen already
    // A number starts a name only in a few cases ("3M", "7-Eleven"): most are skipped unread.
    if (k0 === 3 && !DIGIT_STARTS.has(text.charCodeAt(i))) continue;
    const info = wordInfoAt(text, i, j, hash);
    const word = info.word;
    if (i >= gazUntil && info.node) {
      const hit = longestAt(text, i, j, info.node);
      if (hit) {
        hits.push(hit);
        gazUntil = hit.end;
      }
    }
    if (k0 === UPPER) {
      capitals.push(i, j);
      capitalWords.push(word);
      capitalised(i, j, word, info.flags);
    }
  }
  if (lang === 'ja' || japaneseSeen) {
    const cjkHits: GazetteerHit[] = [];
    for (let i = 0; i < n; i++) {
      if (CJK_FIRST[text.charCodeAt(i)] !== 1) continue;
      const hit = cjkAt(text, i);
      if (hit) {
        cjkHits.push(hit);
        i = hit.end - 1;
      }
    }
    if (cjkHits.length > 0) {
      hits.push(...cjkHits);
      hits.sort((a, b) => a.start - b.start);
    }
    if (lang === 'ja') japanese(text, candidates);
  }
  return { hits, candidates, capitals, capitalWords };

  function atSentenceStartAt(p: number): boolean {
    let q = p - 1;
    while (q >= 0 && text[q] === ' ') q--;
    return q < 0 || '.!?:;\n"“('.includes(text[q] as string);
  }

  function capitalised(i: number, j: number, word: string, flags: number): void {
    // A legal suffix: the capitalised name before it is a firm.
    if (j - i <= 11 && i >= 2 && (CHAR_CLASS[text.charCodeAt(i - 1)] ?? OTHER) === SPACE && (flags & IS_SUFFIX_FIRST) !== 0) {
      const sepStart = text[i - 2] === ',' ? i - 2 : i - 1;
      const len = legalSuffixAfter(text, sepStart);
      if (len > 0) push(nameEndingAt(text, sepStart), sepStart, sepStart + len);
    }
    // A cue phrase before the word ("la société Dinassa", "l'entreprise Kimazou", "Unternehmen
    // Bosch"): one space or an apostrophe between the cue's last word and the name.
    const gap = text.charCodeAt(i - 1);
    if (i >= 2 && (gap === 39 || gap === 0x2019 || (CHAR_CLASS[gap] ?? OTHER) === SPACE)) {
      const prevEnd = i - 1;
      let prevStart = prevEnd;
      while (prevStart > 0 && isWordClass(CHAR_CLASS[text.charCodeAt(prevStart - 1)] ?? OTHER)) prevStart--;
      // "Zahlungslösungsanbieter Payconiq": a German compound whose head names a kind of firm.
      if (compoundHeads && prevEnd - prevStart > 8 && (CHAR_CLASS[text.charCodeAt(prevStart)] ?? OTHER) === UPPER) {
        if (compoundHeads.some((h) => text.endsWith(h, prevEnd))) {
          const end = nameStartingAt(text, i);
          if (end > 0) push(i, end, end + legalSuffixAfter(text, end));
        }
      }
      if (prevStart < prevEnd && prevEnd - prevStart <= maxCueWord) {
        const k0 = CHAR_CLASS[text.charCodeAt(prevStart)] ?? OTHER;
        const prevHash = hashFolded(text, prevStart, prevEnd);
        const cues = beforeIdx.get(prevHash);
        if (cues && endsWithCue(text, i, cues, strictCase)) {
          const end = nameStartingAt(text, i);
          if (end > 0) push(i, end, end + legalSuffixAfter(text, end));
        }
        // "la société française Dinassa": one adjective between the cue and the name.
        if (!cues && adjectiveGap && k0 === LOWER && prevEnd - prevStart >= 4 && prevStart >= 2) {
          const prev = text.slice(prevStart, prevEnd);
          const gap2 = text.charCodeAt(prevStart - 1);
          if ((CHAR_CLASS[gap2] ?? OTHER) === SPACE && !FUNCTION_WORDS.has(prev) && !NON_COMPANY_ADJECTIVES.has(prev)) {
            let p2 = prevStart - 1;
            while (p2 > 0 && (CHAR_CLASS[text.charCodeAt(p2 - 1)] ?? OTHER) === LOWER) p2--;
            const cues2 = beforeIdx.get(hashFolded(text, p2, prevStart - 1));
            if (cues2 && endsWithCue(text, prevStart, cues2, strictCase)) {
              const end = nameStartingAt(text, i);
              if (end > 0) push(i, end, end + legalSuffixAfter(text, end));
            }
          }
        }
        const lcues = listIdx.get(prevHash);
        if (lcues && endsWithCue(text, i, lcues, strictCase)) {
          let end = nameStartingAt(text, i);
          if (end > 0) end = fixedPairEnd(text, i, end);
          if (end > 0 && plausibleName(text.slice(i, end))) {
            push(i, end, end);
            listFrom(text, end, (s2, e2) => push(s2, e2, e2));
          }
        }
      }
    }
    // A media name: "The Jerusalem Post", "Fox News", "Channel 13", "Corriere della Sera".
    if ((flags & IS_MEDIA_LAST) !== 0) {
      let s0 = nameEndingAt(text, j);
      // Only the words after the last connector: "Ping Pong di Radio 1" is a show on Radio 1.
      const conn = /^.* (?:of|de|di|da|do|du|del|della|von|le|la|der) /.exec(text.slice(Math.max(s0, 0), i));
      if (conn && s0 >= 0) s0 += conn[0].length;
      const num = /^ \d{1,3}(?![\p{L}\p{N}])/u.exec(text.slice(j, j + 5));
      const e = num ? j + num[0].length : j;
      const words = s0 >= 0 ? text.slice(s0, i).split(' ').length : 0; // words before the media word
      if (s0 >= 0 && s0 < i && words <= 3 && !GENERIC_MEDIA_MODIFIERS.has(text.slice(s0, text.indexOf(' ', s0)))) push(s0, e, e);
    }
    // "Times of Israel", "Gazette of India": a media head word, "of" and a place.
    if ((flags & IS_MEDIA_FIRST) !== 0 || ((flags & IS_MEDIA_LAST) !== 0 && text.startsWith(' of ', j))) {
      let e = nameStartingAt(text, i);
      if (e === j) {
        const num = /^ \d{1,3}(?![\p{L}\p{N}])/u.exec(text.slice(j, j + 5));
        if (num) e = j + num[0].length;
      }
      if (e > j) push(i, e, e);
    }
    // A firm's head word: "Union Investment", "Acme Company", "Grupo Prisa", "Banque Palmier".
    if ((flags & (IS_HEAD_LAST | IS_HEAD_FIRST)) !== 0) {
      const span = headedName(text, i, j, (flags & IS_HEAD_FIRST) !== 0);
      if (span) candidates.push({ ...span, textEnd: span.end + legalSuffixAfter(text, span.end), weak: true });
    }
    // "As Mashable reports, …": a name that reports, introduced by "As", is a news outlet.
    if (lang === 'en' && i >= 3 && text.startsWith('As ', i - 3) && atSentenceStartAt(i - 3)) {
      const e = nameStartingAt(text, i);
      if (e > 0 && REPORTS_AFTER.test(text.slice(e, e + 20))) push(i, e, e);
    }
    // "Acme's chief executive".
    if (lang === 'en' && j + 3 < n && (text[j] === "'" || text[j] === '\u2019') && text[j + 1] === 's' && text[j + 2] === ' ') {
      const after = text.slice(j + 3, j + 30);
      if (POSSESSIVE_CUES.some((c) => after.startsWith(c) && !/\p{L}/u.test(after[c.length] ?? ' '))) {
        push(nameEndingAt(text, j), j, j);
      }
    }
    // "Siemens-Chef", "Capco-Expertin".
    if (lang === 'de' && text[j] === '-' && j + 1 < n) {
      let q = j + 1;
      while (q < n && isWordClass(CHAR_CLASS[text.charCodeAt(q)] ?? OTHER)) q++;
      if (DE_COMPOUND.has(text.slice(j + 1, q).toLowerCase())) push(i, j, j);
    }
  }
}
