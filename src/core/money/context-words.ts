/**
 * Words around an amount that become fields: hedges before it (`approx`: "plus de", "about") and
 * rates after it (`period`: "par mois", "a year", "/mo"). Looked at only next to found amounts.
 */
import type { Period } from '../findings';
import { isLetter, isSpace } from './chars';
import type { CompiledLanguage } from './lexicon';
import { DATE_NOT_RATE_AFTER } from './data/languages';

/** The hedge written just before `start`, as written ("plus de"). */
export function approxBefore(text: string, start: number, lang: CompiledLanguage): string | undefined {
  let e = start;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  const phrases = lang.approxByLast.get(text[e - 1]?.toLowerCase() ?? '');
  if (!phrases) return undefined;
  const window = text.slice(Math.max(0, e - 24), e);
  const lower = window.toLowerCase();
  for (const phrase of phrases) {
    if (!lower.endsWith(phrase)) continue;
    const s = window.length - phrase.length;
    // Whole words: "some" is not the end of "handsome"; Japanese needs no boundary.
    if (s > 0 && isLetter(window.charCodeAt(s - 1)) && isLetter(phrase.charCodeAt(0))) continue;
    return window.slice(s);
  }
  return undefined;
}

/** A hedge written just after (Japanese "超", "以上"). */
export function approxAfter(text: string, end: number, lang: CompiledLanguage): string | undefined {
  for (const phrase of lang.data.approxAfter ?? []) if (text.startsWith(phrase, end)) return phrase;
  return undefined;
}

function periodBefore(text: string, start: number, lang: CompiledLanguage): Period | undefined {
  for (const [phrase, period] of lang.periodsBefore) {
    const s = start - phrase.length;
    if (s >= 0 && text.startsWith(phrase, s)) return period;
  }
  return undefined;
}

/** True when the word at `from` (after spaces) makes the rate word before it a date. */
function isDate(text: string, from: number): boolean {
  let s = from;
  while (isSpace(text.charCodeAt(s))) s++;
  let e = s;
  while (e < text.length && e - s < 12 && isLetter(text.charCodeAt(e))) e++;
  return e > s && DATE_NOT_RATE_AFTER.has(text.slice(s, e).toLowerCase());
}

/** The rate written after the amount ("par mois", "/mo"), or before it (Japanese "月額"). */
export function periodAround(text: string, start: number, end: number, lang: CompiledLanguage): Period | undefined {
  let p = end;
  if (isSpace(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  // Rates start with a letter or "/": most amounts are followed by neither.
  if (!(c === 47 || isLetter(c) || c > 0x2fff)) return periodBefore(text, start, lang);
  const first = lang.periodsByFirst.get(text[p]!.toLowerCase());
  const lower = first ? text.slice(p, p + 24).toLowerCase() : '';
  for (const [phrase, period] of first ?? []) {
    if (!lower.startsWith(phrase) || isLetter(lower.charCodeAt(phrase.length))) continue;
    if (!isDate(text, p + phrase.length)) return period as Period;
  }
  for (const [phrase, period] of lang.periodsBefore) {
    const s = start - phrase.length;
    if (s >= 0 && text.startsWith(phrase, s)) return period;
  }
  return undefined;
}
