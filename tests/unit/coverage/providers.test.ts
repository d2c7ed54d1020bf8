import fs from 'node:fs';
import path from 'node:path';
import { gdeltApiUrl, gdeltDate, parseGdelt } from '@/coverage/gdelt';
import { googleNewsApiUrl, parseGoogleNews } from '@/coverage/google-news';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

describe('GDELT DOC 2.0 artlist', () => {
  it('builds the documented request', () => {
    const url = new URL(gdeltApiUrl('https://api.gdeltproject.org/api/v2/doc/doc', 'Musk Microsoft données'));
    expect(url.searchParams.get('query')).toBe('Musk Microsoft données');
    expect(url.searchParams.get('mode')).toBe('artlist');
    expect(url.searchParams.get('format')).toBe('json');
  });

  it('reads title, outlet, date and language', () => {
    const r = parseGdelt(fixture('gdelt-ok.json'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.articles).toHaveLength(3);
    expect(r.articles[0]).toMatchObject({
      title: "Musk accuse Microsoft d'avoir utilisé les données de Twitter",
      outlet: 'example-news.fr',
      date: '2026-11-20T08:15:00Z',
      language: 'French',
      host: 'example-news.fr',
      provider: 'gdelt',
    });
  });

  it('treats a body without articles as no results', () => {
    expect(parseGdelt('{}')).toEqual({ ok: true, articles: [] });
  });

  it('drops a plain-text error body with a logged reason', () => {
    const r = parseGdelt(fixture('gdelt-error.txt'));
    expect(r.ok).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('other than JSON'));
  });

  it('drops a body of the wrong shape', () => {
    expect(parseGdelt('{"articles":"many"}').ok).toBe(false);
    expect(parseGdelt('[1,2]').ok).toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('drops bad rows one by one (bad or script URLs, empty titles) and keeps the good one', () => {
    const r = parseGdelt(fixture('gdelt-bad-rows.json'));
    expect(r.ok && r.articles.map((a) => a.title)).toEqual(['The one good row']);
    expect(r.ok && r.articles[0]!.date).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(4);
    expect(warn.mock.calls.every(([m]: unknown[]) => String(m).includes('dropped GDELT article'))).toBe(true);
  });

  it('reads seendate only in its documented shape', () => {
    expect(gdeltDate('20260220T063400Z')).toBe('2026-02-20T06:34:00Z');
    expect(gdeltDate('2026-02-20')).toBeUndefined();
  });
});

describe('Google News RSS', () => {
  it('builds the edition for the page language', () => {
    const url = new URL(googleNewsApiUrl('https://news.google.com/rss/search', 'Musk Twitter', 'fr'));
    expect(url.searchParams.get('q')).toBe('Musk Twitter');
    expect(url.searchParams.get('hl')).toBe('fr');
    expect(url.searchParams.get('gl')).toBe('FR');
    expect(url.searchParams.get('ceid')).toBe('FR:fr');
  });

  it('reads items: headline without the outlet suffix, outlet, host, ISO date, language', () => {
    const r = parseGoogleNews(fixture('google-news-ok.xml'), 'fr');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.articles).toHaveLength(3);
    expect(r.articles[0]).toEqual({
      title: "Elon Musk s'en prend à Microsoft & OpenAI",
      url: 'https://news.google.com/rss/articles/CBMiAAA1?oc=5',
      outlet: 'Le Journal Exemple',
      host: 'journal-exemple.fr',
      date: '2026-11-20T07:00:00.000Z',
      language: 'fr',
      provider: 'googleNews',
    });
    // A numeric title stays a string; an unreadable date is left out.
    expect(r.articles[1]).toMatchObject({ title: '2026', outlet: 'Radio Exemple' });
    expect(r.articles[1]!.date).toBeUndefined();
    // Without <source>, the outlet comes from the title suffix.
    expect(r.articles[2]).toMatchObject({ title: "Musk et les données de Twitter : ce que l'on sait", outlet: 'Hebdo Exemple' });
  });

  it('reads a feed with a single item', () => {
    const r = parseGoogleNews(fixture('google-news-single.xml'), 'en');
    expect(r.ok && r.articles.map((a) => a.outlet)).toEqual(['Outlet One']);
  });

  it('drops bad items with a logged reason and keeps markup-like titles as text', () => {
    const r = parseGoogleNews(fixture('google-news-bad-items.xml'), 'en');
    expect(r.ok && r.articles.map((a) => a.title)).toEqual(['<img src=x onerror=alert(1)>']);
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls.every(([m]: unknown[]) => String(m).includes('dropped Google News item'))).toBe(true);
  });

  it('drops a body that is not XML (a block page) or not RSS', () => {
    expect(parseGoogleNews(fixture('google-news-broken.xml'), 'fr').ok).toBe(false);
    expect(parseGoogleNews(fixture('not-rss.xml'), 'fr').ok).toBe(false);
    expect(parseGoogleNews('', 'fr').ok).toBe(false);
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('reads an empty channel as no results', () => {
    expect(parseGoogleNews('<rss version="2.0"><channel><title>q</title></channel></rss>', 'fr')).toEqual({ ok: true, articles: [] });
  });
});
