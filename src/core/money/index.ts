/**
 * The money engine: every amount in an article, with its value, currency, and the rate, hedge and
 * range it comes with.
 *
 *   text ─ scan (digits, number words) ─► candidates ─ ranges ─► resolve currency ─► findings
 *
 * One pass over the characters finds digit runs; everything else (symbols, magnitudes, names) is
 * read locally around them, so time stays linear in the text. Tables live in ./data.
 */
import type { EngineContext } from '../context';
import type { Draft, MoneyFinding } from '../findings';
import { candidateValue, type Candidate } from './candidate';
import { approxAfter, approxBefore, periodAround } from './context-words';
import { languageTables, numberFormat, resolveShared } from './lexicon';
import { borrowSentenceCurrency, endsClause } from './elliptic';
import { readIdeographic } from './ideographic';
import { MAX_GAP, linkRanges, shareListMagnitude } from './ranges';
import { isLetter, isSpace } from './chars';
import { moneyRegion } from './region';
import type { NumberFormat } from './number';
import { readAt, readNumberWords } from './scan';

/** The regex engine skips to the next digit faster than a charCodeAt loop. */
const DIGIT = /[0-9\uff10-\uff19]/g;

/**
 * The page's number format: its declared region's, else the language's, except that "1,400"
 * before a magnitude follows the region the text points to (`region()`, read only when such a
 * number occurs).
 */
function numberFormatFor(ctx: EngineContext, region: () => string | undefined): NumberFormat {
  const fmt = numberFormat(ctx.lang, ctx.region);
  if (ctx.region) return fmt;
  let decimal: boolean | undefined;
  return { ...fmt, ambiguousIsDecimal: () => (decimal ??= numberFormat(ctx.lang, region()).decimal === fmt.decimal) };
}

/** Every amount of money in `text`, in text order. */
export function findMoney(text: string, ctx: EngineContext): Draft<MoneyFinding>[] {
  const lang = languageTables(ctx.lang);
  // The region the text points to: read once, and only if a number or a shared sign needs it.
  let region: string | undefined | null = null;
  const pageRegion = () => (region === null ? (region = moneyRegion(text, ctx)) : region);
  const fmt = numberFormatFor(ctx, pageRegion);
  const cands: Candidate[] = [];
  const digits = DIGIT;
  digits.lastIndex = 0;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    const { cand, next } = readAt(text, m.index, lang, ctx, fmt);
    // A bare number matters as a range end next to an amount ("5 à 6 milliards d’euros"), or as
    // an amount whose currency came earlier in the sentence ("… et 300 millions.").
    if (cand && (cand.currency || mayJoinRange(text, cand, cands[cands.length - 1]) || (cand.hasMagnitude && endsClause(text, cand.end, lang)))) {
      cands.push(cand);
    }
    digits.lastIndex = next;
  }
  readNumberWords(text, lang, ctx, fmt, cands);
  readIdeographic(text, lang, cands);
  if (!cands.some((c) => c.currency)) return [];
  cands.sort((a, b) => a.start - b.start);
  linkRanges(text, cands, lang);
  shareListMagnitude(text, cands, lang);
  borrowSentenceCurrency(text, cands, lang);

  const out: Draft<MoneyFinding>[] = [];
  let lastEnd = -1;
  for (const c of cands) {
    const cur = c.currency;
    if (!cur || c.start < lastEnd) continue;
    let iso = cur.iso;
    if (cur.shared) iso = resolveShared(cur.shared, cur.iso, pageRegion());
    const value = candidateValue(c);
    if (!Number.isFinite(value)) continue;
    const f: Draft<MoneyFinding> = { kind: 'money', text: text.slice(c.start, c.end), start: c.start, end: c.end, value, currency: iso };
    const period = periodAround(text, c.start, c.end, lang);
    if (period) f.period = period;
    const approx = approxBefore(text, c.start, lang) ?? approxAfter(text, c.end, lang);
    if (approx) f.approx = approx;
    if (c.range) f.range = c.range;
    const notes = [...c.notes];
    if (cur.minor) notes.push('hundredths of the currency');
    if (iso !== cur.iso) notes.push(`"${cur.shared}" read as ${iso} from the page's country`);
    if (notes.length) f.note = notes.join('; ');
    out.push(f);
    lastEnd = c.end;
  }
  shareRangePeriods(out);
  return out;
}

/** Whether a bare number sits where a range connector could tie it to a neighbour. */
function mayJoinRange(text: string, c: Candidate, prev: Candidate | undefined): boolean {
  if (prev?.currency && c.start - prev.end <= MAX_GAP) return true;
  let p = c.end;
  if (isSpace(text.charCodeAt(p))) p++;
  const ch = text.charCodeAt(p);
  return ch === 45 || ch === 0x2013 || ch === 0x2014 || ch === 126 || ch === 0x301c || ch === 0xff5e || ch === 0x304b || isLetter(ch);
}

/** "de 0 $ à 42 000 $ par mois": the rate written after the range applies to both ends. */
function shareRangePeriods(out: Draft<MoneyFinding>[]): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.range && a.range === b.range && b.period && !a.period) a.period = b.period;
  }
}
