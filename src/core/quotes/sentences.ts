/**
 * Sentence edges near a quotation, searched in a bounded window so that the engine stays linear:
 * a sentence ends at . ! ? 。 followed by a space (not after a one- or two-letter abbreviation
 * such as "M." or "Dr."), or at a line break.
 */

import { isLetterCode, isUpperCode } from '../names/chars';

/** How far the rules look on each side of a quotation. */
export const WINDOW = 200;

/** Char-code tests only: this runs on every character of the windows around each quotation. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x3002 || c === 0xff01 || c === 0xff1f) return true; // 。！？
  if (c !== 46 && c !== 33 && c !== 63) return false; // . ! ?
  const next = text.charCodeAt(i + 1);
  if (next !== 32 && next !== 0xa0 && next !== 10 && i + 1 < text.length) return false;
  if (c === 46) {
    // "M. Macron", "Dr. Cross", "St. Jean": a short capitalised word before the dot
    let j = i - 1;
    while (j >= 0 && j > i - 4 && isLetterCode(text.charCodeAt(j))) j--;
    const len = i - j - 1;
    if (len > 0 && len <= 2 && isUpperCode(text.charCodeAt(j + 1))) return false;
  }
  return true;
}

/** Where the sentence holding `i` starts, not before `floor`. */
export function sentenceStart(text: string, i: number, floor: number): number {
  const stop = Math.max(floor, i - WINDOW);
  for (let j = i - 1; j >= stop; j--) {
    if (text[j] === '\n') return j + 1;
    if (endsSentence(text, j)) return j + 1;
  }
  return stop;
}

/** Where the sentence holding `i` ends (exclusive), not after `ceiling`. */
export function sentenceEnd(text: string, i: number, ceiling: number): number {
  const stop = Math.min(ceiling, i + WINDOW);
  for (let j = i; j < stop; j++) {
    if (text[j] === '\n') return j;
    if (endsSentence(text, j)) return j + 1;
  }
  return stop;
}

/** Index of the start of the paragraph holding `i` (bounded like the sentence search). */
export function lineStart(text: string, i: number): number {
  const stop = Math.max(0, i - WINDOW);
  for (let j = i - 1; j >= stop; j--) if (text[j] === '\n') return j + 1;
  return stop;
}
