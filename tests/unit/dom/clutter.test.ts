import { describe, expect, it } from 'vitest';
import { isClutter } from '../../../src/dom/clutter';
import { buildTextMap } from '../../../src/dom/text-map';

const el = (html: string) => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild!;
};

describe('isClutter', () => {
  it('names comments, share bars, sidebars and widgets by their class or id', () => {
    expect(isClutter(el('<div class="sect sect_commentlinks"></div>'))).toBe(true);
    expect(isClutter(el('<div id="comments"></div>'))).toBe(true);
    expect(isClutter(el('<div class="yom-secondary col"></div>'))).toBe(true);
    expect(isClutter(el('<ul class="social-share"></ul>'))).toBe(true);
    expect(isClutter(el('<div class="horizontalPostList widget"></div>'))).toBe(true);
    expect(isClutter(el('<aside role="complementary"></aside>'))).toBe(true);
  });

  it('keeps the story: body classes, paywalled bodies, words that only contain a clutter word', () => {
    expect(isClutter(el('<div class="article-body paywall-google"></div>'))).toBe(false);
    expect(isClutter(el('<div class="shareable-quote"></div>'))).toBe(false);
    expect(isClutter(el('<p class="lead"></p>'))).toBe(false);
    expect(isClutter(el('<div class="header"></div>'))).toBe(false);
  });

  it('skips blocks of related stories but keeps a one-line related paragraph in the body', () => {
    expect(isClutter(el('<ul class="related-stories"></ul>'))).toBe(true);
    expect(isClutter(el('<p class="related"></p>'))).toBe(false);
  });
});

describe('the text map leaves clutter out', () => {
  it('drops a comment thread inside the article, keeps the paragraphs', () => {
    const article = el(`<article><p>The firm paid €3 million.</p>
      <div class="comments"><p>Reader: "this is a scandal"</p></div><p>It denied wrongdoing.</p></article>`);
    const { text } = buildTextMap(article);
    expect(text).toContain('The firm paid €3 million.');
    expect(text).toContain('It denied wrongdoing.');
    expect(text).not.toContain('scandal');
  });

  it('scans a clutter-named element when it is the root it was asked to scan', () => {
    const widget = el('<div class="widget"><p>Explicitly scanned text.</p></div>');
    expect(buildTextMap(widget).text).toContain('Explicitly scanned text.');
  });
});
