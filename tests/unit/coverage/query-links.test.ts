import { contentWords, itemQuery, joinQuery, mainEntities, pageQuery } from '@/coverage/query';
import { factCheckUrl, searchLinks, wikipediaUrl } from '@/coverage/links';
import { company, money, quote } from './findings';

const page = [
  company(0, 'Microsoft', 'Microsoft', { wikidata: 'Q2283' }),
  company(30, 'Twitter'),
  company(60, 'Microsoft', 'Microsoft', { wikidata: 'Q2283' }),
  company(90, 'Twitter'),
  company(120, 'Microsoft', 'Microsoft', { wikidata: 'Q2283' }),
  company(150, 'Apple'),
  quote(200, "s'était formé illégalement à l'aide de données d'entraînement de Twitter", { speaker: 'Elon Musk', allegation: true, target: 'Microsoft' }),
  money(300, '42 000 $', 42000, 'USD', { period: 'month' }),
];

describe('query words', () => {
  it('ranks the main entities by how often the page names them', () => {
    expect(mainEntities(page)).toEqual(['Microsoft', 'Twitter', 'Apple']);
  });

  it('builds an allegation query from speaker, target, entities and a few content words', () => {
    expect(itemQuery(page[6]!, mainEntities(page))).toBe('Elon Musk Microsoft Twitter illégalement données entraînement');
  });

  it('builds company and money queries with the page context', () => {
    const e = mainEntities(page);
    expect(itemQuery(page[5]!, e)).toBe('Apple Microsoft Twitter');
    expect(itemQuery(page[7]!, e)).toBe('Microsoft Twitter 42 000 $');
  });

  it('pads a page query with headline words when the page names few entities', () => {
    expect(pageQuery(page, 'whatever')).toBe('Microsoft Twitter Apple');
    expect(pageQuery([company(0, 'Renault')], 'Grève historique chez Renault')).toBe('Renault historique');
  });

  it('takes a short stretch of text in scripts without spaces', () => {
    expect(contentWords('「トヨタは不正を行った」と述べた')).toEqual(['トヨタは不正を行ったと述']);
  });

  it('drops repeats case-insensitively and stays short', () => {
    expect(joinQuery(['Musk', 'musk', ' Twitter ', undefined, ''])).toBe('Musk Twitter');
    expect(joinQuery(Array.from({ length: 60 }, (_, i) => `word${i}`)).length).toBeLessThanOrEqual(120);
  });
});

describe('search links', () => {
  const bases = { gdelt: 'https://api.gdeltproject.org/api/v2/doc/doc' };

  it('gives news and GDELT for every item, Wikipedia for companies, fact checks for allegations', () => {
    expect(searchLinks(page[7]!, 'q', 'fr', bases).map((l) => l.kind)).toEqual(['news', 'gdelt']);
    expect(searchLinks(page[0]!, 'q', 'fr', bases).map((l) => l.kind)).toEqual(['news', 'gdelt', 'wikipedia']);
    expect(searchLinks(page[6]!, 'q', 'fr', bases).map((l) => l.kind)).toEqual(['news', 'gdelt', 'factCheck']);
    expect(searchLinks(quote(0, 'plain words'), 'q', 'fr', bases).map((l) => l.kind)).toEqual(['news', 'gdelt']);
  });

  it('opens Google News in the page language edition and encodes the words', () => {
    const news = searchLinks(page[7]!, 'Musk & données', 'fr', bases)[0]!.url;
    const u = new URL(news);
    expect(u.hostname).toBe('news.google.com');
    expect(u.searchParams.get('q')).toBe('Musk & données');
    expect(u.searchParams.get('ceid')).toBe('FR:fr');
  });

  it('goes through Wikidata to the page-language Wikipedia when the item is known', () => {
    expect(wikipediaUrl('Microsoft', 'fr', 'Q2283')).toBe('https://www.wikidata.org/wiki/Special:GoToLinkedPage/frwiki/Q2283');
    expect(wikipediaUrl('Acme', 'de')).toBe('https://de.wikipedia.org/w/index.php?search=Acme');
    expect(wikipediaUrl('Acme', 'de', 'not-a-qid')).toBe('https://de.wikipedia.org/w/index.php?search=Acme');
  });

  it('builds a fact-check search', () => {
    expect(factCheckUrl('Musk Microsoft', 'fr')).toBe('https://toolbox.google.com/factcheck/explorer/search/Musk%20Microsoft;hl=fr');
  });
});
