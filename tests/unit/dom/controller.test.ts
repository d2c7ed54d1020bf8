import { afterEach, describe, expect, it } from 'vitest';
import type { EngineContext } from '../../../src/core/context';
import type { Finding } from '../../../src/core/findings';
import { PageController } from '../../../src/content/controller';
import { answer } from '../../../src/content/main';
import { BUNDLED_RATES } from '../../../src/rates/reference-rates';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/schema';
import { fakeHighlights, instantSlices, page, painted } from './helpers';

/** A tiny engine: "ACME" is a company, "$5" an amount, «…» a quote (allegation when it says "stole"). */
function fakeEngine(text: string, _ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(/ACME/g)) out.push({ id: `company:${m.index}`, kind: 'company', text: 'ACME', start: m.index!, end: m.index! + 4, name: 'Acme Corp.' });
  for (const m of text.matchAll(/\$5/g)) out.push({ id: `money:${m.index}`, kind: 'money', text: '$5', start: m.index!, end: m.index! + 2, value: 5, currency: 'USD' });
  for (const m of text.matchAll(/«([^»]*)»/g)) {
    out.push({ id: `quote:${m.index}`, kind: 'quote', text: m[0], start: m.index!, end: m.index! + m[0].length, allegation: m[1]!.includes('stole'), speaker: 'Jane Doe' });
  }
  return out.sort((a, b) => a.start - b.start);
}

const ARTICLE = `
  <nav><a href="#">ACME deals</a></nav>
  <article>
    <h1>ACME buys a rival</h1>
    <p id="p1">ACME paid $5 for it, said <b>the</b> board.</p>
    <p id="p2">«They stole it» said a rival of ACME, which denied it at length in a long statement to the press.</p>
    <p id="p3">${'Filler text that makes the article long enough to count as one. '.repeat(8)}</p>
  </article>`;

let controller: PageController | undefined;
afterEach(() => {
  controller?.destroy();
  controller = undefined;
});

function start(settings: Partial<Settings> = {}) {
  const host = fakeHighlights();
  const notes: string[] = [];
  controller = new PageController({
    doc: document,
    highlights: host,
    slices: instantSlices,
    extract: fakeEngine,
    rates: () => BUNDLED_RATES,
    readerLocale: 'en',
    notify: (s) => notes.push(s.status),
    debounceMs: 10,
    maxWaitMs: 50,
  });
  controller.applySettings({ ...DEFAULT_SETTINGS, ...settings });
  return { host, c: controller, notes };
}

describe('PageController', () => {
  it('highlights the article only, one highlight per kind, without touching the DOM', async () => {
    page(ARTICLE);
    const before = document.body.innerHTML;
    const { host, c, notes } = start();
    await c.settled();
    expect(painted(host, 'claimlens-company')).toEqual(['ACME', 'ACME', 'ACME']); // not the nav's
    expect(painted(host, 'claimlens-money')).toEqual(['$5']);
    expect(painted(host, 'claimlens-allegation')).toEqual(['«They stole it»']);
    expect(document.body.innerHTML).toBe(before);
    expect(notes).toEqual(['scanning', 'done']);
    expect(c.counts()).toEqual({ money: 1, company: 3, quote: 1, claim: 0 });
  });

  it('removes every trace when turned off and comes back when turned on', async () => {
    page(ARTICLE);
    const before = document.documentElement.innerHTML;
    const { host, c } = start();
    await c.settled();
    c.focusFinding(c.findings().findings[0]!.id); // the card exists now
    expect(c.cardElement?.isConnected).toBe(true);
    c.setEnabled(false);
    expect(host.registry.size).toBe(0);
    expect(c.cardElement).toBeUndefined();
    expect(document.documentElement.innerHTML).toBe(before);
    expect(c.findings().status).toBe('off');
    c.setEnabled(true);
    await c.settled();
    expect(painted(host, 'claimlens-company')).toHaveLength(3);
  });

  it('follows the settings: a site switched off, a kind not highlighted, the underline style', async () => {
    page(ARTICLE);
    const { host, c } = start({ highlight: { money: true, company: false, quote: true } });
    await c.settled();
    expect(painted(host, 'claimlens-company')).toEqual([]);
    expect(c.findings().findings.filter((f) => f.kind === 'company')).toHaveLength(3); // still listed
    c.applySettings({ ...DEFAULT_SETTINGS, highlightStyle: 'underline' });
    expect(painted(host, 'claimlens-company-u')).toHaveLength(3);
    expect(host.registry.has('claimlens-money')).toBe(false);
    c.applySettings(DEFAULT_SETTINGS, false);
    expect(host.registry.size).toBe(0);
  });

  it('scans a paragraph added later (infinite scroll) and lists it in page order', async () => {
    page(ARTICLE);
    const { host, c } = start();
    await c.settled();
    const p = document.createElement('p');
    p.textContent = 'Later, ACME paid $5 again.';
    document.querySelector('article')!.append(p);
    await new Promise((r) => setTimeout(r, 80));
    await c.settled();
    expect(painted(host, 'claimlens-company')).toHaveLength(4);
    expect(painted(host, 'claimlens-money')).toEqual(['$5', '$5']);
    const ids = c.findings().findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(c.findings().findings.at(-1)!.kind).toBe('money');
  });

  it('puts the highlights back after the page re-renders the article', async () => {
    page(ARTICLE);
    const { host, c } = start();
    await c.settled();
    const article = document.querySelector('article')!;
    article.innerHTML = article.innerHTML.replace('$5', '$5 or so'); // a framework re-render
    await new Promise((r) => setTimeout(r, 80));
    await c.settled();
    expect(painted(host, 'claimlens-company')).toEqual(['ACME', 'ACME', 'ACME']);
    expect(painted(host, 'claimlens-money')).toEqual(['$5']);
    for (const name of host.registry.keys()) for (const r of host.registry.get(name)!) expect(r.startContainer.isConnected).toBe(true);
  });

  it('rescans a paragraph whose text changed in place', async () => {
    page(ARTICLE);
    const { host, c } = start();
    await c.settled();
    document.querySelector('#p1 b')!.firstChild!.textContent = 'the ACME';
    await new Promise((r) => setTimeout(r, 80));
    await c.settled();
    expect(painted(host, 'claimlens-company')).toHaveLength(4);
  });

  it('answers the popup: getFindings, focusFinding, setEnabled, and ignores other messages', async () => {
    page(ARTICLE);
    const { host, c } = start();
    await c.settled();
    const got = (await answer(c, { type: 'getFindings' })) as ReturnType<PageController['findings']>;
    expect(got.status).toBe('done');
    expect(got.findings.map((f) => f.text)).toEqual(['ACME', 'ACME', '$5', '«They stole it»', 'ACME']);
    const money = got.findings.find((f) => f.kind === 'money')!;
    expect(await answer(c, { type: 'focusFinding', id: money.id })).toEqual({ found: true });
    expect(painted(host, 'claimlens-flash')).toEqual(['$5']);
    const shadow = c.cardElement!.shadowRoot!;
    expect(shadow.textContent).toContain('$5');
    expect(shadow.textContent).toContain('ECB reference rate of 2024-06-13');
    expect(await answer(c, { type: 'focusFinding', id: 'money:99999' })).toEqual({ found: false });
    expect(answer(c, { type: 'getTabState' })).toBeUndefined();
    expect(answer(c, { type: 'focusFinding' })).toBeUndefined(); // malformed: dropped
    await answer(c, { type: 'setEnabled', enabled: false });
    expect(host.registry.size).toBe(0);
  });

  it('finds the highlight under a text position (what hover and caret use)', async () => {
    page(ARTICLE);
    const { c } = start();
    await c.settled();
    const text = document.querySelector('#p2')!.firstChild!;
    expect(c.hitAt(text, 3)?.item.finding.kind).toBe('quote');
    const acme = document.querySelector('#p1')!.firstChild!;
    expect(c.hitAt(acme, 1)?.item.finding.text).toBe('ACME');
    expect(c.hitAt(acme, 11)?.item.finding.text).toBe('$5');
  });

  it('scans a page without an article whole', async () => {
    page('<div><p>ACME news.</p></div><div><p>Other $5 news.</p></div>');
    const { host, c } = start();
    await c.settled();
    expect(painted(host, 'claimlens-company')).toEqual(['ACME']);
    expect(painted(host, 'claimlens-money')).toEqual(['$5']);
  });

  it('rescans after a same-document navigation, not after a hash change', async () => {
    page(ARTICLE);
    const { host, c, notes } = start();
    await c.settled();
    history.pushState({}, '', '#section');
    c.onNavigation();
    expect(notes).toEqual(['scanning', 'done']);
    history.pushState({}, '', '/another-story');
    document.querySelector('article')!.innerHTML = `<h1>Another story</h1><p>${'Only ACME here, nothing else to see on this page. '.repeat(10)}</p>`;
    c.onNavigation();
    await c.settled();
    expect(notes.slice(2)).toEqual(['scanning', 'done']);
    expect(painted(host, 'claimlens-company')).toHaveLength(10);
    expect(painted(host, 'claimlens-money')).toEqual([]);
  });

  it('scans text the page reveals later ("read more"), and ignores other attribute churn', async () => {
    page(ARTICLE.replace('</article>', '<div id="more" hidden><p>Hidden until asked: ACME paid $5 more.</p></div></article>'));
    const { host, c, notes } = start();
    await c.settled();
    expect(painted(host, 'claimlens-money')).toEqual(['$5']);
    document.getElementById('p3')!.className = 'animated'; // not hiding anything: no rescan
    await new Promise((r) => setTimeout(r, 60));
    await c.settled();
    expect(notes).toEqual(['scanning', 'done']);
    document.getElementById('more')!.removeAttribute('hidden');
    await new Promise((r) => setTimeout(r, 80));
    await c.settled();
    expect(painted(host, 'claimlens-money')).toEqual(['$5', '$5']);
    expect(painted(host, 'claimlens-company')).toHaveLength(4);
  });
});
