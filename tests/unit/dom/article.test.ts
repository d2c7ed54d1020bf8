import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticleRoot, pageBody } from '../../../src/dom/article';
import { declaredArticleBodies } from '../../../src/dom/json-ld';
import { buildTextMap } from '../../../src/dom/text-map';

const prose = (words: string) => `${words} `.repeat(30);
const parse = (html: string) => parseHTML(html).document as unknown as Document;

describe('findArticleRoot', () => {
  it('takes the article and leaves menus, teasers and footers out', () => {
    const doc = parse(`<html><body>
      <nav>${'<a href="#">Section</a> '.repeat(40)}</nav>
      <article id="story"><h1>Title of the story</h1><p>${prose('The board met on Monday to approve the plan.')}</p></article>
      <aside>${'<a href="#">Another teaser headline here</a> '.repeat(20)}</aside>
      <footer>Copyright</footer></body></html>`);
    expect(findArticleRoot(doc).id).toBe('story');
  });

  it('widens the region to take in the headline that sits just outside it', () => {
    const doc = parse(`<html><head><title>The plan is approved - Daily News</title></head><body>
      <h1>Daily News</h1>
      <div id="wrap"><header><h1>The plan is approved</h1></header>
      <div itemprop="articleBody"><p>${prose('The board met on Monday to approve the plan.')}</p></div></div></body></html>`);
    expect(findArticleRoot(doc).id).toBe('wrap');
  });

  it('takes in a headline set in an h2 when the page title names it (the h1 being the logo)', () => {
    const doc = parse(`<html><head><title>Gazette | The port pays its debts to fuel importers</title></head><body>
      <h1>Gazette</h1>
      <div id="wrap"><h2> The port pays its debts to fuel importers </h2>
      <article><p>${prose('The port authority settled its debts with the importers on Friday.')}</p></article></div></body></html>`);
    const root = findArticleRoot(doc);
    expect(root.id).toBe('wrap');
    expect(buildTextMap(root).text).toContain('The port pays its debts');
  });

  it('follows the article body the page declares in JSON-LD over a misleading <article>', () => {
    const body = ['The council voted on the budget late on Thursday evening after a long debate.', 'Opponents said the plan would cost more than the city could afford next year.', 'The mayor promised a review of every line of spending before the summer.'];
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Budget', articleBody: body.join('\n') });
    const doc = parse(`<html><head><script type="application/ld+json">${ld}</script></head><body>
      <article class="teaser"><p>${prose('Read our most popular stories of the week here.')}</p></article>
      <div id="content"><div class="x"><p>${body[0]}</p><p>${body[1]}</p><p>${body[2]}</p></div></div></body></html>`);
    expect(findArticleRoot(doc).className).toBe('x');
  });

  it('scans a page with no article whole', () => {
    const doc = parse(`<html><body><div><p>Short item one.</p></div><div><p>Short item two.</p></div></body></html>`);
    expect(findArticleRoot(doc).tagName).toBe('BODY');
  });
});

describe('pageBody', () => {
  it('finds the real body when markup sits above <html> (linkedom leaves an empty one)', () => {
    const doc = parse(`<script src="a.js"></script>\n<!DOCTYPE html><html lang="fr"><head><title>t</title></head><body><p>Le texte.</p></body></html>`);
    expect(buildTextMap(pageBody(doc)).text).toBe('Le texte.');
  });
});

describe('declaredArticleBodies', () => {
  it('reads NewsArticle bodies in @graph and live-blog updates, and ignores broken JSON', () => {
    const graph = JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': ['NewsArticle'], articleBody: 'First body.' }] });
    const live = JSON.stringify({ '@type': 'LiveBlogPosting', liveBlogUpdate: [{ '@type': 'BlogPosting', articleBody: 'Update one.' }] });
    const doc = parse(`<html><head>
      <script type="application/ld+json">${graph}</script>
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">${live}</script></head><body></body></html>`);
    expect(declaredArticleBodies(doc)).toEqual(['First body.', 'Update one.']);
  });
});
