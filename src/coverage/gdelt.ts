/**
 * GDELT DOC 2.0 (`mode=artlist&format=json`): request URL and response parser. Every article is
 * validated on its own, so one bad row is dropped (with a logged reason) and the rest kept; a body
 * that is not the documented JSON (GDELT answers bad queries with plain text) is rejected whole.
 */
import type { CoverageArticle } from '../messaging/protocol';
import { z } from '../core/zod';
import { hostOf } from './hosts';

/** At most one request per this many ms (GDELT's documented limit). */
export const GDELT_INTERVAL_MS = 5000;

export function gdeltApiUrl(base: string, query: string): string {
  return `${base}?query=${encodeURIComponent(query)}&mode=artlist&format=json&maxrecords=25&sort=HybridRel&timespan=3m`;
}

const GdeltArticleSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().check(z.minLength(1)),
  seendate: z.optional(z.string()),
  domain: z.optional(z.string()),
  language: z.optional(z.string()),
  sourcecountry: z.optional(z.string()),
});

/** No results come back as an object without `articles`. */
const GdeltEnvelopeSchema = z.object({ articles: z.optional(z.array(z.unknown())) });

const SEENDATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** "20260220T063400Z" → "2026-02-20T06:34:00Z"; undefined when it is not that shape. */
export function gdeltDate(seen: string | undefined): string | undefined {
  const m = seen ? SEENDATE.exec(seen) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

export type ParseResult = { ok: true; articles: CoverageArticle[] } | { ok: false; reason: string };

/** Parses a GDELT artlist body. Never throws. */
export function parseGdelt(body: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const reason = `GDELT answered with something other than JSON: ${JSON.stringify(body.slice(0, 80))}`;
    console.warn(`Claimlens: dropped a coverage response: ${reason}`);
    return { ok: false, reason };
  }
  const env = GdeltEnvelopeSchema.safeParse(json);
  if (!env.success) {
    const reason = `GDELT response has the wrong shape (${env.error.issues[0]?.message ?? 'invalid'})`;
    console.warn(`Claimlens: dropped a coverage response: ${reason}`);
    return { ok: false, reason };
  }
  const articles: CoverageArticle[] = [];
  (env.data.articles ?? []).forEach((raw, i) => {
    const r = GdeltArticleSchema.safeParse(raw);
    if (!r.success) {
      console.warn(`Claimlens: dropped GDELT article ${i}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return;
    }
    const a = r.data;
    const host = hostOf(a.url);
    const date = gdeltDate(a.seendate);
    articles.push({
      title: a.title.trim(),
      url: a.url,
      outlet: a.domain || host || '',
      provider: 'gdelt',
      ...(host ? { host } : {}),
      ...(date ? { date } : {}),
      ...(a.language ? { language: a.language } : {}),
    });
  });
  return { ok: true, articles };
}
