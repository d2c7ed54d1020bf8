/**
 * Amounts whose currency is written once, earlier in the sentence: "des ventes de 5 milliards
 * d’euros et un bénéfice de 300 millions.", "ingresos de 10.400 millones de euros y una deuda de
 * 27.000 millones". A number with a magnitude word and no currency borrows the currency of the
 * last amount before it in the same sentence, when nothing but punctuation or "and" follows it
 * (followed by a noun, "300 millions d’habitants", it counts something else).
 */
import type { Candidate } from './candidate';
import { isSpace } from './chars';
import type { CompiledLanguage } from './lexicon';

/** How far back, in characters, the amount that lends its currency may be. */
const MAX_DISTANCE = 160;

/** Nothing after the number but the end of a clause: punctuation, a line break, the end, or "and". */
export function endsClause(text: string, end: number, lang: CompiledLanguage): boolean {
  let p = end;
  while (p < text.length && isSpace(text.charCodeAt(p)) && text.charCodeAt(p) !== 10) p++;
  if (p >= text.length) return true;
  const c = text[p]!;
  if ('.,;:)!?\n'.includes(c)) return true;
  for (const w of lang.data.pairWords) {
    if (text.startsWith(w, p) && isSpace(text.charCodeAt(p + w.length))) return true;
  }
  return false;
}

/** No sentence or paragraph end between `from` and `to`. */
function sameSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return false;
    if ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(i + 1))) return false;
  }
  return true;
}

/** Gives each bare magnitude amount the currency of the amount before it in its sentence. */
export function borrowSentenceCurrency(text: string, cands: Candidate[], lang: CompiledLanguage): void {
  let lender: Candidate | undefined;
  for (const c of cands) {
    if (c.currency) {
      if (c.hasMagnitude) lender = c;
      continue;
    }
    if (!c.hasMagnitude || c.fixed !== undefined || !lender?.currency || c.start - lender.end > MAX_DISTANCE) continue;
    if (c.start < lender.end || !endsClause(text, c.end, lang) || !sameSentence(text, lender.end, c.start)) continue;
    c.currency = { ...lender.currency };
    c.borrowed = true;
    c.notes.push('currency written once, earlier in the sentence');
  }
}
