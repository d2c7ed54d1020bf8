/**
 * Search links for one item: opening them is the reader's choice, so building them needs no
 * network. News search (Google News), GDELT (its HTML article list), Wikipedia in the page's
 * language for companies, and a fact-check search for allegations.
 */
import type { Finding, Lang } from '../core/findings';
import { editionParams } from './regions';

export type LinkKind = 'news' | 'gdelt' | 'wikipedia' | 'factCheck';

export interface SearchLink {
  kind: LinkKind;
  url: string;
}

export interface LinkBases {
  /** GDELT DOC 2.0 endpoint (a setting, so tests can point it elsewhere). */
  gdelt: string;
}

const enc = encodeURIComponent;

export function newsSearchUrl(query: string, lang: Lang): string {
  return `https://news.google.com/search?q=${enc(query)}&${editionParams(lang)}`;
}

export function gdeltSearchUrl(base: string, query: string): string {
  return `${base}?query=${enc(query)}&mode=artlist&format=html&sort=DateDesc&maxrecords=75`;
}

/** The company's article in the page's language: via Wikidata when the engine knows the item. */
export function wikipediaUrl(name: string, lang: Lang, wikidata?: string): string {
  if (wikidata && /^Q\d+$/.test(wikidata)) {
    return `https://www.wikidata.org/wiki/Special:GoToLinkedPage/${lang}wiki/${wikidata}`;
  }
  return `https://${lang}.wikipedia.org/w/index.php?search=${enc(name)}`;
}

export function factCheckUrl(query: string, lang: Lang): string {
  return `https://toolbox.google.com/factcheck/explorer/search/${enc(query)};hl=${lang}`;
}

/** The links for `finding`, whose search words are `query`. */
export function searchLinks(finding: Finding, query: string, lang: Lang, bases: LinkBases): SearchLink[] {
  const links: SearchLink[] = [
    { kind: 'news', url: newsSearchUrl(query, lang) },
    { kind: 'gdelt', url: gdeltSearchUrl(bases.gdelt, query) },
  ];
  if (finding.kind === 'company') links.push({ kind: 'wikipedia', url: wikipediaUrl(finding.name, lang, finding.wikidata) });
  if ((finding.kind === 'quote' || finding.kind === 'claim') && finding.allegation) {
    links.push({ kind: 'factCheck', url: factCheckUrl(query, lang) });
  }
  return links;
}
