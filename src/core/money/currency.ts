/**
 * Currency markers next to a number: a symbol or ISO code before it ("US$5", "CHF 12"), or a
 * symbol, code or name after it ("42 000 $", "5 EUR", "6 millions de dollars canadiens", "1億円").
 */
import { isLetter, isSpace, skipSpace, skipSpaceBack, wordEnd } from './chars';
import { CODES, SHARED_BY, startKey, SYMBOLS, SYMBOLS_BY_FIRST, SYMBOLS_BY_LAST, type CompiledLanguage } from './lexicon';

export interface CurrencyMatch {
  start: number;
  end: number;
  iso: string;
  /** The shared word or symbol it was read from ("$", "dollars"), when the region may change it. */
  shared?: string;
  /** Hundredths: "35 cents". */
  minor?: boolean;
  /** A name that means something else alone ("livres"): needs a magnitude to count. */
  weak?: boolean;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const boundaryBefore = (text: string, i: number) => i === 0 || !isLetter(text.charCodeAt(i - 1));
const boundaryAfter = (text: string, i: number) => i >= text.length || !isLetter(text.charCodeAt(i));

function symbolMatch(sym: string, start: number, end: number): CurrencyMatch {
  const iso = SYMBOLS[sym]!;
  return SHARED_BY[sym] ? { start, end, iso, shared: sym } : { start, end, iso };
}

/** A symbol or code ending at `end` (a space allowed before the number). */
export function currencyBefore(text: string, numStart: number): CurrencyMatch | undefined {
  const end = skipSpaceBack(text, numStart);
  if (end === 0) return undefined;
  for (const sym of SYMBOLS_BY_LAST.get(text.charCodeAt(end - 1)) ?? []) {
    const s = end - sym.length;
    if (s < 0 || !text.startsWith(sym, s)) continue;
    if (isLetter(sym.charCodeAt(0)) && !boundaryBefore(text, s)) continue;
    // A letter symbol must touch or be spaced from the number, not run into it ("kr5" is fine).
    return symbolMatch(sym, s, end);
  }
  const s = end - 3;
  if (s >= 0 && isUpper(text.charCodeAt(s)) && isUpper(text.charCodeAt(s + 1)) && isUpper(text.charCodeAt(s + 2))) {
    const code = text.slice(s, end);
    if (CODES.has(code) && boundaryBefore(text, s)) return { start: s, end, iso: code };
  }
  return undefined;
}

/** A symbol or code starting at `i`. */
export function symbolAt(text: string, i: number): CurrencyMatch | undefined {
  for (const sym of SYMBOLS_BY_FIRST.get(text.charCodeAt(i)) ?? []) {
    if (!text.startsWith(sym, i)) continue;
    const e = i + sym.length;
    if (isLetter(sym.charCodeAt(sym.length - 1)) && !boundaryAfter(text, e)) continue;
    return symbolMatch(sym, i, e);
  }
  if (isUpper(text.charCodeAt(i)) && isUpper(text.charCodeAt(i + 1)) && isUpper(text.charCodeAt(i + 2))) {
    const code = text.slice(i, i + 3);
    if (CODES.has(code) && boundaryAfter(text, i + 3)) return { start: i, end: i + 3, iso: code };
  }
  return undefined;
}

/** Up to `n` words from `i`, each with its end, joined by single spaces. */
function wordsFrom(text: string, i: number, n: number): { word: string; end: number }[] {
  const out: { word: string; end: number }[] = [];
  let p = i;
  for (let k = 0; k < n; k++) {
    const e = wordEnd(text, p);
    if (e === p) break;
    out.push({ word: text.slice(p, e).toLowerCase(), end: e });
    if (!isSpace(text.charCodeAt(e))) break;
    p = e + 1;
  }
  return out;
}

/** The longest qualifier at `i` ("canadiens", "des états-unis", "US"), if any. */
export function qualifierAt(text: string, i: number, lang: CompiledLanguage): { iso: string; end: number } | undefined {
  let e = wordEnd(text, i);
  if (e === i) return undefined;
  let phrase = text.slice(i, e).toLowerCase();
  if (!lang.qualifierStarts.has(phrase)) return undefined;
  let best: { iso: string; end: number } | undefined;
  for (let k = 1; ; k++) {
    const iso = lang.qualifiers.get(phrase);
    if (iso) best = { iso, end: e };
    if (k >= lang.qualifierWords || !isSpace(text.charCodeAt(e))) break;
    const e2 = wordEnd(text, e + 1);
    if (e2 === e + 1) break;
    phrase += ' ' + text.slice(e + 1, e2).toLowerCase();
    e = e2;
  }
  return best;
}

/** A currency name at `i`: head with optional qualifier after ("dollars US") or before ("Canadian dollars"). */
export function nameAt(text: string, i: number, lang: CompiledLanguage): CurrencyMatch | undefined {
  if (!lang.nameStarts.has(startKey(text, i))) return undefined;
  const e = wordEnd(text, i);
  if (e === i) return undefined;
  const word = text.slice(i, e).toLowerCase();
  const minor = lang.minorUnits.get(word);
  if (minor) return minor === '$' ? { start: i, end: e, iso: 'USD', shared: '$', minor: true } : { start: i, end: e, iso: minor, minor: true };
  const head = lang.heads.get(word);
  if (head) {
    const q = isSpace(text.charCodeAt(e)) ? qualifierAt(text, e + 1, lang) : undefined;
    if (q) return { start: i, end: q.end, iso: q.iso };
    const m: CurrencyMatch = { start: i, end: e, iso: head };
    if (SHARED_BY[word]) m.shared = word;
    if (lang.needsQualifier.has(word)) m.weak = true;
    return m;
  }
  // Qualifier first ("Canadian dollars", "Schweizer Franken", "Hong Kong dollars").
  if (!lang.data.qualifierFirst || !lang.qualifierStarts.has(word)) return undefined;
  const words = wordsFrom(text, i, lang.qualifierWords + 1);
  for (let k = Math.min(words.length - 1, lang.qualifierWords); k > 0; k--) {
    const iso = lang.qualifiers.get(words.slice(0, k).map((w) => w.word).join(' '));
    if (iso && lang.heads.has(words[k]!.word)) return { start: i, end: words[k]!.end, iso };
  }
  return undefined;
}

/** Japanese currency names written right after the number ("円", "ドル", "米ドル", "ユーロ"). */
export function gluedNameAt(text: string, i: number, lang: CompiledLanguage): CurrencyMatch | undefined {
  for (const name of lang.glued.get(text.charCodeAt(i)) ?? []) {
    if (text.startsWith(name, i)) {
      const iso = lang.gluedIso.get(name)!;
      return name === 'ドル' ? { start: i, end: i + name.length, iso, shared: '$' } : { start: i, end: i + name.length, iso };
    }
  }
  return undefined;
}

/** A currency after a number: symbol or code, name, or (Japanese) glued name. */
export function currencyAfter(text: string, i: number, lang: CompiledLanguage, allowLink: boolean): CurrencyMatch | undefined {
  const glued = lang.glued.size ? gluedNameAt(text, i, lang) : undefined;
  if (glued) return glued;
  const p = skipSpace(text, i);
  const sym = symbolAt(text, p);
  if (sym) return sym;
  const name = nameAt(text, p, lang);
  if (name) return name;
  if (!allowLink) return undefined;
  // "millions de dollars", "milliard d’euros", "milioni di dollari".
  for (const link of lang.data.links) {
    if (!text.startsWith(link, p) && text.slice(p, p + link.length).toLowerCase() !== link) continue;
    let q = p + link.length;
    const apostrophe = link.endsWith("'") || link.endsWith('’');
    if (!apostrophe) {
      if (!isSpace(text.charCodeAt(q))) continue;
      q++;
    }
    const named = nameAt(text, q, lang) ?? symbolAt(text, q);
    if (named && !named.minor) return named;
  }
  return undefined;
}
