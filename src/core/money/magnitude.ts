/**
 * Magnitude after a number: words ("millions", "Milliarden", "mil millones"), abbreviations ("bn",
 * "Mio.", "M€"'s "M") and the Japanese 万/億/兆, with the long/short scale of the page's variety.
 */
import type { EngineContext } from '../context';
import { isDigit, isLetter, isSpace, skipSpace, wordEnd } from './chars';
import { LONG_SCALE_PORTUGUESE, type Magnitude } from './data/languages';
import { startKey, type CompiledLanguage } from './lexicon';
import { parseNumber, type NumberFormat } from './number';

export interface MagnitudeMatch {
  exp: number;
  end: number;
  abbrev: boolean;
  /** Touches the number ("5m", "16M"). */
  attached: boolean;
  note?: string;
}

/** Portuguese of Portugal: "bilhão/bilião" is 10^12, "trilião" 10^18. */
function forRegion(word: string, m: Magnitude, ctx: EngineContext): Magnitude {
  if (ctx.lang !== 'pt' || !ctx.region || !LONG_SCALE_PORTUGUESE.has(ctx.region)) return m;
  if (word.startsWith('bilh') || word.startsWith('bili')) return { exp: 12, note: "European Portuguese 'bilhão' is 10^12 (long scale)" };
  if (word.startsWith('trilh') || word.startsWith('trili')) return { exp: 18, note: "European Portuguese 'trilião' is 10^18 (long scale)" };
  return m;
}

/** The magnitude written at `i` (just after a number), if any. */
export function magnitudeAt(text: string, i: number, lang: CompiledLanguage, ctx: EngineContext): MagnitudeMatch | undefined {
  // "a $1.5-billion deal" (Canadian and some US style): a hyphen before a magnitude word.
  const hyphen = text.charCodeAt(i) === 45 && isLetter(text.charCodeAt(i + 1));
  const p = hyphen ? i + 1 : skipSpace(text, i);
  if (!lang.magnitudeStarts.has(startKey(text, p))) return undefined;
  const e = wordEnd(text, p);
  if (e === p) return undefined;
  const raw = text.slice(p, e);
  // Abbreviations: exact spelling, optionally with their full stop ("Mio.", "Mrd.").
  if (!hyphen && text.charCodeAt(e) === 46) {
    const m = lang.abbrevs.get(`${raw}.`);
    if (m) return { exp: m.exp, end: e + 1, abbrev: true, attached: p === i };
  }
  const ab = hyphen ? undefined : lang.abbrevs.get(raw);
  if (ab) return { exp: ab.exp, end: e, abbrev: true, attached: p === i };
  const word = raw.toLowerCase();
  const m = lang.words.get(word);
  if (!m) return undefined;
  // "mil millones": the first word multiplies the next.
  const next = lang.data.compound?.[word];
  if (next && isSpace(text.charCodeAt(e))) {
    const e2 = wordEnd(text, e + 1);
    const c = next[text.slice(e + 1, e2).toLowerCase()];
    if (c) return { exp: c.exp, end: e2, abbrev: false, attached: false, ...(c.note ? { note: c.note } : {}) };
  }
  const r = forRegion(word, m, ctx);
  return { exp: r.exp, end: e, abbrev: false, attached: p === i, ...(r.note ? { note: r.note } : {}) };
}

/** Power of ten of 兆, 億, 万 at `i` (−1 otherwise). */
function kanjiExp(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c === 0x5146 ? 12 : c === 0x5104 ? 8 : c === 0x4e07 ? 4 : -1;
}

/**
 * Japanese compound amounts: "1兆2000億", "1億1700万", "1.2億". Returns the value (in units) and
 * the end, or undefined when no 万/億/兆 follows the number.
 */
export function kanjiAmount(text: string, numEnd: number, digits: string, fmt: NumberFormat): { value: number; end: number } | undefined {
  let exp = kanjiExp(text, numEnd);
  if (exp < 0) return undefined;
  let value = Number(`${digits}e${exp}`);
  let end = numEnd + 1;
  // Further parts must be smaller: 1兆 2000億 300万.
  while (isDigit(text.charCodeAt(end))) {
    const n = parseNumber(text, end, fmt);
    const next = kanjiExp(text, n.end);
    if (next < 0 || next >= exp) {
      // "1億2000円"? the trailing digits are plain units only if a currency follows: leave them.
      break;
    }
    value += Number(`${n.digits}e${next}`);
    exp = next;
    end = n.end + 1;
  }
  return { value, end };
}
