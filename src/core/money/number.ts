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
  /**
   * Whether "1,400" before a magnitude is 1.4 here (the decimal reading) rather than 1400. Asked
   * only for such a number: on a page without a declared region it reads the region from the
   * text ("1,400 millones" in a Mexican story is 1 400 million). Absent: the decimal reading.
   */
  ambiguousIsDecimal?: () => boolean;
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

function isGroupChar(c: number): boolean {
  return c === 46 || c === 44 || c === 0x2019 || c === 39 || isSpace(c);
}
/** Space-like separators count as one kind. */
function sepKind(c: number): number {
  return isSpace(c) ? 32 : c;
}

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
  let wide = false;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (!isDigit(c)) break;
    if (c > 57) wide = true;
    j++;
  }
  const lead = j - start;
  let sep = 0;
  let groups = 0;
  // Thousands groups: one kind of separator, each followed by exactly three digits.
  while (lead <= 3 && j < text.length) {
    const c = text.charCodeAt(j);
    if (!isGroupChar(c) || (sep !== 0 && sepKind(c) !== sep) || !threeDigits(text, j + 1)) break;
    if (isSpace(c) && !fmt.spaceGroups) break;
    sep = sepKind(c);
    groups++;
    j += 4;
  }
  const intEnd = j;
  // Decimals: "." or "," (not the group separator) and digits.
  const c = text.charCodeAt(j);
  let fracStart = -1;
  if ((c === 46 || c === 44) && c !== sep && isDigit(text.charCodeAt(j + 1))) {
    if (c === 46 || fmt.decimal === ',' || groups > 0) {
      fracStart = j + 1;
      j++;
      while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    }
  }
  // Only grouped or full-width numbers need rewriting; most are a plain slice.
  let int = groups === 0 ? text.slice(start, intEnd) : stripGroups(text, start, intEnd);
  let frac = fracStart < 0 ? '' : text.slice(fracStart, j);
  if (wide || /[\uff10-\uff19]/.test(frac)) {
    int = toAscii(int);
    frac = toAscii(frac);
  }
  const digits = frac ? `${int}.${frac}` : int;
  const result: ParsedNumber = { start, end: j, digits, grouped: groups > 0 };
  // One "." or "," then three digits, nothing else: the language's decimal mark makes it a decimal.
  if (groups === 1 && !frac && (sep === 46 || sep === 44) && String.fromCharCode(sep) === fmt.decimal) {
    result.decimalReading = `${int.slice(0, lead)}.${int.slice(lead)}`;
  }
  return result;
}

/** text[a, b) without its group separators (every fourth character after the leading digits). */
function stripGroups(text: string, a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++) if (isDigit(text.charCodeAt(i))) out += text[i];
  return out;
}

/** Full-width figures (０-９) as ASCII. A loop: a replace with a callback per figure cost more than the amounts' parsing. */
export function toAscii(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xff10 || c > 0xff19) continue;
    out += s.slice(from, i) + String.fromCharCode(c - 0xff10 + 48);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
