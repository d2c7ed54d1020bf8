/**
 * The gazetteer: the generated lines compiled into a token trie (names in Latin script) and a
 * first-characters table (names in Japanese script), and the lookups the one-pass scan
 * (./scan.ts) makes at each capitalised word. Nothing is built at module load: the build files
 * the names under their first tokens in bounded pieces (buildGazetteer), and the trie below a
 * first token is built the first time a text word needs it (rootNode). A page meets a few
 * hundred of the ~6,000 first tokens, so most of the trie is never built.
 */
import { CHAR_CLASS, JOINER, LOWER, OTHER, SPACE, UPPER, foldToken, isWordClass, tokenize } from './chars';
import { CENTRAL_BANKS, STOCK_INDICES } from './data/non-companies';
import { GAZETTEER_LINES } from './data/gazetteer.generated';

/**
 * How much evidence a listed name needs: 0 none, 1 some (capitalisation, a cue), 2 a cue,
 * 3 a cue in German text and some elsewhere (a German noun such as "Allianz").
 */
export type Need = 0 | 1 | 2 | 3;

/** A firm the gazetteer knows: its canonical name, and its ids where the sources give them. */
export interface Firm {
  name: string;
  wikidata?: string;
  ticker?: string;
}

/**
 * A trie node (opaque outside this file). What it ends: a firm's name (firm ≥ 0) or a name that
 * is never a firm (firm = -1).
 */
export interface Node {
  next?: Map<string, Node>;
  /** First characters (folded) of the keys in `next`: most continuations fail on this test. */
  nextFirst?: Set<number>;
  firm?: number;
  /** See Need. */
  need?: Need;
  /** Case of each token, per listed spelling: 'U' starts upper case, 'A' all caps, 'l' lower case. */
  shapes?: string[];
}

/** One place in the text where a listed name occurs. */
export interface GazetteerHit {
  start: number;
  end: number;
  /** Index into FIRMS, or -1 for an index, central bank or other blocked name. */
  firm: number;
  need: Need;
  /** Number of word tokens matched (1 = a single word). */
  words: number;
}

/**
 * Every firm, by the index the trie nodes and hits refer to, read from its generated line the
 * first time a finding needs it (see firmAt): most firms are never found on a page.
 */
const FIRMS: Firm[] = [];
/** Offset in GAZETTEER_LINES of each firm's line, by firm index; filled by the build. */
const FIRM_LINES: number[] = [];
/** The trie's first level: folded first token → node, each built the first time a text word asks for it (rootNode). */
const ROOT = new Map<string, Node | null>();
/**
 * The names not yet in the trie, by folded first token: pairs of numbers, (offset of the name in
 * GAZETTEER_LINES, firm index), or (-1 - index into BLOCKED, -1) for a blocked name. The build
 * only sorts names by their first token; a token's subtree is built when a text word first
 * needs it, from its names in list order (so the trie is the one a full build would make).
 */
const PENDING = new Map<string, number[]>();
/** Names that are never a firm (indices, central banks), added after the firms' names. */
const BLOCKED: readonly string[] = [...STOCK_INDICES, ...CENTRAL_BANKS];
/** Japanese names by their first two characters, longest first. */
const CJK_NAMES = new Map<number, { text: string; firm: number; need: Need }[]>();
let variantCount = 0;

function shapeOf(tok: string): string {
  const k = CHAR_CLASS[tok.charCodeAt(0)] ?? OTHER;
  if (k === UPPER) return tok.length > 1 && tok === tok.toUpperCase() ? 'A' : 'U';
  if (k === LOWER) return 'l';
  return 'x';
}

/** Adds a name to the trie (its first token's node is in ROOT or made here). */
function addName(name: string, firm: number, need: Need): void {
  const toks = tokenize(name);
  if (toks.length === 0) return;
  let node: Node | undefined;
  let map: Map<string, Node> | undefined;
  for (let i = 0; i < toks.length; i++) {
    const key = foldToken(toks[i] as string);
    if (i === 0) {
      node = ROOT.get(key) ?? undefined;
      if (!node) ROOT.set(key, (node = {}));
    } else {
      node = (map as Map<string, Node>).get(key);
      if (!node) (map as Map<string, Node>).set(key, (node = {}));
    }
    if (i < toks.length - 1) map = node.next ??= new Map();
  }
  if (!node) return;
  // A blocked name (firm -1) wins over a firm; otherwise the first listing of a name stays.
  const shape = toks.map(shapeOf).join('');
  if (node.firm === undefined || firm === -1) {
    node.firm = firm;
    node.need = need;
    node.shapes = [shape];
  } else if (node.firm === firm && !node.shapes?.includes(shape)) node.shapes?.push(shape);
}

/** Kana and CJK ideographs: a name holding one is Japanese, matched by cjkAt. */
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/g;
/** The same, for a name of its own (the blocked names). */
const JAPANESE_NAME = /[\u3040-\u30ff\u3400-\u9fff]/;
/** Where the next Japanese character in GAZETTEER_LINES stands, as last searched (Infinity: none). */
let nextJapanese = -1;

/**
 * Does [from, to) of GAZETTEER_LINES hold a Japanese character? Asked in increasing order by the
 * build, so one native search through the lines serves all names.
 */
function japaneseInLines(from: number, to: number): boolean {
  if (nextJapanese < from) {
    JAPANESE.lastIndex = from;
    const m = JAPANESE.exec(GAZETTEER_LINES);
    nextJapanese = m ? m.index : Infinity;
  }
  return nextJapanese < to;
}

/**
 * The first token of the name in [from, to) of `s`, folded, as tokenize and foldToken would make
 * it (a run of letters and digits, or one character other than a space), or '' for none.
 */
function firstTokenKey(s: string, from: number, to: number): string {
  let i = from;
  while (i < to && ((CHAR_CLASS[s.charCodeAt(i)] ?? OTHER) === SPACE || s.charCodeAt(i) === 32)) i++;
  if (i >= to) return '';
  if (!isWordClass(CHAR_CLASS[s.charCodeAt(i)] ?? OTHER)) return foldToken(s[i] as string);
  let j = i + 1;
  while (j < to && isWordClass(CHAR_CLASS[s.charCodeAt(j)] ?? OTHER)) j++;
  return foldToken(s.slice(i, j));
}

/** Files a name under its first token (`at` as in PENDING), or among the Japanese names. */
function fileName(s: string, from: number, to: number, at: number, firm: number, need: Need): void {
  variantCount++;
  if (at >= 0 ? japaneseInLines(from, to) : JAPANESE_NAME.test(s)) {
    const name = s.slice(from, to);
    const key = name.charCodeAt(0) * 65536 + name.charCodeAt(1);
    const list = CJK_NAMES.get(key) ?? [];
    list.push({ text: name, firm, need });
    CJK_NAMES.set(key, list); // sorted longest first once all are in (finish, below)
    return;
  }
  const key = firstTokenKey(s, from, to);
  if (!key) return;
  const list = PENDING.get(key);
  if (list) list.push(at, firm);
  else PENDING.set(key, [at, firm]);
}

/** The name a PENDING pair points to, without its evidence mark, and its Need. */
function pendingName(at: number): { name: string; need: Need } {
  if (at < 0) return { name: BLOCKED[-1 - at] as string, need: 0 };
  const lines = GAZETTEER_LINES;
  let end = at;
  while (end < lines.length) {
    const c = lines.charCodeAt(end);
    if (c === 124 /* | */ || c === 10) break;
    end++;
  }
  const need = NEED_MARKS[lines[at] as string];
  return need === undefined ? { name: lines.slice(at, end), need: 0 } : { name: lines.slice(at + 1, end), need };
}

/** The trie node for a folded first token, its subtree built on first use; undefined when no name starts so. */
function rootNode(key: string): Node | undefined {
  const node = ROOT.get(key);
  if (node !== undefined) return node ?? undefined;
  const list = PENDING.get(key);
  if (!list) {
    ROOT.set(key, null);
    return undefined;
  }
  PENDING.delete(key);
  for (let k = 0; k < list.length; k += 2) {
    const { name, need } = pendingName(list[k] as number);
    addName(name, list[k + 1] as number, need);
  }
  const built = ROOT.get(key);
  if (!built) ROOT.set(key, null);
  return built ?? undefined;
}

/** The firm with index `id` (≥ 0), read from its generated line on first use. */
export function firmAt(id: number): Firm {
  const known = FIRMS[id];
  if (known) return known;
  const lines = GAZETTEER_LINES;
  const from = FIRM_LINES[id] as number;
  let to = lines.indexOf('\n', from);
  if (to < 0) to = lines.length;
  const [name, wikidata, ticker, variants] = lines.slice(from, to).split('\t') as [string, string, string, string];
  let firstName = '';
  for (const v of variants.split('|')) {
    firstName = NEED_MARKS[v[0] as string] === undefined ? v : v.slice(1);
    if (firstName) break;
  }
  const firm: Firm = { name: name || firstName };
  if (wikidata) firm.wikidata = wikidata;
  if (ticker) firm.ticker = ticker;
  FIRMS[id] = firm;
  return firm;
}

const NEED_MARKS: Record<string, Need> = { '?': 1, '!': 2, '~': 3 };

/** First characters of the listed names that start with a digit ("3M", "1&1", "7-Eleven"); filled by the build. */
export const DIGIT_STARTS = new Set<number>();

/** First code units of the Japanese-script names: the scan tries cjkAt only where one of them stands; filled by the build. */
export const CJK_FIRST = new Uint8Array(65536);

/** Size of the compiled gazetteer, for the benchmark and the report; filled by the build. */
export const GAZETTEER_COUNTS = { firms: 0, names: 0, lineChars: GAZETTEER_LINES.length };

/** Where the build stands: the next line's offset, and whether the last steps are done. */
let nextLine = 0;
let compiled = false;
/** Lines filed between two looks at the clock. */
const LINES_PER_CHECK = 300;

/**
 * Files one generated line (`name \t wikidata \t ticker \t variants`, the line in [from, to)):
 * the firm's place, and each of its names under its first token. No string is made but the keys.
 */
function compileLine(lines: string, from: number, to: number): void {
  let v = from;
  for (let tabs = 0; tabs < 3; tabs++) {
    v = lines.indexOf('\t', v) + 1;
    if (v <= 0 || v > to) return;
  }
  if (v >= to) return; // no variants
  const id = FIRM_LINES.length;
  FIRM_LINES.push(from);
  while (v < to) {
    let e = lines.indexOf('|', v);
    if (e < 0 || e > to) e = to;
    const need = NEED_MARKS[lines[v] as string];
    fileName(lines, need === undefined ? v : v + 1, e, v, id, need ?? 0);
    v = e + 1;
  }
}

/** The last steps, once every line is in: blocked names, and the tables derived from the first tokens. */
function finish(): void {
  for (let b = 0; b < BLOCKED.length; b++) {
    const name = BLOCKED[b] as string;
    fileName(name, 0, name.length, -1 - b, -1, 0);
  }
  for (const list of CJK_NAMES.values()) list.sort((a, b) => b.text.length - a.text.length);
  for (const k of PENDING.keys()) if (/^\d/.test(k)) DIGIT_STARTS.add(k.charCodeAt(0));
  for (const key of CJK_NAMES.keys()) CJK_FIRST[Math.floor(key / 65536)] = 1;
  Object.assign(GAZETTEER_COUNTS, { firms: FIRM_LINES.length, names: variantCount });
  compiled = true;
}

/**
 * Files a piece of the generated lines under their first tokens, until `spent()` says stop (asked
 * every LINES_PER_CHECK lines, after at least that many); true once the whole gazetteer is in.
 * Not at module load: loading the content script must be a short task on the page, so it builds
 * this in idle slices (see src/core/prepare.ts); any lookup finishes the build first
 * (`ensureGazetteer`). The trie below each first token is built when a text word first asks for it.
 */
export function buildGazetteer(spent: () => boolean): boolean {
  if (compiled) return true;
  const lines = GAZETTEER_LINES;
  let from = nextLine;
  while (from < lines.length) {
    for (let k = 0; k < LINES_PER_CHECK && from < lines.length; k++) {
      let to = lines.indexOf('\n', from);
      if (to < 0) to = lines.length;
      compileLine(lines, from, to);
      from = to + 1;
    }
    nextLine = from;
    if (from < lines.length && spent()) return false;
  }
  finish();
  return true;
}

/** Builds whatever of the gazetteer is not built yet, at once (the first lookup of a scan). */
export function ensureGazetteer(): void {
  if (!compiled) buildGazetteer(() => false);
}

/**
 * The trie node of the names whose first token is `word` as the text writes it ("Apple",
 * "APPLE", "PayPal"), or undefined. The scan caches the answer per word (./scan.ts).
 */
export function firstNode(word: string): Node | undefined {
  return rootNode(foldToken(word));
}

/**
 * First characters (folded) of a node's continuations, computed the first time the scan passes
 * the node: most nodes are never reached on a page, so building them all at load would cost
 * start-up time for nothing.
 */
function nextFirstOf(node: Node): Set<number> {
  if (!node.nextFirst) node.nextFirst = new Set([...(node.next as Map<string, Node>).keys()].map((k) => k.charCodeAt(0)));
  return node.nextFirst;
}

/** Does a text token's case fit the listed token's? "apple" never matches Apple; "Cnn" matches CNN. */
function caseFits(text: string, s: number, e: number, shape: string, weak: boolean): boolean {
  const k = CHAR_CLASS[text.charCodeAt(s)] ?? OTHER;
  if (shape === 'U') {
    if (k !== UPPER) return false;
    // ALL-CAPS text ("SHELL") is a shouted headline, not evidence; only firm names that need none.
    if (!weak || e - s < 2) return true;
    for (let i = s + 1; i < e; i++) if ((CHAR_CLASS[text.charCodeAt(i)] ?? OTHER) === LOWER) return true;
    return false;
  }
  // An all-caps name ("TIM", "INFO") matches all-caps text only: "Tim" is a first name. The alias
  // table lists the title-case spellings some papers use (Afp, Cnn) as names of their own.
  if (shape === 'A') {
    if (k !== UPPER) return false;
    for (let i = s + 1; i < e; i++) if ((CHAR_CLASS[text.charCodeAt(i)] ?? OTHER) === LOWER) return false;
    return true;
  }
  return true;
}

/** Start and end of each token matched so far by longestAt, reused from call to call (no allocation per word). */
const TOKEN_SPANS: number[] = [];

/**
 * Walk the trie from the word at `start` (whose node, from firstNode, is `first`): the longest listed name that begins there, or null.
 * Tokens are words (letters, digits) and joiners; one space or none between them.
 */
export function longestAt(text: string, start: number, wordEnd: number, first: Node | undefined): GazetteerHit | null {
  const n = text.length;
  let node = first;
  let s = start;
  let e = wordEnd;
  let best: GazetteerHit | null = null;
  let words = 0;
  let tokens = 0; // token spans so far, in TOKEN_SPANS
  while (node) {
    TOKEN_SPANS[2 * tokens] = s;
    TOKEN_SPANS[2 * tokens + 1] = e;
    tokens++;
    if (isWordClass(CHAR_CLASS[text.charCodeAt(s)] ?? OTHER)) words++;
    if (node.firm !== undefined && node.shapes) {
      // Every token was folded for the lookup; the case is checked against the listed shapes here.
      const weak = (node.need ?? 0) > 0;
      for (const shape of node.shapes) {
        let ok = true;
        for (let t = 0; t < tokens && ok; t++) {
          ok = caseFits(text, TOKEN_SPANS[2 * t] as number, TOKEN_SPANS[2 * t + 1] as number, shape[t] ?? 'x', weak);
        }
        if (ok) {
          best = { start, end: e, firm: node.firm, need: node.need ?? 0, words };
          break;
        }
      }
    }
    const map = node.next;
    if (!map) break;
    // Next token: skip at most one space, never a line break.
    let p = e;
    if (p < n && (CHAR_CLASS[text.charCodeAt(p)] ?? OTHER) === SPACE) p++;
    if (p >= n) break;
    const c = text.charCodeAt(p);
    if (!nextFirstOf(node).has(c >= 65 && c <= 90 ? c + 32 : c > 127 ? foldToken(text[p] as string).charCodeAt(0) : c)) break;
    const k = CHAR_CLASS[c] ?? OTHER;
    if (isWordClass(k)) {
      let q = p + 1;
      while (q < n && isWordClass(CHAR_CLASS[text.charCodeAt(q)] ?? OTHER)) q++;
      s = p;
      e = q;
    } else if (k === JOINER) {
      s = p;
      e = p + 1;
    } else break;
    node = map.get(foldToken(text.slice(s, e)));
  }
  return best;
}

/** The longest Japanese-script name starting at `i`, or null. */
export function cjkAt(text: string, i: number): GazetteerHit | null {
  // Keyed by the first two code units as one number: no string is made for each character.
  const list = CJK_NAMES.get(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
  if (!list) return null;
  for (const c of list) {
    if (text.startsWith(c.text, i)) return { start: i, end: i + c.text.length, firm: c.firm, need: c.need, words: 1 };
  }
  return null;
}
