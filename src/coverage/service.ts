/**
 * The background's coverage service: for one query, asks each enabled provider (GDELT paced to
 * one request per 5 s), through the cache, validates and merges the answers.
 *
 *   getCoverage ─► per provider: cache? ─► fetchText (timeout) ─► parse + zod ─► cache
 *                                                         └─► merge (drop current site, dedupe)
 */
import type { Lang } from '../core/findings';
import type { CoverageArticle, CoverageProvider, CoverageReply, GetCoverage, ProviderFailure } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { CoverageCache } from './cache';
import { fetchText, type FetchLike } from './fetch-text';
import { gdeltApiUrl, parseGdelt, type ParseResult } from './gdelt';
import { googleNewsApiUrl, parseGoogleNews } from './google-news';
import { mergeArticles } from './merge';
import type { Pacer } from './pacer';

export interface CoverageDeps {
  settings: () => Promise<Settings>;
  fetch: FetchLike;
  cache: CoverageCache;
  gdeltPacer: Pacer;
  timeoutMs?: number;
}

type ProviderAnswer = { articles: CoverageArticle[]; cached: boolean } | { failure: ProviderFailure };

interface ProviderSpec {
  url(settings: Settings, query: string, lang: Lang): string;
  accept: string;
  parse(body: string, lang: Lang): ParseResult;
}

const PROVIDERS: Record<CoverageProvider, ProviderSpec> = {
  gdelt: {
    url: (s, q) => gdeltApiUrl(s.providerUrls.gdelt, q),
    accept: 'application/json',
    parse: (body) => parseGdelt(body),
  },
  googleNews: {
    url: (s, q, lang) => googleNewsApiUrl(s.providerUrls.googleNews, q, lang),
    accept: 'application/rss+xml, application/xml, text/xml',
    parse: parseGoogleNews,
  },
};

async function ask(provider: CoverageProvider, req: GetCoverage, settings: Settings, deps: CoverageDeps): Promise<ProviderAnswer> {
  if (!settings.providers[provider]) return { failure: 'disabled' };
  const spec = PROVIDERS[provider];
  const url = spec.url(settings, req.query, req.lang);
  const key = CoverageCache.key(url);
  const hit = await deps.cache.get(key);
  if (hit) return { articles: hit, cached: true };
  if (provider === 'gdelt') await deps.gdeltPacer.turn();
  const got = await fetchText(url, deps.fetch, spec.accept, deps.timeoutMs);
  if (!got.ok) {
    console.warn(`Claimlens: ${provider} coverage request failed (${got.reason}: ${got.detail})`);
    return { failure: got.reason };
  }
  const parsed = spec.parse(got.text, req.lang);
  if (!parsed.ok) return { failure: 'invalid' };
  await deps.cache.set(key, parsed.articles);
  return { articles: parsed.articles, cached: false };
}

/** Answers one getCoverage request. Never throws. */
export async function getCoverage(req: GetCoverage, deps: CoverageDeps): Promise<CoverageReply> {
  const settings = await deps.settings();
  const names: CoverageProvider[] = ['googleNews', 'gdelt'];
  const answers = await Promise.all(names.map((p) => ask(p, req, settings, deps).catch((): ProviderAnswer => ({ failure: 'invalid' }))));
  const lists: CoverageArticle[][] = [];
  const failures: CoverageReply['failures'] = [];
  let cached = true;
  answers.forEach((a, i) => {
    if ('failure' in a) {
      if (a.failure !== 'disabled') failures.push({ provider: names[i]!, reason: a.failure });
    } else {
      lists.push(a.articles);
      cached &&= a.cached;
    }
  });
  return { query: req.query, articles: mergeArticles(lists, req.excludeHost), failures, cached: cached && lists.length > 0 };
}
