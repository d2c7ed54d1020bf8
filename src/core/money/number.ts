/**
 * Reads one written number ("42 000", "1.234,56", "1,400", "2,15", "1’000") at a digit, linearly:
 * each character is looked at once, and the caller resumes after `end`.
 */
import { isDigit, isSpace } from './chars';

export interface NumberFormat {
  decimal: string;
  group: string;
  /** Whether a space may group thousands (French, German …; not English or Japanese). */
  spaceGroups: boolean;
}

export interface ParsedNumber {
  start: number;
  end: number;
  /** The number as JavaScript reads it ("42000", "2.15"). */
  digits: string;
  /** Set when one separator and three digits could be either ("1,400"): the decimal reading. */
  decimalReading?: string;
  /** Thousands groups were written (a grouped number never takes a magnitude from its range partner). */
  grouped: boolean;
}

/** The digits of text[a, b), full-width ones turned into ASCII. */
function digitsOf(text: string, a: number, b: number): string {
  const s = text.slice(a, b);
  return /[\uff10-\uff19]/.test(s) ? s.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)) : s;
}
const isGroupChar = (c: number) => c === 46 || c === 44 || c === 0x2019 || c === 39 || isSpace(c);
/** Space-like separators count as one kind. */
const sepKind = (c: number) => (isSpace(c) ? 32 : c);

/** Three digits at `j` and no fourth. */
function threeDigits(text: string, j: number): boolean {
  return (
    isDigit(text.charCodeAt(j)) &&
    isDigit(text.charCodeAt(j + 1)) &&
    isDigit(text.charCodeAt(j + 2)) &&
    !isDigit(text.charCodeAt(j + 3))
  );
}

export function parseNumber(text: string, start: number, fmt: NumberFormat): ParsedNumber {
  let j = start;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  let int = digitsOf(text, start, j);
  const lead = int.length;
  let sep = 0;
  let groups = 0;
  // Thousands groups: one kind of separator, each followed by exactly three digits.
  while (lead <= 3 && j < text.length) {
    const c = text.charCodeAt(j);
    if (!isGroupChar(c) || (sep !== 0 && sepKind(c) !== sep) || !threeDigits(text, j + 1)) break;
    if (isSpace(c) && !fmt.spaceGroups) break;
    sep = sepKind(c);
    int += digitsOf(text, j + 1, j + 4);
    groups++;
    j += 4;
  }
  // Decimals: "." or "," (not the group separator) and digits.
  const c = text.charCodeAt(j);
  let frac = '';
  if ((c === 46 || c === 44) && c !== sep && isDigit(text.charCodeAt(j + 1))) {
    const commaIsDecimal = fmt.decimal === ',' || groups > 0;
    if (c === 46 || commaIsDecimal) {
      let k = j + 1;
      while (k < text.length && isDigit(text.charCodeAt(k))) k++;
      frac = digitsOf(text, j + 1, k);
      j = k;
    }
  }
  const digits = frac ? `${int}.${frac}` : int;
  const result: ParsedNumber = { start, end: j, digits, grouped: groups > 0 };
  // One "." or "," then three digits, nothing else: the language's decimal mark makes it a decimal.
  if (groups === 1 && !frac && (sep === 46 || sep === 44) && String.fromCharCode(sep) === fmt.decimal) {
    result.decimalReading = `${int.slice(0, lead)}.${int.slice(lead)}`;
  }
  return result;
}
