/**
 * Hostile pages for the DOM layer (issue 8), in happy-dom: deeply nested elements, enormous single
 * text nodes, random Unicode, text in shadow roots and iframes, and a page that mutates thousands
 * of times a second under a live PageController. Each ends without an exception in bounded time;
 * timings at two sizes are printed.
 *
 * Shadow roots and iframes are deliberately NOT scanned: the text walk follows light-DOM children
 * only and skips <iframe> (a same-origin frame gets its own content script instance, since the
 * extension's content script matches every http(s) page; closed shadow roots cannot be read at all).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PageController } from '../../../src/content/controller';
import { ENGINE } from '../../../src/core/engine';
import { buildTextMap } from '../../../src/dom/text-map';
import { scanPage } from '../../../src/pipeline/scan-page-at-once';
import { BUNDLED_RATES } from '../../../src/rates/reference-rates';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';
import type { SliceSource } from '../../../src/pipeline/slices';
import { fakeHighlights } from '../dom/helpers';
import { atTwoSizes, fill, randomUnicode, timed } from './inputs';

const SENTENCE = 'Northwind Holdings paid $5 million for the plant, the company said. ';
const SLOW = 120_000;

function reset(html = ''): HTMLElement {
  document.head.innerHTML = '<title>Hostile</title>';
  document.documentElement.lang = 'en';
  document.body.innerHTML = html;
  return document.body;
}

/** `depth` nested elements (built with appendChild: no parser recursion) around one paragraph. */
function chain(depth: number): HTMLElement {
  const top = document.createElement('div');
  let at: HTMLElement = top;
  for (let i = 1; i < depth; i++) {
    const el = document.createElement(i % 3 === 0 ? 'div' : i % 3 === 1 ? 'span' : 'section');
    at.appendChild(el);
    at = el;
  }
  const p = document.createElement('p');
  p.textContent = SENTENCE.repeat(3);
  at.appendChild(p);
  return top;
}

describe('the DOM layer on hostile pages', () => {
  it('walks 5,000 and 50,000 nested elements iteratively (no recursion limit)', () => {
    // Detached: happy-dom's own connect/querySelector code recurses and overflows near 2,000 levels
    // in a document; our walk must not be the limit.
    // The trees are built first: only the walk is timed.
    const trees = new Map([5000, 50_000].map((depth) => [depth, chain(depth)]));
    atTwoSizes('nesting depth, text walk (value = depth in K)', (5000 * 1024) / 1000, (50_000 * 1024) / 1000, (n) => {
      const tree = trees.get(Math.round((n * 1000) / 1024)) ?? chain(Math.round((n * 1000) / 1024));
      expect(buildTextMap(tree).text).toContain('$5 million');
    });
  }, SLOW);

  it('scans a page 1,000 elements deep end to end', () => {
    const body = reset();
    const ms = timed(() => {
      body.appendChild(chain(1000));
      expect(scanPage(document).findings.filter((f) => f.kind === 'money').map((f) => f.text)).toContain('$5 million');
    });
    console.log(`hostile nesting depth 1000, whole scan: ${ms.toFixed(1)} ms`);
    // Leave a small document: detaching a deep tree recurses in happy-dom.
    body.firstChild!.firstChild!.remove();
  }, SLOW);

  it('scans an enormous single text node (256 KB and 1 MB) with exact offsets', () => {
    const t = atTwoSizes('single text node', 256 * 1024, 1024 * 1024, (n) => {
      const body = reset('<article><p></p></article>');
      body.querySelector('p')!.textContent = fill(SENTENCE, n);
      const scan = scanPage(document);
      expect(scan.findings.length).toBeGreaterThan(0);
      for (const f of scan.findings.slice(0, 200)) expect(scan.map.text.slice(f.start, f.end)).toBe(f.text);
    });
    expect(t.large).toBeLessThan(60_000);
  }, SLOW);

  it('scans random Unicode in many paragraphs without an exception', () => {
    atTwoSizes('random Unicode paragraphs', 64 * 1024, 256 * 1024, (n) => {
      const body = reset('<article></article>');
      const article = body.querySelector('article')!;
      const text = randomUnicode(n, 7);
      for (let i = 0; i < text.length; i += 2000) {
        const p = document.createElement('p');
        p.textContent = text.slice(i, i + 2000);
        article.appendChild(p);
      }
      expect(() => scanPage(document)).not.toThrow();
    });
  }, SLOW);

  it('does not scan text inside shadow roots or iframes (deliberately skipped)', () => {
    const body = reset(`<article><p>${SENTENCE}</p><div id="host"></div><iframe srcdoc="<p>Iframe Corp paid $7 million.</p>"></iframe></article>`);
    const shadow = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Shadow Industries paid $9 million for a rival.</p>';
    const scan = scanPage(document);
    expect(scan.map.text).toContain('$5 million');
    expect(scan.map.text).not.toContain('$9 million');
    expect(scan.map.text).not.toContain('$7 million');
    expect(scan.findings.map((f) => f.text)).not.toContain('$9 million');
  });

  it('keeps up with a page that mutates thousands of times a second, then settles on the final text', async () => {
    const body = reset(`<article><h1>Storm</h1><p id="live">${SENTENCE}</p>${`<p>${SENTENCE}</p>`.repeat(20)}</article>`);
    const live = body.querySelector('#live')!;
    const host = fakeHighlights();
    const slices = (cancelled: () => boolean): SliceSource => ({ nextSlice: () => new Promise((r) => setTimeout(r, 0)), budget: { spent: () => false }, cancelled });
    const controller = new PageController({ doc: document, highlights: host, slices, engine: ENGINE, rates: () => BUNDLED_RATES, readerLocale: 'en', debounceMs: 50, maxWaitMs: 200 });
    try {
      controller.applySettings(DEFAULT_SETTINGS);
      await controller.settled();
      let mutations = 0;
      const started = performance.now();
      // One second of bursts: every timer tick rewrites the paragraph 20 times and adds/removes nodes.
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          for (let i = 0; i < 20; i++) {
            live.textContent = `Tick ${mutations}: Acme paid $${mutations % 97} million. `;
            const extra = document.createElement('span');
            extra.textContent = ' x';
            live.appendChild(extra);
            extra.remove();
            mutations += 3;
          }
          if (performance.now() - started > 1000) {
            clearInterval(timer);
            resolve();
          }
        }, 1);
      });
      live.textContent = 'Finally Acme paid $42 million for the site.';
      const t0 = performance.now();
      await controller.settled();
      await new Promise((r) => setTimeout(r, 400));
      await controller.settled();
      const took = performance.now() - t0;
      console.log(`hostile mutation storm: ${mutations} mutations in ${(performance.now() - started - took).toFixed(0)} ms, settled ${took.toFixed(0)} ms after the last`);
      expect(mutations).toBeGreaterThan(1000);
      expect(took).toBeLessThan(10_000);
      const texts = controller.findings().findings.map((f) => f.text);
      expect(texts).toContain('$42 million');
      expect(texts.filter((t) => t.startsWith('Tick'))).toEqual([]);
    } finally {
      controller.destroy();
    }
  }, SLOW);
});
