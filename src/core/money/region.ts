/**
 * The country whose dollar (or peso, or krona) a bare symbol means. The page's region when known
 * (`lang="fr-CA"`, a .ca address); otherwise the text's own cues, so that a Québec page without
 * either still reads "50 $" as CAD: a country needs 3 mentions and more than the United States.
 * Not for English pages (see below).
 */
import type { EngineContext } from '../context';
import { REGION_CUES } from './data/extras';

const MIN_CUES = 3;

const REGION_OF = new Map<string, string>();
for (const [region, words] of Object.entries(REGION_CUES)) for (const w of words) REGION_OF.set(w, region);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One pass over the text for every cue (a literal alternation: linear). */
const CUE_RE = new RegExp([...REGION_OF.keys()].sort((a, b) => b.length - a.length).map(esc).join('|'), 'gi');

/** The region used to read shared currency signs in `text`. */
export function moneyRegion(text: string, ctx: EngineContext): string | undefined {
  if (ctx.region) return ctx.region;
  // English pages without a region are mostly American sites on .com: their "$" is USD even when
  // the story is about Australia. Other languages' dollars are most often Canadian or Latin American.
  if (ctx.lang === 'en') return undefined;
  const counts = new Map<string, number>();
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m; m = CUE_RE.exec(text)) {
    const region = REGION_OF.get(m[0].toLowerCase());
    if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  const us = counts.get('US') ?? 0;
  let best: string | undefined;
  let bestN = 0;
  for (const [region, n] of counts) if (region !== 'US' && n > bestN) [best, bestN] = [region, n];
  return best && bestN >= MIN_CUES && bestN > us ? best : undefined;
}
