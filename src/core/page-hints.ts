/**
 * Hints the engine takes from a whole page's text once, before the page is read in parts
 * (chunks of a long page, paragraphs added later): decisions that must not change from one part
 * to the next. Pure: text and context in, context out.
 */
import type { EngineContext } from './context';
import { inferCurrencyRegion } from './money/region';

/** `ctx` with the page-wide decisions made from `text` (the article text of the whole page). */
export function withPageHints(text: string, ctx: EngineContext): EngineContext {
  if (ctx.region || ctx.currencyRegion !== undefined) return ctx;
  return { ...ctx, currencyRegion: inferCurrencyRegion(text, ctx.lang) ?? null };
}
