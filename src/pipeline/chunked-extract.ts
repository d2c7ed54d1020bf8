/**
 * The engine over a long text in chunks cut at paragraph breaks, so one engine call stays short
 * on a multi-megabyte page and the caller can pause between calls. Offsets and ids come back as
 * if the whole text had been read at once. Texts shorter than one chunk (every ordinary article)
 * go through the engine in one call, unchanged.
 */
import type { EngineContext } from '../core/context';
import type { Engine } from '../core/engine';
import { findingId, type Finding } from '../core/findings';
import { rehome } from '../core/flat-text';
import type { Budget, Steps } from './slices';

/**
 * About 2.5 ms of engine time at the required 20 MB/s (the engines run slower today, so a chunk
 * is the longest indivisible step of a scan). Measured on the dev pages: the same score as
 * reading whole texts (only one page is longer); 20 000 cost 0.003 of speaker accuracy, since
 * a speaker named in one chunk is unknown in the next.
 */
export const CHUNK_CHARS = 50_000;

/** Where to cut `text` at or before `end`: just after a paragraph break, else a line break. */
function cutAt(text: string, from: number, end: number): number {
  if (end >= text.length) return text.length;
  const para = text.lastIndexOf('\n\n', end);
  if (para > from) return para + 2;
  const line = text.lastIndexOf('\n', end);
  if (line > from) return line + 1;
  return end; // one paragraph longer than a chunk: cut it (rare; a finding across the cut is lost)
}

/** What reads a text: the engine, or a plain function in tests. */
export type Reader = Pick<Engine, 'extractSteps'> | ((text: string, ctx: EngineContext) => Finding[]);

/** One engine call, pausing between the engine's kinds when the budget is spent. */
function* read(text: string, context: EngineContext, budget: Budget, reader: Reader): Steps<Finding[]> {
  if (typeof reader === 'function') return reader(text, context);
  const steps = reader.extractSteps(text, context);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (budget.spent()) yield;
  }
}

/** Findings of `text`, a chunk at a time, pausing when the budget is spent. */
export function* extractInChunks(
  text: string,
  context: EngineContext,
  budget: Budget,
  reader: Reader,
): Steps<Finding[]> {
  if (text.length <= CHUNK_CHARS) return yield* read(text, context, budget, reader);
  const out: Finding[] = [];
  for (let from = 0; from < text.length; ) {
    const to = cutAt(text, from, from + CHUNK_CHARS);
    for (const f of yield* read(text.slice(from, to), context, budget, reader)) {
      const start = f.start + from;
      const g = { ...f, start, end: f.end + from, id: findingId(f.kind, start) };
      // Off the engine's copy of the chunk (its text re-sliced from the page's): these findings
      // live as long as the page.
      rehome(g, text);
      out.push(g as Finding);
    }
    from = to;
    if (budget.spent()) yield;
  }
  return out;
}
