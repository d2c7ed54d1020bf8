/**
 * One written amount, or one bare number that may borrow a currency or magnitude from its range
 * partner ("5 à 6 milliards d’euros"). Built by ./scan, linked by ./ranges, finished by ./index.
 */
import type { CurrencyMatch } from './currency';

export interface Candidate {
  /** First character on the page (sign, symbol or digit). */
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
  /** The number as JavaScript reads it, before its magnitude. */
  digits: string;
  grouped: boolean;
  exp: number;
  /** An abbreviation or word magnitude was written (not only Japanese kanji folded into `fixed`). */
  hasMagnitude: boolean;
  /** The whole value when Japanese kanji already gave it. */
  fixed?: number;
  negative: boolean;
  currency?: CurrencyMatch;
  notes: string[];
  range?: string;
  /** Shared from the partner: not in this candidate's text. */
  borrowed?: boolean;
}

/** The value in units of the currency. */
export function candidateValue(c: Candidate): number {
  const base = c.fixed ?? Number(`${c.digits}e${c.exp - (c.currency?.minor ? 2 : 0)}`);
  return c.negative ? -base : base;
}
