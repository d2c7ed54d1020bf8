/**
 * Sentence edges near a quotation, searched in a bounded window so that the engine stays linear:
 * a sentence ends at . ! ? 。 followed by a space (not after a one- or two-letter abbreviation
 * such as "M." or "Dr."), or at a line break.
 */

/** How far the rules look on each side of a quotation. */
export const WINDOW = 200;

const UPPER = /\p{Lu}/u;

function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '。' || c === '！' || c === '？') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  if (next !== ' ' && next !== '\u00a0' && next !== '\n' && next !== undefined) return false;
  if (c === '.') {
    // "M. Macron", "Dr. Cross", "St. Jean": a short capitalised word before the dot
    let j = i - 1;
    while (j >= 0 && j > i - 4 && /\p{L}/u.test(text[j]!)) j--;
    const word = text.slice(j + 1, i);
    if (word.length > 0 && word.length <= 2 && UPPER.test(word[0]!)) return false;
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
