/**
 * Character classes as lookup tables, built once at module load: a typed-array lookup is many
 * times faster than a Unicode regular expression per character, and the tokenizer and the quote
 * scanner ask for every character they pass.
 */
const WORD = 1;
const UPPER = 2;
const LETTER = 4;

const TABLE = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) TABLE[c] = WORD | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/\p{L}/u.test(ch) ? LETTER : 0);
}

/** A letter, combining mark or digit (UTF-16 code unit; astral letters count as non-word). */
export function isWordCode(code: number): boolean {
  return (TABLE[code]! & WORD) !== 0;
}

/** An upper-case letter. */
export function isUpperCode(code: number): boolean {
  return (TABLE[code]! & UPPER) !== 0;
}

/** A letter (not a digit or mark). */
export function isLetterCode(code: number): boolean {
  return (TABLE[code]! & LETTER) !== 0;
}
