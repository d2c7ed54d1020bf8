/**
 * The one pipeline, run by the content script on the live page and by `scan` on saved pages:
 *
 *   document ─► findArticleRoot ─► buildTextMap ─► extractFindings ─► PageScan
 *                 (src/dom)          (src/dom)       (src/core)
 *
 * Ranges and highlights (src/dom) are built from a PageScan by the content script only.
 */
import type { EngineContext } from '../core/context';
import { extractFindings } from '../core/extract';
import type { Finding } from '../core/findings';
import { findArticleRoot } from '../dom/article';
import { buildTextMap, type TextMap, type WalkOptions } from '../dom/text-map';
import { pageContext, pageUrl } from './page-context';

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
}

export function scanPage(doc: Document, options: ScanOptions = {}): PageScan {
  const root = options.wholePage ? (doc.body ?? doc.documentElement) : findArticleRoot(doc);
  const map = buildTextMap(root, options);
  const url = pageUrl(doc, options.url);
  const context = pageContext(doc, map.text, url);
  const findings = extractFindings(map.text, context);
  return { context, ...(url ? { url } : {}), root, map, findings };
}
