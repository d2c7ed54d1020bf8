/**
 * Ranges and pairs that write the currency or magnitude once: "de 0 $ à 42 000 $", "between $5 and
 * $6 billion", "$5-6 billion", "5 à 6 milliards d’euros", "€3m–€4m". Each end stays its own
 * finding; both get the group's id, and the one lacking a currency or magnitude borrows it.
 */
import type { Candidate } from './candidate';
import { isLetter, isSpace } from './chars';
import type { CompiledLanguage } from './lexicon';

/** Longest connector with its spaces (" and ", " jusqu’à " is not one). */
export const MAX_GAP = 12;

/** The connector between two candidates, if the gap is one ("to", "–", "à", "and" after "between"). */
function connects(text: string, a: Candidate, b: Candidate, lang: CompiledLanguage): boolean {
  if (b.start - a.end > MAX_GAP || b.start < a.end) return false;
  const gap = text.slice(a.end, b.start).trim().toLowerCase();
  if (lang.data.rangeWords.includes(gap)) return true;
  if (!lang.data.pairWords.includes(gap)) return false;
  // "and"/"et"/"und" join a range only after "between"/"entre"/"zwischen".
  let e = a.start;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  const before = text.slice(Math.max(0, e - 12), e).toLowerCase();
  return lang.data.openers.some((o) => before.endsWith(o) && !isLetter(before.charCodeAt(before.length - o.length - 1)));
}

/** Links neighbours in place; `cands` is in text order. */
export function linkRanges(text: string, cands: Candidate[], lang: CompiledLanguage): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1]!;
    if (a.range || (!a.currency && !b.currency) || !connects(text, a, b, lang)) continue;
    // Two currencies: two amounts side by side ("5 € ou 6 $"), not one range.
    if (a.currency && b.currency && a.currency.iso !== b.currency.iso) continue;
    if (!a.currency && b.currency) {
      a.currency = { ...b.currency };
      a.borrowed = true;
    } else if (!b.currency && a.currency) {
      b.currency = { ...a.currency };
      b.borrowed = true;
    }
    // The magnitude written once, on the second end: "$5-6 billion" is 5 and 6 billion.
    if (b.hasMagnitude && !a.hasMagnitude && !a.grouped && a.fixed === undefined && b.fixed === undefined && Number(a.digits) <= Number(b.digits)) {
      a.exp = b.exp;
      a.hasMagnitude = true;
      a.notes.push('magnitude written once for the range');
    } else if (a.hasMagnitude && !b.hasMagnitude && !b.grouped && a.fixed === undefined && Number(b.digits) >= Number(a.digits)) {
      b.exp = a.exp;
      b.hasMagnitude = true;
    }
    if (a.currency?.minor !== b.currency?.minor) continue;
    a.range = b.range = `range:${a.start}`;
  }
}

/** "," between items of a list; "and"/"or" (after a comma or not) before its last item; else ''. */
function listGap(text: string, a: Candidate, b: Candidate, lang: CompiledLanguage): '' | 'comma' | 'last' {
  if (b.start - a.end > MAX_GAP || b.start < a.end) return '';
  const gap = text.slice(a.end, b.start).trim().toLowerCase();
  if (gap === ',') return 'comma';
  const word = gap.startsWith(',') ? gap.slice(1).trim() : gap;
  return lang.data.pairWords.includes(word) ? 'last' : '';
}

/** A bare small number that may take a magnitude written once at the end of its list. */
function bare(c: Candidate): boolean {
  return !c.hasMagnitude && !c.grouped && c.fixed === undefined && !c.range && Number(c.digits) < 1000;
}

/**
 * Lists that write the magnitude once, on the last amount: "$1, $2 and $3 billion", "5, 6 ou 7
 * milliards d’euros" (each amount in billions). Only amounts of one currency, joined by commas and
 * a last "and"/"or", all bare but the last: "$5 and $6 billion" too, without "between".
 */
export function shareListMagnitude(text: string, cands: Candidate[], lang: CompiledLanguage): void {
  for (let i = 0; i < cands.length; i++) {
    const first = cands[i]!;
    if (!first.currency || !bare(first)) continue;
    let j = i;
    let closed = false;
    while (j + 1 < cands.length) {
      const a = cands[j]!;
      const b = cands[j + 1]!;
      const gap = listGap(text, a, b, lang);
      if (!gap || b.currency?.iso !== first.currency.iso) break;
      j++;
      if (gap === 'last') {
        closed = true;
        break;
      }
      if (!bare(b)) break;
    }
    const last = cands[j]!;
    if (!closed || !last.hasMagnitude || last.fixed !== undefined) {
      i = Math.max(i, j - 1);
      continue;
    }
    for (let k = i; k < j; k++) {
      const c = cands[k]!;
      c.exp = last.exp;
      c.hasMagnitude = true;
      c.notes.push('magnitude written once for the list');
    }
    i = j;
  }
}
