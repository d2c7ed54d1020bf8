/**
 * Coverage answers cached per provider and query, with an expiry, in session storage (gone when
 * the browser closes; falls back to memory where the browser lacks storage.session). Entries are
 * validated on read like any other input.
 */
import { CoverageArticleSchema, type CoverageArticle } from '../messaging/protocol';
import { z } from '../core/zod';

export const CACHE_TTL_MS = 30 * 60 * 1000;

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const EntrySchema = z.object({ at: z.number(), articles: z.array(CoverageArticleSchema) });

/** A Map behind the storage interface. */
export function memoryArea(): KeyValueArea {
  const m = new Map<string, unknown>();
  return {
    async get(key) {
      return m.has(key) ? { [key]: m.get(key) } : {};
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) m.set(k, v);
    },
  };
}

export class CoverageCache {
  constructor(
    private readonly area: KeyValueArea,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = CACHE_TTL_MS,
  ) {}

  /** One entry per request URL: provider, address, edition and query words all count. */
  static key(requestUrl: string): string {
    return `coverage:${requestUrl}`;
  }

  async get(key: string): Promise<CoverageArticle[] | undefined> {
    try {
      const raw = (await this.area.get(key))[key];
      if (raw === undefined) return undefined;
      const r = EntrySchema.safeParse(raw);
      if (!r.success) {
        console.warn('Claimlens: ignored a malformed coverage cache entry');
        return undefined;
      }
      return this.now() - r.data.at < this.ttlMs ? r.data.articles : undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, articles: CoverageArticle[]): Promise<void> {
    try {
      await this.area.set({ [key]: { at: this.now(), articles } });
    } catch {
      // A full or missing session area only costs a refetch.
    }
  }
}
