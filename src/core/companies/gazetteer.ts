/**
 * The gazetteer, compiled at module load from the generated lines into a token trie (names in
 * Latin script) and a first-characters table (names in Japanese script), and the lookups the
 * one-pass scan (./scan.ts) makes at each capitalised word.
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

/** What a trie node ends: a firm's name (firm ≥ 0) or a name that is never a firm (firm = -1). */
interface Node {
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

/** Every firm, by the index the trie nodes and hits refer to. */
export const FIRMS: Firm[] = [];
const ROOT = new Map<string, Node>();
/** Japanese names by their first two characters, longest first. */
const CJK_NAMES = new Map<number, { text: string; firm: number; need: Need }[]>();
let variantCount = 0;

function shapeOf(tok: string): string {
  const k = CHAR_CLASS[tok.charCodeAt(0)] ?? OTHER;
  if (k === UPPER) return tok.length > 1 && tok === tok.toUpperCase() ? 'A' : 'U';
  if (k === LOWER) return 'l';
  return 'x';
}

function addName(name: string, firm: number, need: Need): void {
  variantCount++;
  if (/[\u3040-\u30ff\u3400-\u9fff]/.test(name)) {
    const key = name.charCodeAt(0) * 65536 + name.charCodeAt(1);
    const list = CJK_NAMES.get(key) ?? [];
    list.push({ text: name, firm, need });
    CJK_NAMES.set(key, list); // sorted longest first once all are in (compile, below)
    return;
  }
  const toks = tokenize(name);
  if (toks.length === 0) return;
  let map = ROOT;
  let node: Node | undefined;
  for (let i = 0; i < toks.length; i++) {
    const key = foldToken(toks[i] as string);
    node = map.get(key);
    if (!node) {
      node = {};
      map.set(key, node);
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
/** Lines compiled between two looks at the clock. */
const LINES_PER_CHECK = 200;

/** Compiles one generated line (a firm and its names). */
function compileLine(line: string): void {
  const [name, wikidata, ticker, variants] = line.split('\t');
  if (!variants) return;
  const vs = variants.split('|');
  const id = FIRMS.length;
  let firstName = '';
  for (const v of vs) {
    const need = NEED_MARKS[v[0] as string];
    const clean = need === undefined ? v : v.slice(1);
    if (!firstName) firstName = clean;
    addName(clean, id, need ?? 0);
  }
  const firm: Firm = { name: name || firstName };
  if (wikidata) firm.wikidata = wikidata;
  if (ticker) firm.ticker = ticker;
  FIRMS.push(firm);
}

/** The last steps, once every line is in: blocked names, and the tables derived from the trie. */
function finish(): void {
  for (const blocked of [...STOCK_INDICES, ...CENTRAL_BANKS]) addName(blocked, -1, 0);
  for (const list of CJK_NAMES.values()) list.sort((a, b) => b.text.length - a.text.length);
  for (const k of ROOT.keys()) if (/^\d/.test(k)) DIGIT_STARTS.add(k.charCodeAt(0));
  for (const key of CJK_NAMES.keys()) CJK_FIRST[Math.floor(key / 65536)] = 1;
  Object.assign(GAZETTEER_COUNTS, { firms: FIRMS.length, names: variantCount });
  compiled = true;
}

/**
 * Builds a piece of the trie from the generated lines, until `spent()` says stop (asked every
 * LINES_PER_CHECK lines); true once the whole gazetteer is built. Not at module load: loading the
 * content script must be a short task on the page, so it builds this in idle slices (see
 * src/core/prepare.ts); any lookup finishes the build first (`ensureGazetteer`).
 */
export function buildGazetteer(spent: () => boolean): boolean {
  if (compiled) return true;
  const lines = GAZETTEER_LINES;
  let from = nextLine;
  while (from < lines.length) {
    for (let k = 0; k < LINES_PER_CHECK && from < lines.length; k++) {
      let to = lines.indexOf('\n', from);
      if (to < 0) to = lines.length;
      compileLine(lines.slice(from, to));
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
 * First words as the text writes them ("Apple", "APPLE", "PayPal") → trie node, filled as the
 * scan meets them, so a capitalised word costs one lookup and no lower-casing once seen; built
 * lazily rather than for every listed spelling at load (start-up time). Bounded: cleared when
 * it grows past a page's worth of distinct words.
 */
const FIRST_SEEN = new Map<string, Node | null>();

function firstNode(word: string): Node | undefined {
  let node = FIRST_SEEN.get(word);
  if (node === undefined) {
    if (FIRST_SEEN.size > 50_000) FIRST_SEEN.clear();
    node = ROOT.get(foldToken(word)) ?? null;
    FIRST_SEEN.set(word, node);
  }
  return node ?? undefined;
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

/**
 * Walk the trie from the word at `start`: the longest listed name that begins there, or null.
 * Tokens are words (letters, digits) and joiners; one space or none between them.
 */
export function longestAt(text: string, start: number, wordEnd: number, firstWord?: string): GazetteerHit | null {
  const n = text.length;
  let map: Map<string, Node> | undefined = ROOT;
  let s = start;
  let e = wordEnd;
  let best: GazetteerHit | null = null;
  let words = 0;
  let shapes: [number, number][] | null = null;
  while (map) {
    // Every token folded; the case is checked against the listed shapes below.
    const node: Node | undefined = map === ROOT ? firstNode(firstWord ?? text.slice(s, e)) : map.get(foldToken(text.slice(s, e)));
    if (!node) break;
    (shapes ??= []).push([s, e]);
    if (isWordClass(CHAR_CLASS[text.charCodeAt(s)] ?? OTHER)) words++;
    if (node.firm !== undefined && node.shapes) {
      for (const shape of node.shapes) {
        let ok = true;
        for (let t = 0; t < shapes.length && ok; t++) {
          const [a, b] = shapes[t] as [number, number];
          ok = caseFits(text, a, b, shape[t] ?? 'x', (node.need ?? 0) > 0);
        }
        if (ok) {
          best = { start, end: e, firm: node.firm, need: node.need ?? 0, words };
          break;
        }
      }
    }
    map = node.next;
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
