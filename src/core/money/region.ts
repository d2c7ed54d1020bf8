/**
 * The country whose dollar (or peso, or krona) a bare symbol means. The page's region when known
 * (`lang="fr-CA"`, a .ca address); otherwise the text's own cues, so that a Québec page without
 * either still reads "50 $" as CAD: a country needs 3 mentions and more than the United States.
 * Only for French and Spanish pages (see below).
 */
import type { EngineContext } from '../context';
import { REGION_CUES } from './data/extras';

const MIN_CUES = 3;
const INFER_FOR = new Set(['fr', 'es']);
/** The opening of a text (headline, standfirst, first paragraphs) names its country if anything does. */
const CUE_WINDOW = 8_000;

const REGION_OF = new Map<string, string>();
for (const [region, words] of Object.entries(REGION_CUES)) for (const w of words) REGION_OF.set(w, region);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * One pass over the text for every cue (a literal alternation: linear). Lower-case and capitalised
 * spellings instead of the `i` flag, which is several times slower here.
 */
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const CUE_RE = new RegExp(
  [...REGION_OF.keys()].flatMap((w) => [w, cap(w), w.toUpperCase()]).sort((a, b) => b.length - a.length).map(esc).join('|'),
  'g',
);

/** The region used to read shared currency signs in `text`. */
export function moneyRegion(text: string, ctx: EngineContext): string | undefined {
  if (ctx.region) return ctx.region;
  if (ctx.currencyRegion !== undefined) return ctx.currencyRegion ?? undefined;
  return inferCurrencyRegion(text, ctx.lang);
}

/** The country a text's own words point to, for a page that declares none (else undefined). */
export function inferCurrencyRegion(text: string, lang: string): string | undefined {
  // English pages without a region are mostly American sites on .com: their "$" is USD even when
  // the story is about Australia. Other languages' dollars are most often Canadian or Latin American.
  // German, Italian, Portuguese and Japanese pages rarely mean any dollar but the US one; French
  // (Canada) and Spanish (Latin America) pages often do.
  if (!INFER_FOR.has(lang)) return undefined;
  const counts = new Map<string, number>();
  CUE_RE.lastIndex = 0;
  const head = text.length > CUE_WINDOW ? text.slice(0, CUE_WINDOW) : text;
  for (let m = CUE_RE.exec(head); m; m = CUE_RE.exec(head)) {
    const region = REGION_OF.get(m[0].toLowerCase());
    if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  const us = counts.get('US') ?? 0;
  let best: string | undefined;
  let bestN = 0;
  for (const [region, n] of counts) if (region !== 'US' && n > bestN) [best, bestN] = [region, n];
  return best && bestN >= MIN_CUES && bestN > us ? best : undefined;
}
