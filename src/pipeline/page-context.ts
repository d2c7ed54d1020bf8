import type { EngineContext } from '../core/context';
import { detectLang, regionOf } from '../core/lang/detect';
import { regionFromHost } from '../core/lang/region';
import { withPageHints } from '../core/page-hints';

/**
 * The address a page says it has: its canonical link or og:url (saved pages keep these), else
 * the address it was loaded from.
 */
export function pageUrl(doc: Document, loadedFrom?: string): string | undefined {
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [canonical, loadedFrom]) {
    if (!candidate) continue;
    try {
      const u = new URL(candidate);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch {
      // not an absolute address: try the next one
    }
  }
  return undefined;
}

/**
 * The engine's hints for a page: its language (declared, checked against the text), region, host,
 * and the decisions taken once from the whole text (withPageHints), so that a long page read in
 * chunks and the parts added to it later are read alike.
 */
export function pageContext(doc: Document, text: string, url?: string): EngineContext {
  const declared =
    // `<html>` by tag: linkedom makes markup pasted above it the root (see pageBody).
    (doc.querySelector('html') ?? doc.documentElement)?.getAttribute('lang') ??
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
  const host = url ? new URL(url).hostname : undefined;
  const lang = detectLang(text, declared);
  const region = regionOf(declared) ?? regionFromHost(host);
  return withPageHints(text, { lang, ...(region ? { region } : {}), ...(host ? { host } : {}) });
}
