/**
 * The one pipeline, run by the content script on the live page and by `scan` on saved pages:
 *
 *   document ─► findArticleRoot ─► buildTextMap ─► prepareEngine, extractFindings ─► PageScan
 *                 (src/dom)          (src/dom)       (src/core)
 *
 * The stages are written once, as a pausable stage (./slices.ts): `scanPage` runs it in one go
 * (`scan`, tests); `scanPageSliced` gives the main thread back between slices (the content
 * script), so a multi-megabyte page never blocks it for long. Ranges and highlights (src/dom)
 * are built from a PageScan by the content script only.
 */
import type { EngineContext } from '../core/context';
import type { Finding } from '../core/findings';
import { prepareEngine } from '../core/prepare';
import { findArticleRootSteps, pageBody } from '../dom/article';
import { TextMapBuilder, type TextMap, type WalkOptions } from '../dom/text-map';
import { extractInChunks } from './chunked-extract';
import { pageContext, pageUrl } from './page-context';
import { runSliced, runSync, type Budget, type SliceSource, type Steps } from './slices';

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
  /** The engine (tests replace it). */
  extract?: (text: string, ctx: EngineContext) => Finding[];
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
  // The engine's tables, built in slices of their own (at once when the budget is unlimited).
  if (!options.extract) while (!prepareEngine(() => budget.spent(), context)) yield;
  const findings = yield* extractInChunks(map.text, context, budget, options.extract);
  return { context, ...(url ? { url } : {}), root, map, findings };
}

/** Scans a page in one go (the `scan` command, tests). */
export function scanPage(doc: Document, options: ScanOptions = {}): PageScan {
  return runSync((budget) => scanSteps(doc, options, budget));
}

/** Scans a page a slice at a time, as `source` grants them. */
export function scanPageSliced(doc: Document, source: SliceSource, options: ScanOptions = {}): Promise<PageScan> {
  return runSliced((budget) => scanSteps(doc, options, budget), source);
}
