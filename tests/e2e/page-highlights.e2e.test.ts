/**
 * The on-page layer in real browsers: the built extension in Chromium (playwright-core) and
 * Firefox ESR (puppeteer-core over WebDriver BiDi), on fixture pages served on 127.0.0.1.
 *
 * What is checked, in both browsers: inline markup joined and block breaks kept; the page's
 * markup unchanged; a framework-style re-render (highlights come back, no page errors); infinite
 * scroll (new paragraphs highlighted within a second); off and on (every trace gone, then back);
 * the hover card and the keyboard-focus card.
 *
 * Assertions read the page's CSS.highlights registry from the page's own world: the ranges
 * Claimlens registered there are exactly what the reader sees painted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPageBrowser, serveFixtures, type PageBrowser, type TestPage } from './page-browsers';

declare const CSS: { highlights: Map<string, Set<Range>> };

const BROWSERS = ['chromium', 'firefox'] as const;

/** Text of each Claimlens highlight on the page, by highlight name. */
function readHighlights(page: TestPage): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('claimlens-')) continue;
      // A range whose text a re-render removed collapses (or is left in detached nodes): not shown.
      out[name] = [...h].filter((r) => r.startContainer.isConnected && !r.collapsed).map((r) => r.toString().replace(/\s+/g, ' '));
    }
    return out;
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await probe();
  }
  return last;
}

/** The card's visible text, or '' when there is none. */
function cardText(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('claimlens-card') as HTMLElement | null;
    if (!host || host.style.display === 'none' || !host.shadowRoot) return '';
    const links = [...host.shadowRoot.querySelectorAll('a')].map((a) => ` [${a.textContent}](${a.href})`).join('');
    return (host.shadowRoot.querySelector('.card')?.textContent ?? '') + links;
  });
}

/** The viewport centre of the first range under `name` whose text is `text`. */
function rangeCentre(page: TestPage, name: string, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ([n, t]) => {
      const r = [...(CSS.highlights.get(n) ?? [])].find((x) => x.toString() === t);
      if (!r) return null;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0]!;
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    },
    [name, text] as [string, string],
  );
}

const { origin, close: closeServer } = await serveFixtures();
afterAll(() => closeServer());

describe.each(BROWSERS)('on the page in %s', (name) => {
  let browser: PageBrowser;
  beforeAll(async () => {
    browser = await launchPageBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('joins inline markup, keeps block breaks, skips hidden text, and leaves the markup as it was', async () => {
    const page = await browser.open(`${origin}/article.html`);
    const hl = await waitFor('highlights', () => readHighlights(page), (h) => (h['claimlens-company'] ?? []).length >= 6);
    expect(hl['claimlens-company']).toEqual(['Microsoft', 'Renault', 'Microsoft', 'Nestlé', 'Renault', 'Siemens AG']);
    expect(hl['claimlens-money']).toEqual(['$42,000']); // "$<b>42,000</b>": one amount over two nodes
    const facts = await page.evaluate(async () => {
      const ranges = [...(CSS.highlights.get('claimlens-company') ?? [])];
      const inline = ranges.find((r) => r.startContainer.parentElement?.id === 'inline')!;
      // The page's markup as served, parsed, against the live page.
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return {
        inlineSpansTwoNodes: inline.startContainer !== inline.endContainer,
        inlineEndsInBold: inline.endContainer.parentElement?.tagName,
        anyInBreak: ranges.some((r) => ['break-a', 'break-b'].includes(r.startContainer.parentElement?.id ?? '')),
        anyHidden: ranges.some((r) => r.toString() === 'Apple'),
        sameMarkup: served.body.innerHTML === document.body.innerHTML,
        sameText: served.body.textContent === document.body.textContent,
      };
    });
    expect(facts).toEqual({ inlineSpansTwoNodes: true, inlineEndsInBold: 'B', anyInBreak: false, anyHidden: false, sameMarkup: true, sameText: true });
    await page.close();
  });

  it('joins a French amount split by markup, not one split by a paragraph, and explains an amount on hover', async () => {
    const page = await browser.open(`${origin}/article-fr.html`);
    const hl = await waitFor('money highlights', () => readHighlights(page), (h) => (h['claimlens-money'] ?? []).length >= 2);
    expect(hl['claimlens-money']).toEqual(['42 000 $', '2,15 billions de dollars']);
    const split = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('claimlens-money') ?? [])];
      return {
        inline: ranges.filter((r) => r.startContainer !== r.endContainer && r.intersectsNode(document.querySelector('#inline b')!)).length,
        acrossParagraphs: ranges.filter((r) => (r.startContainer.parentElement?.id ?? '').startsWith('break')).length,
      };
    });
    expect(split).toEqual({ inline: 1, acrossParagraphs: 0 });
    const at = await rangeCentre(page, 'claimlens-money', '2,15 billions de dollars');
    await page.mouse.move(at!.x, at!.y);
    const text = await waitFor('money card', () => cardText(page), (t) => t.includes('trillion'));
    expect(text).toContain('$2.15 trillion');
    expect(text).toContain("French 'billion' is 10^12");
    expect(text).toContain('≈ €1.99 trillion (ECB reference rate of 2024-06-13)');
    await page.close();
  });

  it('reads a page whose Content-Security-Policy allows no script at all (the engine module still loads)', async () => {
    const page = await browser.open(`${origin}/strict-csp.html`);
    const hl = await waitFor('highlights', () => readHighlights(page), (h) => (h['claimlens-money'] ?? []).length >= 1 && (h['claimlens-company'] ?? []).length >= 1);
    expect(hl['claimlens-money']).toEqual(['$3.5 million']);
    expect(hl['claimlens-company']).toEqual(['Renault']);
    await page.close();
  });

  it('shows the card on hover, with the canonical name and links, then on keyboard focus', async () => {
    const page = await browser.open(`${origin}/article.html`);
    await waitFor('highlights', () => readHighlights(page), (h) => (h['claimlens-company'] ?? []).length >= 6);
    const at = await rangeCentre(page, 'claimlens-company', 'Siemens AG');
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x - 40, at!.y - 60);
    await page.mouse.move(at!.x, at!.y);
    const text = await waitFor('hover card', () => cardText(page), (t) => t.includes('Siemens'));
    expect(text).toMatch(/^Company/);
    expect(text).toContain('[Wikipedia](https://');
    expect(text).toMatch(/\[News search\]\(https:\/\/news\.google\.com\/search\?q=Siemens[^)]*&hl=en\)/);
    // Away from the highlight, the card goes.
    await page.mouse.move(5, 5);
    await waitFor('card hidden', () => cardText(page), (t) => t === '');
    // Keyboard: tab to the link that holds "Nestlé".
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) === 'company-link') break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('company-link');
    expect(await waitFor('focus card', () => cardText(page), (t) => t.includes('Nestl'))).toContain('Company');
    await page.keyboard.press('Escape');
    await waitFor('card hidden by Escape', () => cardText(page), (t) => t === '');
    await page.close();
  });

  it('puts highlights back after a framework re-renders the article, without page errors', async () => {
    const page = await browser.open(`${origin}/react.html`);
    const first = await waitFor('highlights', () => readHighlights(page), (h) => (h['claimlens-company'] ?? []).length >= 3);
    expect(first['claimlens-company']).toEqual(expect.arrayContaining(['Renault', 'Microsoft', 'Siemens AG']));
    const before = first['claimlens-company']!;
    await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
    // Old ranges collapse or sit in detached nodes (readHighlights drops them); the new render's come back.
    const again = await waitFor('highlights after re-render', () => readHighlights(page), (h) => (h['claimlens-company'] ?? []).length === before.length, 3000);
    expect(again['claimlens-company']).toEqual(before);
    const after = await page.evaluate(() => ({
      errors: (window as unknown as { __errors: string[] }).__errors,
      edition: document.querySelector('h1')!.textContent,
      ticks: Number(document.getElementById('ticks')!.textContent),
      stale: [...(CSS.highlights.get('claimlens-company') ?? [])].filter((r) => !r.startContainer.isConnected || r.collapsed).length,
    }));
    expect(after.errors).toEqual([]);
    expect(after.edition).toBe('Carmaker results, edition 2');
    expect(after.stale).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.evaluate(() => Number(document.getElementById('ticks')!.textContent))).toBeGreaterThan(after.ticks); // the page's script still runs
    await page.close();
  });

  it('highlights paragraphs that infinite scroll appends within a second', async () => {
    const page = await browser.open(`${origin}/scroll.html`);
    await waitFor('first highlight', () => readHighlights(page), (h) => (h['claimlens-company'] ?? []).includes('Microsoft'));
    for (let round = 1; round <= 2; round++) {
      const t0 = Date.now();
      await page.evaluate(() => (window as unknown as { loadMore(): void }).loadMore());
      const hl = await waitFor('new paragraphs highlighted', () => readHighlights(page), (h) => (h['claimlens-company'] ?? []).length >= 1 + 3 * round, 1000);
      expect(Date.now() - t0).toBeLessThan(1000);
      expect(hl['claimlens-company']!.slice(-3)).toEqual(['Renault', 'Nestlé', 'Siemens AG']);
    }
    await page.close();
  });

  it('turning off removes every trace; turning on brings the highlights back', async () => {
    const page = await browser.open(`${origin}/article.html`);
    await waitFor('highlights', () => readHighlights(page), (h) => (h['claimlens-company'] ?? []).length >= 6);
    const at = await rangeCentre(page, 'claimlens-company', 'Renault');
    await page.mouse.move(at!.x, at!.y);
    await waitFor('hover card', () => cardText(page), (t) => t.includes('Renault'));
    const served = await page.evaluate(async () => (await (await fetch(location.href)).text()).length);
    expect(served).toBeGreaterThan(0);

    await browser.setSettings({ enabled: false });
    const traces = await waitFor(
      'no trace',
      () =>
        page.evaluate(async () => {
          const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
          return {
            names: [...CSS.highlights.keys()].filter((k) => k.startsWith('claimlens-')),
            card: document.querySelectorAll('claimlens-card').length,
            sameHtml: served.documentElement.innerHTML === document.documentElement.innerHTML,
          };
        }),
      (t) => t.names.length === 0 && t.card === 0,
    );
    expect(traces).toEqual({ names: [], card: 0, sameHtml: true });

    await browser.setSettings({ enabled: true });
    const back = await waitFor('highlights back', () => readHighlights(page), (h) => (h['claimlens-company'] ?? []).length >= 6);
    expect(back['claimlens-company']).toHaveLength(6);
    await page.close();
  });

  it('answers the popup: lists the findings, and focusFinding scrolls to one, flashes it and shows its card', async () => {
    const page = await browser.open(`${origin}/focus.html`);
    await waitFor('highlights', () => readHighlights(page), (h) => (h['claimlens-company'] ?? []).length >= 2);
    type Listed = { status: string; url: string; lang: string; findings: { id: string; kind: string; text: string }[] };
    const answers = (await browser.sendToPages({ type: 'getFindings' })) as Listed[];
    const got = answers.find((a) => a.url === `${origin}/focus.html`)!;
    expect(got.status).toBe('done');
    expect(got.lang).toBe('en');
    const far = got.findings.find((f) => f.text === 'Siemens AG');
    expect(far).toBeDefined();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Only the page that has the finding finds it.
    expect(await browser.sendToPages({ type: 'focusFinding', id: far!.id })).toContainEqual({ found: true });
    const seen = await page.evaluate(() => {
      const far = document.getElementById('far')!.getBoundingClientRect();
      return { scrolled: window.scrollY > 1000, inView: far.top >= 0 && far.bottom <= window.innerHeight, flash: [...(CSS.highlights.get('claimlens-flash') ?? [])].map((r) => r.toString()) };
    });
    expect(seen).toEqual({ scrolled: true, inView: true, flash: ['Siemens AG'] });
    expect(await waitFor('card', () => cardText(page), (t) => t.includes('Siemens'))).toContain('Company');
    expect(await browser.sendToPages({ type: 'focusFinding', id: 'company:999999' })).not.toContainEqual({ found: true });
    await page.close();
  });
});
