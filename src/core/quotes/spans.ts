/**
 * Quotation spans, in one pass over the text with a small stack of open marks.
 *
 * A mark opens when a word follows it and no letter precedes it; it closes when a word precedes it
 * and no letter follows it (the flanking rules of CommonMark, adapted): so the apostrophes of
 * l’heure, don’t or dell’Iran are neither. Guillemets may have spaces inside (« mot »). A closing
 * mark ends the nearest open mark it can close; marks opened after that one are dropped.
 *
 * Paragraphs ("\n\n") end every open quotation, except the long-quote convention: a quotation
 * that runs over several paragraphs repeats its opening mark at the start of each and closes only
 * at the end. An opening mark still open at a paragraph end falls back to the last stray closing
 * mark after it (“… prigionieri' in a hurried headline), or is dropped.
 *
 * Linear: each mark is pushed and popped at most once and the stack is at most MAX_DEPTH deep.
 */
import { isUpperCode, isWordCode } from '../names/chars';
import { CJK_CLOSE, CJK_OPEN, CLOSERS, SPACED } from './marks';

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark. */
  close: number;
  /** 0 for a quotation, 1 for a quote inside it, … */
  depth: number;
}

const MAX_DEPTH = 6;
/** How many spaces a guillemet may have between it and its words. */
const MAX_INNER_SPACES = 2;

/**
 * Characters that may start something of interest: quote marks and the newline. A regular
 * expression skips to the next one natively: the text between marks costs almost nothing.
 */
const INTERESTING = /[«»“”„"‚‘’'‹›「」『』\n]/g;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && isWordCode(ch.charCodeAt(0));
}
function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009' || ch === '\t' || ch === '\u2007';
}
function isBlank(ch: string | undefined): boolean {
  return ch === undefined || ch === '\n' || ch === '\r' || isSpace(ch);
}

/** The first character after `i` that is not an inner space (up to MAX_INNER_SPACES). */
function after(text: string, i: number, mark: string): string | undefined {
  let j = i + 1;
  if (SPACED.has(mark)) for (let k = 0; k < MAX_INNER_SPACES && isSpace(text[j]); k++) j++;
  return text[j];
}
function before(text: string, i: number, mark: string): string | undefined {
  let j = i - 1;
  if (SPACED.has(mark)) for (let k = 0; k < MAX_INNER_SPACES && isSpace(text[j]); k++) j--;
  return j >= 0 ? text[j] : undefined;
}

function canOpen(text: string, i: number, mark: string): boolean {
  if (CJK_OPEN.has(mark)) return true;
  if (CJK_CLOSE.has(mark)) return false;
  if (isBlank(after(text, i, mark))) return false;
  return !isWordChar(text[i - 1]);
}
function canClose(text: string, i: number, mark: string): boolean {
  if (CJK_CLOSE.has(mark)) return true;
  if (CJK_OPEN.has(mark)) return false;
  if (isBlank(before(text, i, mark))) return false;
  if (isWordChar(text[i + 1])) return false;
  return !((mark === "'" || mark === '’') && pluralPossessive(text, i));
}

/**
 * "the players' union", "the clubs’ owners": a single mark after an s and before a lower-case word
 * in the same clause is the apostrophe of a plural possessive, not the end of a quotation.
 */
function pluralPossessive(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  if (prev !== 115 && prev !== 83) return false; // s, S
  let j = i + 1;
  while (isSpace(text[j])) j++;
  if (j === i + 1) return false;
  const next = text.charCodeAt(j);
  return isWordCode(next) && !isUpperCode(next) && !(next >= 48 && next <= 57);
}

/** "'90s", "rock 'n' roll", "'em": a straight mark that elides letters, not an opening quote. */
function elisionOpen(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (next >= 48 && next <= 57) return true;
  let j = i + 1;
  while (j < i + 6 && isWordCode(text.charCodeAt(j))) j++;
  return ELIDED.has(text.slice(i + 1, j).toLowerCase()) && !isWordCode(text.charCodeAt(j));
}
/** Words English writes with a leading apostrophe. */
const ELIDED = new Set(['n', 'em', 'til', 'tis', 'twas', 'cause', 'bout', 'round']);

interface Open {
  mark: string;
  pos: number;
}

/**
 * Every quotation span of `text`, nested ones included, ordered by opening mark. Straight single
 * marks (' … ') quote only in English headlines and copy (`straightSingles`); elsewhere they are
 * apostrophes (dell'Iran, po', l'heure) and serve at most as the stray end of an unclosed quote.
 */
export function findQuoteSpans(text: string, straightSingles = true): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = [];
  /** A closing mark after the outermost open one that closed nothing: its fallback end. */
  let stray = -1;
  const endParagraph = () => {
    if (stack.length > 0 && stray > stack[0]!.pos) spans.push({ open: stack[0]!.pos, close: stray, depth: 0 });
    stack.length = 0;
    stray = -1;
  };
  const n = text.length;
  const next = new RegExp(INTERESTING.source, 'g'); // own lastIndex: callers may nest
  for (let i = 0; i < n; i++) {
    next.lastIndex = i;
    if (!next.test(text)) break;
    i = next.lastIndex - 1;
    const mark = text[i]!;
    if (mark === '\n') {
      if (text[i + 1] !== '\n' || stack.length === 0) continue;
      let j = i + 2;
      while (j < n && isBlank(text[j])) j++;
      const bottom = stack[0]!;
      if (text[j] === bottom.mark && canOpen(text, j, bottom.mark)) {
        // the long-quote convention: the same mark reopens the next paragraph
        stack.length = 1;
        stray = -1;
        i = j;
      } else endParagraph();
      continue;
    }
    if (mark === "'" && !straightSingles) {
      if (stack.length > 0 && canClose(text, i, mark)) stray = i;
      continue;
    }
    if (canClose(text, i, mark)) {
      let k = stack.length - 1;
      while (k >= 0 && !CLOSERS[stack[k]!.mark]!.includes(mark)) k--;
      if (k >= 0) {
        spans.push({ open: stack[k]!.pos, close: i, depth: k });
        stack.length = k;
        if (k === 0) stray = -1;
        continue;
      }
      if (stack.length > 0 && !canOpen(text, i, mark)) {
        stray = i;
        continue;
      }
    }
    if (CLOSERS[mark] !== undefined && canOpen(text, i, mark) && stack.length < MAX_DEPTH && !(mark === "'" && elisionOpen(text, i))) {
      stack.push({ mark, pos: i });
    }
  }
  endParagraph();
  return spans.sort((a, b) => a.open - b.open);
}
