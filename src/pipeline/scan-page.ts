/**
 * The one pipeline, run by the content script on the live page and by `scan` on saved pages:
 *
 *   document ─► findArticleRoot ─► buildTextMap ─► prepareEngine, extractFindings ─► PageScan
 *                 (src/dom)          (src/dom)       (src/core)
 *
 * The stages are written once, as a pausable stage (./slices.ts): `scanPage`
 * (./scan-page-at-once.ts) runs it in one go (`scan`, tests); the content script runs it with
 * `runSliced`, giving the main thread back between slices, so a multi-megabyte page never blocks
 * it for long. Ranges and highlights (src/dom) are built from a PageScan by the content script only.
 */
import type { EngineContext } from '../core/context';
import type { Engine } from '../core/engine';
import type { Finding } from '../core/findings';
import { findArticleRootSteps, pageBody } from '../dom/article';
import { TextMapBuilder, type TextMap, type WalkOptions } from '../dom/text-map';
import { extractInChunks, type Reader } from './chunked-extract';
import { pageContext, pageUrl } from './page-context';
import type { Budget, Steps } from './slices';

export interface PageScan {
  context: EngineContext;
  url?: string;
  /** The element scanned: the article, or the body when the page has none. */
  root: Element;
  map: TextMap;
  findings: Finding[];
}

export interface ScanOptions extends WalkOptions {
  /** The address the page was loaded from (the live page's location). */
  url?: string;
  /** Scan the whole page, not only the article. */
  wholePage?: boolean;
  /** Scan this element instead of looking for the article (a changed part of a live page). */
  root?: Element;
  /** Use this engine context instead of reading the page's (a part keeps the page's language). */
  context?: EngineContext;
  /**
   * The engine: passed in, since the content script loads it apart (see core/engine.ts); still
   * loading, the stage finds the article and walks its text meanwhile. `scanPage` needs it loaded.
   */
  engine?: Engine | Promise<Engine>;
  /** A plain function instead of the engine (tests). */
  extract?: (text: string, ctx: EngineContext) => Finding[];
}

/** The engine, waiting for it if it is still loading. */
function* loaded(engine: Engine | Promise<Engine> | undefined): Steps<Engine> {
  if (!engine) throw new Error('scanSteps: no engine given');
  if (typeof (engine as Promise<Engine>).then !== 'function') return engine as Engine;
  let got: Engine | undefined;
  yield (engine as Promise<Engine>).then((e) => {
    got = e;
  });
  return got!;
}

/** The pipeline as a pausable stage. */
export function* scanSteps(doc: Document, options: ScanOptions, budget: Budget): Steps<PageScan> {
  const root = options.root ?? (options.wholePage ? pageBody(doc) : yield* findArticleRootSteps(doc, budget));
  if (budget.spent()) yield;
  const builder = new TextMapBuilder(root, options);
  while (!builder.run(() => budget.spent())) yield;
  const map = builder.result();
  const url = pageUrl(doc, options.url);
  const context = options.context ?? pageContext(doc, map.text, url);
  if (budget.spent()) yield;
  let reader: Reader;
  if (options.extract) reader = options.extract;
  else {
    const engine = yield* loaded(options.engine);
    // The engine's tables, built in slices of their own (at once when the budget is unlimited).
    while (!engine.prepare(() => budget.spent(), context)) yield;
    reader = engine;
  }
  const findings = yield* extractInChunks(map.text, context, budget, reader);
  return { context, ...(url ? { url } : {}), root, map, findings };
}
