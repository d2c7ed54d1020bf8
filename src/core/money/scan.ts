/**
 * The single pass over the text: every digit run (and, per language, every number word before a
 * magnitude) is read once into a Candidate, with whatever currency, magnitude and sign touch it.
 */
import type { EngineContext } from '../context';
import type { Candidate } from './candidate';
import { isDigit, isLetter, isSpace } from './chars';
import { currencyAfter, currencyBefore, qualifierAt, type CurrencyMatch } from './currency';
import type { CompiledLanguage } from './lexicon';
import { kanjiAmount, magnitudeAt } from './magnitude';
import { parseNumber, type NumberFormat } from './number';

/** A number glued to a letter or inside a dotted/slashed token is a code, a model or a date part. */
function badStart(text: string, i: number): boolean {
  if (i === 0) return false;
  const p = text.charCodeAt(i - 1);
  if (isLetter(p) || isDigit(p)) return true;
  // "1.2.3", "12/05", "3:45", "#5" and "No.5": the digit continues another token.
  if ((p === 46 || p === 44 || p === 47 || p === 58) && i > 1 && isDigit(text.charCodeAt(i - 2))) return true;
  return p === 35; // "#5"
}

/** What follows the number: magnitude, then currency; the candidate's end. */
function readAfter(text: string, c: Candidate, lang: CompiledLanguage, ctx: EngineContext, fmt: NumberFormat, num: { decimalReading?: string }): void {
  let end = c.numEnd;
  const kanji = kanjiAmount(text, end, c.digits, fmt);
  if (kanji) {
    c.fixed = kanji.value;
    c.hasMagnitude = true;
    end = kanji.end;
  } else {
    const mag = magnitudeAt(text, end, lang, ctx);
    // A spaced abbreviation ("5 m") counts only with a currency around it ("$5 m", "5 M€").
    if (mag && (!mag.abbrev || mag.attached || c.currency || currencyAfter(text, mag.end, lang, false))) {
      c.exp = mag.exp;
      c.hasMagnitude = true;
      if (mag.note) c.notes.push(mag.note);
      end = mag.end;
      if (num.decimalReading && (fmt.ambiguousIsDecimal?.() ?? true)) {
        c.digits = num.decimalReading; // "1,4 million" style: with a magnitude, the decimal reading
        c.grouped = false;
      }
    }
  }
  if (!c.currency) {
    const cur = currencyAfter(text, end, lang, c.hasMagnitude);
    if (cur && !(cur.weak && !c.hasMagnitude) && !(cur.minor && c.hasMagnitude)) {
      c.currency = cur;
      end = cur.end;
    }
  }
  // "$100 Australian", "42 000 $ CA": a qualifier after a shared symbol or name.
  if (c.currency?.shared && isSpace(text.charCodeAt(end))) {
    const q = qualifierAt(text, end + 1, lang);
    if (q) {
      c.currency = { ...c.currency, iso: q.iso, end: q.end };
      delete c.currency.shared;
      end = q.end;
    }
  }
  c.end = end;
}

/** The candidate whose number starts at digit `i`, and where to resume. */
export function readAt(text: string, i: number, lang: CompiledLanguage, ctx: EngineContext, fmt: NumberFormat): { cand?: Candidate; next: number } {
  const num = parseNumber(text, i, fmt);
  if (badStart(text, i)) return { next: Math.max(num.end, i + 1) };
  const c: Candidate = {
    start: i, end: num.end, numStart: i, numEnd: num.end, digits: num.digits, grouped: num.grouped,
    exp: 0, hasMagnitude: false, negative: false, notes: [],
  };
  const before: CurrencyMatch | undefined = currencyBefore(text, i);
  if (before) {
    c.currency = before;
    c.start = before.start;
  }
  // A minus sign before the symbol or the number, not a hyphen between two numbers.
  const s = c.start;
  const sc = text.charCodeAt(s - 1);
  const pc = s >= 2 ? text.charCodeAt(s - 2) : 32;
  if ((sc === 45 || sc === 0x2212) && (isSpace(pc) || pc === 40 || pc === 10)) {
    c.negative = true;
    c.start = s - 1;
  }
  readAfter(text, c, lang, ctx, fmt, num);
  return { cand: c, next: Math.max(c.numEnd, i + 1) };
}

/** Where the word ending at `end` starts (letters only). */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Number words before a magnitude ("otto milioni di dollari", "two billion dollars"), and a
 * compound magnitude with no number before it or a number word ("mil millones de euros",
 * "dos mil millones", "mil milhões de euros"): 10^9 times one, or times the word.
 */
export function readNumberWords(text: string, lang: CompiledLanguage, ctx: EngineContext, fmt: NumberFormat, out: Candidate[]): void {
  const re = lang.magnitudeWords;
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The number word: the word before, separated by one space.
    const sp = m.index - 1;
    if (sp < 1 || !isSpace(text.charCodeAt(sp)) || isLetter(text.charCodeAt(m.index + m[0].length))) continue;
    let ws = wordStart(text, sp);
    if (ws === sp) continue;
    const word = text.slice(ws, sp).toLowerCase();
    let value = lang.data.numberWords[word];
    let numEnd = sp;
    if (value === undefined && lang.data.compound?.[word]) {
      // "mil millones": the magnitude starts at "mil"; the number is a word before it, or one.
      value = 1;
      numEnd = ws;
      const sp2 = ws - 1;
      if (sp2 > 0 && isSpace(text.charCodeAt(sp2))) {
        const ws2 = wordStart(text, sp2);
        const before = lang.data.numberWords[text.slice(ws2, sp2).toLowerCase()];
        if (before !== undefined && ws2 < sp2) [value, ws, numEnd] = [before, ws2, sp2];
        else if (ws2 === sp2 && isDigit(text.charCodeAt(sp2 - 1))) continue; // "2 mil millones": the digit scan's
      }
    }
    if (value === undefined) continue;
    const c: Candidate = {
      start: ws, end: numEnd, numStart: ws, numEnd, digits: String(value), grouped: false,
      exp: 0, hasMagnitude: false, negative: false, notes: [],
    };
    readAfter(text, c, lang, ctx, fmt, {});
    if (c.currency && c.hasMagnitude) out.push(c);
  }
}
