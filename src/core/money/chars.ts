/** Character classes the money scanner needs, on UTF-16 code units (no regex in the hot loop). */

/** ASCII or full-width digit ("１２" appears in Japanese text). */
export function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** A letter of a Latin, Greek or Cyrillic word: what makes "A380" a model name, not an amount. */
export function isLetter(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f)
  );
}

/** Spaces that may sit between the parts of an amount: space, no-break, narrow no-break, thin, figure. */
export function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007;
}

/** End of the word starting at `i`: letters, with inner hyphens and apostrophes ("us-dollar"). */
export function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isLetter(c)) j++;
    else if ((c === 45 || c === 0x2019 || c === 39) && j > i && isLetter(text.charCodeAt(j + 1))) j++;
    else break;
  }
  return j;
}

/** `i` moved past one space, if there is one. */
export function skipSpace(text: string, i: number): number {
  return i < text.length && isSpace(text.charCodeAt(i)) ? i + 1 : i;
}

/** `i` moved back before one space, if there is one. */
export function skipSpaceBack(text: string, i: number): number {
  return i > 0 && isSpace(text.charCodeAt(i - 1)) ? i - 1 : i;
}
