/**
 * Amounts written in ideographic numerals ("三億円", "二千五百万ドル", "十五万円"): the run of
 * numeral characters, its value read as Japanese reads it, then a currency after it. Digits in
 * Arabic figures ("3億円", "1兆2000億円") are read by ./scan and ./magnitude; this pass only
 * takes runs that start with a numeral character, and only in a language that has them.
 */
import type { Candidate } from './candidate';
import { isDigit } from './chars';
import { currencyAfter } from './currency';
import type { CompiledLanguage } from './lexicon';
import { toAscii } from './number';

/** Compiled once per language: the characters, and a regex that finds runs starting with a digit or 十百千. */
const RUNS = new WeakMap<Record<string, number>, RegExp>();

function runRegex(table: Record<string, number>): RegExp {
  let re = RUNS.get(table);
  if (!re) {
    const all = Object.keys(table).join('');
    // A run may not start with 万/億/兆 (they multiply what comes before): one class, then a
    // class with no overlap trouble: linear.
    const starts = Object.keys(table).filter((k) => table[k]! < 1e4).join('');
    re = new RegExp(`[${starts}][${all}]*`, 'gu');
    RUNS.set(table, re);
  }
  return re;
}

/**
 * The value of a run of numeral characters: digits build a number (二〇二四 = 2024), 十/百/千
 * multiply the number before them (or one) within a group, 万/億/兆 close a group.
 */
export function ideographicValue(run: string, table: Record<string, number>, lead = -1): number {
  let total = 0;
  let group = 0;
  let digits = lead; // -1: no digit since the last multiplier; `lead`: figures written before the run ("3千億")
  for (const ch of run) {
    const v = table[ch];
    if (v === undefined) return NaN;
    if (v < 10) digits = (digits < 0 ? 0 : digits * 10) + v;
    else if (v < 1e4) {
      group += (digits < 0 ? 1 : digits) * v;
      digits = -1;
    } else {
      const inGroup = group + (digits < 0 ? 0 : digits);
      total += (inGroup === 0 ? 1 : inGroup) * v;
      group = 0;
      digits = -1;
    }
  }
  return total + group + (digits < 0 ? 0 : digits);
}

/** Adds a candidate for each run of numeral characters that a currency follows. */
export function readIdeographic(text: string, lang: CompiledLanguage, out: Candidate[]): void {
  const table = lang.data.ideographicNumerals;
  if (!table) return;
  const re = runRegex(table);
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const cur = currencyAfter(text, end, lang, true);
    if (!cur || cur.minor) continue;
    // Figures just before the run belong to it: "3千億円" is 3 × 1000 × 10^8.
    let start = m.index;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    const lead = start < m.index ? Number(toAscii(text.slice(start, m.index))) : -1;
    const value = ideographicValue(m[0], table, lead);
    if (!Number.isFinite(value)) continue;
    out.push({
      start, end: cur.end, numStart: start, numEnd: end, digits: String(value), grouped: false,
      exp: 0, hasMagnitude: true, fixed: value, negative: false, currency: cur, notes: [],
    });
  }
}
