/**
 * Google News RSS search: request URL and parser. A service worker has no DOMParser, so the XML
 * goes through fast-xml-parser; each <item> is validated with zod on its own (a bad one is dropped
 * with a logged reason), and a body that is not RSS is rejected whole.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Lang } from '../core/findings';
import type { CoverageArticle } from '../messaging/protocol';
import { z } from '../core/zod';
import type { ParseResult } from './gdelt';
import { hostOf } from './hosts';
import { editionParams } from './regions';

export function googleNewsApiUrl(base: string, query: string, lang: Lang): string {
  return `${base}?q=${encodeURIComponent(query)}&${editionParams(lang)}`;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
});

const SourceSchema = z.union([z.string(), z.object({ '#text': z.optional(z.string()), '@_url': z.optional(z.string()) })]);

const ItemSchema = z.object({
  title: z.string().check(z.minLength(1)),
  link: z.url({ protocol: /^https?$/ }),
  pubDate: z.optional(z.string()),
  source: z.optional(SourceSchema),
});

const RssSchema = z.object({
  rss: z.object({ channel: z.object({ item: z.optional(z.unknown()) }) }),
});

/** "Headline - Outlet" → ["Headline", "Outlet"] when the suffix names the outlet. */
function splitTitle(title: string, outlet: string | undefined): [string, string | undefined] {
  const cut = title.lastIndexOf(' - ');
  if (cut <= 0) return [title, outlet];
  const suffix = title.slice(cut + 3).trim();
  if (outlet && suffix !== outlet) return [title, outlet];
  return [title.slice(0, cut).trim(), outlet ?? suffix];
}

function isoDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

function reject(reason: string): ParseResult {
  console.warn(`Claimlens: dropped a coverage response: ${reason}`);
  return { ok: false, reason };
}

/** Parses a Google News RSS body; `lang` is the edition asked for. Never throws. */
export function parseGoogleNews(body: string, lang: Lang): ParseResult {
  if (XMLValidator.validate(body) !== true) return reject('Google News answered with something other than XML');
  let doc: unknown;
  try {
    doc = parser.parse(body);
  } catch (e) {
    return reject(`Google News XML could not be read (${(e as Error).message})`);
  }
  const env = RssSchema.safeParse(doc);
  if (!env.success) return reject('Google News response is not an RSS channel');
  const raw = env.data.rss.channel.item;
  const items: unknown[] = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const articles: CoverageArticle[] = [];
  items.forEach((it, i) => {
    const r = ItemSchema.safeParse(it);
    if (!r.success) {
      console.warn(`Claimlens: dropped Google News item ${i}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return;
    }
    const { title: full, link, pubDate, source } = r.data;
    const srcName = typeof source === 'string' ? source : source?.['#text'];
    const srcUrl = typeof source === 'object' ? source['@_url'] : undefined;
    const [title, outlet] = splitTitle(full, srcName?.trim() || undefined);
    const host = srcUrl ? hostOf(srcUrl) : undefined;
    const date = isoDate(pubDate);
    articles.push({
      title,
      url: link,
      outlet: outlet ?? host ?? '',
      provider: 'googleNews',
      language: lang,
      ...(host ? { host } : {}),
      ...(date ? { date } : {}),
    });
  });
  return { ok: true, articles };
}
