import { CoverageCache, memoryArea, CACHE_TTL_MS } from '@/coverage/cache';
import type { FetchLike } from '@/coverage/fetch-text';
import { mergeArticles } from '@/coverage/merge';
import { Pacer } from '@/coverage/pacer';
import { getCoverage } from '@/coverage/service';
import type { CoverageArticle } from '@/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '@/settings/schema';

const GDELT_BODY = JSON.stringify({
  articles: [
    { url: 'https://a.example/x', title: 'Story A', seendate: '20261120T081500Z', domain: 'a.example', language: 'French', sourcecountry: 'France' },
    { url: 'https://www.page.example/own', title: 'Our own story', seendate: '20261121T081500Z', domain: 'page.example', language: 'French', sourcecountry: 'France' },
  ],
});
const RSS_BODY = `<rss version="2.0"><channel><title>q</title>
<item><title>Story A - A</title><link>https://news.google.com/rss/articles/A</link><pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate><source url="https://a.example">A</source></item>
<item><title>Story B - B</title><link>https://news.google.com/rss/articles/B</link><pubDate>Sat, 21 Nov 2026 08:00:00 GMT</pubDate><source url="https://b.example">B</source></item>
</channel></rss>`;

type Handler = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
const respond = (status: number, body: string) => Promise.resolve({ ok: status < 400, status, text: () => Promise.resolve(body) });

function deps(handler: Handler, settings: Partial<Settings> = {}, now = () => 1000) {
  const calls: string[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push(url);
    return new Promise((resolve, reject) => {
      init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      handler(url).then(resolve, reject);
    });
  };
  return {
    calls,
    d: {
      settings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
      fetch,
      cache: new CoverageCache(memoryArea(), now),
      gdeltPacer: new Pacer(5000, now, async () => {}),
      timeoutMs: 50,
    },
  };
}

const req = { type: 'getCoverage' as const, query: 'Musk Microsoft', lang: 'fr' as const, excludeHost: 'www.page.example' };
const router: Handler = (url) => (url.includes('gdelt') ? respond(200, GDELT_BODY) : respond(200, RSS_BODY));

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('getCoverage', () => {
  it('merges both providers, drops the current site and duplicates, newest first', async () => {
    const { d } = deps(router);
    const r = await getCoverage(req, d);
    expect(r.failures).toEqual([]);
    expect(r.articles.map((a) => a.title)).toEqual(['Story B', 'Story A']);
    expect(r.cached).toBe(false);
  });

  it('answers a repeated query from the cache, without a request, until it expires', async () => {
    let t = 1000;
    const { d, calls } = deps(router, {}, () => t);
    await getCoverage(req, d);
    expect(calls).toHaveLength(2);
    const again = await getCoverage(req, d);
    expect(calls).toHaveLength(2);
    expect(again.cached).toBe(true);
    t += CACHE_TTL_MS + 1;
    await getCoverage(req, d);
    expect(calls).toHaveLength(4);
  });

  it('reports offline when the network refuses', async () => {
    const { d } = deps(() => Promise.reject(new TypeError('Failed to fetch')));
    const r = await getCoverage(req, d);
    expect(r.articles).toEqual([]);
    expect(r.failures).toEqual([
      { provider: 'googleNews', reason: 'offline' },
      { provider: 'gdelt', reason: 'offline' },
    ]);
  });

  it('reports a rate limit as refused and keeps the other provider', async () => {
    const { d } = deps((url) => (url.includes('gdelt') ? respond(429, 'Please limit requests to one every 5 seconds') : respond(200, RSS_BODY)));
    const r = await getCoverage(req, d);
    expect(r.failures).toEqual([{ provider: 'gdelt', reason: 'refused' }]);
    expect(r.articles).toHaveLength(2);
  });

  it('times out a provider that never answers', async () => {
    const { d } = deps((url) => (url.includes('gdelt') ? new Promise(() => {}) : respond(200, RSS_BODY)));
    const r = await getCoverage(req, d);
    expect(r.failures).toEqual([{ provider: 'gdelt', reason: 'timeout' }]);
  });

  it('reports an unreadable answer as invalid and does not cache it', async () => {
    const { d, calls } = deps((url) => (url.includes('gdelt') ? respond(200, 'Invalid query') : respond(200, RSS_BODY)));
    expect((await getCoverage(req, d)).failures).toEqual([{ provider: 'gdelt', reason: 'invalid' }]);
    await getCoverage(req, d);
    expect(calls.filter((u) => u.includes('gdelt'))).toHaveLength(2);
  });

  it('asks only the providers the reader left on, at the configured addresses', async () => {
    const { d, calls } = deps(router, {
      providers: { gdelt: false, googleNews: true },
      providerUrls: { gdelt: 'http://127.0.0.1:9/gdelt', googleNews: 'http://127.0.0.1:9/rss' },
    });
    const r = await getCoverage(req, d);
    expect(r.failures).toEqual([]);
    expect(calls).toEqual(['http://127.0.0.1:9/rss?q=Musk%20Microsoft&hl=fr&gl=FR&ceid=FR%3Afr']);
  });
});

describe('Pacer', () => {
  it('spaces turns at least the interval apart', async () => {
    let t = 0;
    const waits: number[] = [];
    const p = new Pacer(5000, () => t, async (ms) => {
      waits.push(ms);
      t += ms;
    });
    await Promise.all([p.turn(), p.turn(), p.turn()]);
    expect(waits).toEqual([5000, 5000]);
    t += 7000;
    await p.turn();
    expect(waits).toEqual([5000, 5000]);
  });
});

describe('CoverageCache', () => {
  it('ignores a malformed entry', async () => {
    const area = memoryArea();
    await area.set({ k: { at: 1, articles: [{ title: 1 }] } });
    expect(await new CoverageCache(area, () => 2).get('k')).toBeUndefined();
  });
});

describe('mergeArticles', () => {
  const a = (title: string, url: string, extra: Partial<CoverageArticle> = {}): CoverageArticle => ({ title, url, outlet: 'o', provider: 'gdelt', ...extra });
  it('drops subdomains of the current site and same-URL or same-title repeats', () => {
    const out = mergeArticles(
      [[a('One', 'https://x.example/1'), a('Two', 'https://news.page.example/2'), a('One!', 'https://y.example/1')], [a('Three', 'https://www.x.example/1/'), a('Four', 'https://z.example/4', { outlet: 'page.example' })]],
      'page.example',
    );
    expect(out.map((x) => x.title)).toEqual(['One']);
  });
});
