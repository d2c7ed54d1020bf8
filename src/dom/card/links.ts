/** Links the hover card offers for a company: Wikipedia in the page's language, a news search. */
import type { CompanyFinding } from '../../core/findings';
import type { CardLabels } from './labels';

export interface CardLink {
  label: string;
  href: string;
}

/** Wikipedia editions by page language (every supported language has one under its own code). */
const WIKI_LANGS = new Set(['en', 'fr', 'de', 'es', 'it', 'pt', 'ja']);

export function companyLinks(f: CompanyFinding, pageLang: string, labels: CardLabels): CardLink[] {
  const lang = WIKI_LANGS.has(pageLang) ? pageLang : 'en';
  const q = encodeURIComponent(f.name);
  const wiki = f.wikidata
    ? // Wikidata's Special:GoToLinkedPage jumps straight to the article in that language's edition.
      `https://www.wikidata.org/wiki/Special:GoToLinkedPage/${lang}wiki/${encodeURIComponent(f.wikidata)}`
    : `https://${lang}.wikipedia.org/w/index.php?search=${q}`;
  return [
    { label: labels.wikipedia, href: wiki },
    { label: labels.news, href: `https://news.google.com/search?q=${q}&hl=${lang}` },
  ];
}
