/** Combining the providers' answers: the current site out, duplicates out, newest first. */
import type { CoverageArticle } from '../messaging/protocol';
import { hostOf, sameSite } from './hosts';

/** Most articles the popup lists. */
export const MAX_ARTICLES = 20;

/** Title reduced to its letters and digits, so "Headline" and "Headline " match. */
function titleKey(title: string): string {
  return title.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function urlKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}`;
  } catch {
    return url;
  }
}

/** Merges provider lists: drops `excludeHost`'s own articles and repeats; newest first. */
export function mergeArticles(lists: readonly CoverageArticle[][], excludeHost?: string, max = MAX_ARTICLES): CoverageArticle[] {
  const seenUrl = new Set<string>();
  const seenTitle = new Set<string>();
  const out: CoverageArticle[] = [];
  for (const list of lists) {
    for (const a of list) {
      const host = a.host ?? hostOf(a.url);
      if (excludeHost && (sameSite(host, excludeHost) || sameSite(a.outlet, excludeHost))) continue;
      const u = urlKey(a.url);
      const t = titleKey(a.title);
      if (seenUrl.has(u) || (t && seenTitle.has(t))) continue;
      seenUrl.add(u);
      seenTitle.add(t);
      out.push(a);
    }
  }
  // Stable: undated articles keep their provider order after the dated ones.
  return out
    .map((a, i) => ({ a, i }))
    .sort((x, y) => (y.a.date ?? '').localeCompare(x.a.date ?? '') || x.i - y.i)
    .slice(0, max)
    .map((x) => x.a);
}
