/**
 * Quotation marks of every convention Claimlens reads, and which closing marks may end a span
 * each one opens. Language-independent: a French page quoting an English tweet uses “ ” inside
 * « », so every pair is tried on every page, and the flanking rules in ./spans.ts tell an opening
 * mark from a closing one.
 */

/** Opening mark → the marks that may close it (first is the regular one). */
export const CLOSERS: Readonly<Record<string, string>> = {
  '«': '»',
  '»': '«»', // German and Danish »…«, Swedish and Finnish »…»
  '“': '”"“', // English “…”; a stray straight or doubled mark still closes
  '„': '“”"', // German „…“, Polish „…”
  '"': '"”“',
  '‚': '‘’',
  '‘': '’\'',
  "'": "'’",
  '‹': '›',
  '›': '‹›',
  '「': '」',
  '『': '』',
};

/** Every character that may be a quotation mark. */
export const MARKS = new Set(['«', '»', '“', '”', '„', '"', '‚', '‘', '’', "'", '‹', '›', '「', '」', '『', '』']);

/** Marks of East Asian text: never apostrophes, no flanking rules needed. */
export const CJK_OPEN = new Set(['「', '『']);
export const CJK_CLOSE = new Set(['」', '』']);

/** Guillemets take a space (often a no-break one) inside: « mot ». */
export const SPACED = new Set(['«', '»', '‹', '›']);

/** Single marks: also apostrophes, so they need letters-free outer sides. */
export const SINGLE = new Set(['‚', '‘', '’', "'"]);
