/**
 * What a page declares about its story in JSON-LD (`<script type="application/ld+json">`): the
 * article body text of NewsArticle/Article/BlogPosting objects and of live-blog updates. Used by
 * the article finder as its strongest signal. Broken JSON (common) is ignored.
 */

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'Report',
]);

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

/** The `articleBody` strings of every article-like object in the page's JSON-LD, in order. */
export function declaredArticleBodies(doc: Document): string[] {
  const out: string[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 8 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typesOf(o).some((t) => ARTICLE_TYPES.has(t)) && typeof o.articleBody === 'string' && o.articleBody.trim()) {
      out.push(o.articleBody);
    }
    for (const key of ['@graph', 'liveBlogUpdate', 'mainEntity', 'mainEntityOfPage', 'hasPart']) {
      if (key in o) visit(o[key], depth + 1);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // Invalid JSON-LD is common; the page simply declares nothing usable.
    }
  }
  return out;
}
