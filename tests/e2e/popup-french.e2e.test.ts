/**
 * The popup and options page follow the browser's language: with French preferred, both speak
 * French and amounts are written the French way, in Chromium and Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitFor, type ExtensionBrowser } from './fixtures/popup/browsers';
import { closedOrigin, servePages, type Server } from './fixtures/popup/servers';

let pages: Server;
beforeAll(async () => {
  pages = await servePages();
});
afterAll(async () => {
  await pages?.close();
});

describe.each(['chromium', 'firefox'] as const)('the French UI in %s', (name) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(name, { acceptLanguages: 'fr-FR,fr' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('speaks French in the popup, with French number formats', async () => {
    const dead = await closedOrigin();
    await browser.setSettings({ providerUrls: { gdelt: `${dead}/gdelt`, googleNews: `${dead}/rss` } });
    const url = `${pages.origin}/article-fr.html`;
    await browser.openPage(url);
    const tabId = await browser.tabIdFor(url);
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await waitFor('the list', () => popup.evaluate(() => document.querySelectorAll('li.item').length), (n) => n > 0);
    const ui = await popup.evaluate(() => ({
      lang: document.documentElement.lang,
      headings: [...document.querySelectorAll('.group h2')].map((h) => h.firstChild?.textContent?.trim() ?? ''),
      filter: document.querySelector('input.filter')?.getAttribute('aria-label'),
      button: document.querySelector('.coverage-button')?.textContent,
      amount: document.querySelector('[data-kind=money][data-value="2150000000000"] .understood')?.textContent ?? '',
      period: document.querySelector('[data-kind=money][data-value="42000"] .understood')?.textContent ?? '',
    }));
    expect(ui.lang).toBe('fr');
    expect(ui.headings).toEqual(['Montants', 'Entreprises', 'Citations et accusations']);
    expect(ui.filter).toBe('Filtrer la liste');
    expect(ui.button).toBe("Chercher d'autres couvertures");
    // French grouping (narrow no-break spaces) and the currency after the number.
    expect(ui.amount.replace(/[\u202f\u00a0]/g, ' ')).toContain('2 150 000 000 000 $');
    expect(ui.period).toContain('par mois');
    await popup.click('.coverage-button');
    const msg = await waitFor('the offline message', () => popup.evaluate(() => document.querySelector('[data-coverage=failure]')?.textContent ?? ''), (m) => m !== '', 15_000);
    expect(msg).toContain('Impossible de joindre les sources');
  });

  it('speaks French on the options page', async () => {
    const options = await browser.openExtensionPage('options.html');
    const h1 = await waitFor('the options form', () => options.evaluate(() => document.querySelector('h1')?.textContent ?? ''), (t) => t !== '');
    expect(h1).toBe('Options de Claimlens');
    const legends = await options.evaluate(() => [...document.querySelectorAll('legend')].map((l) => l.textContent));
    expect(legends).toContain('Sites où Claimlens reste désactivé');
  });
});
