import type { Lang } from '../../../../src/core/findings';
import { findMoney } from '../../../../src/core/money';

/** [text, value, currency] of each amount, the shape most cases compare. */
export function amounts(text: string, lang: Lang, region?: string): [string, number, string][] {
  return findMoney(text, { lang, ...(region ? { region } : {}) }).map((f) => [f.text, f.value, f.currency]);
}

/** The single amount in `text` (fails when there is not exactly one). */
export function one(text: string, lang: Lang, region?: string) {
  const found = findMoney(text, { lang, ...(region ? { region } : {}) });
  if (found.length !== 1) throw new Error(`expected one amount in ${JSON.stringify(text)}, got ${JSON.stringify(found.map((f) => f.text))}`);
  return found[0]!;
}
