import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/findings';
import { FindingCard } from '../../../src/dom/card/card';
import { amountWrittenOut, cardContent } from '../../../src/dom/card/format';
import { labelsFor } from '../../../src/dom/card/labels';
import { BUNDLED_RATES } from '../../../src/rates/reference-rates';

const opts = (over: Partial<Parameters<typeof cardContent>[1]> = {}) => ({
  labels: labelsFor('en-GB'),
  locale: 'en',
  pageLang: 'fr',
  homeCurrency: 'EUR',
  rates: BUNDLED_RATES,
  ...over,
});

describe('amountWrittenOut', () => {
  it('writes large amounts with their scale word, small ones in full', () => {
    expect(amountWrittenOut(2.15e12, 'USD', 'en')).toBe('$2.15 trillion');
    expect(amountWrittenOut(3.28e9, 'EUR', 'en')).toBe('€3.28 billion');
    expect(amountWrittenOut(42000, 'USD', 'en')).toBe('$42,000');
    expect(amountWrittenOut(19.99, 'USD', 'en')).toBe('$19.99');
    expect(amountWrittenOut(2.15e12, 'USD', 'fr')).toBe('2,15 billions $US');
  });

  it('keeps a code it cannot format', () => {
    expect(amountWrittenOut(1.3e9, 'HTG', 'en')).toBe('HTG 1.3 billion');
  });
});

describe('cardContent', () => {
  it('money: value written out, the reading note, period, and the home-currency amount with the rates date', () => {
    const f: Finding = { id: 'money:0', kind: 'money', text: '2,15 billions de dollars', start: 0, end: 24, value: 2.15e12, currency: 'USD', period: 'year', note: "French 'billion' is 10^12" };
    const c = cardContent(f, opts());
    expect(c.title).toBe('$2.15 trillion per year');
    expect(c.lines).toEqual(["French 'billion' is 10^12", '≈ €1.99 trillion (ECB reference rate of 2024-06-13)']);
  });

  it('money: says when no reference rate exists, and nothing to convert in the home currency', () => {
    const gourdes: Finding = { id: 'money:0', kind: 'money', text: '1,3 milliard de gourdes', start: 0, end: 23, value: 1.3e9, currency: 'HTG' };
    expect(cardContent(gourdes, opts()).lines).toEqual(['No reference rate for HTG']);
    const euros: Finding = { id: 'money:0', kind: 'money', text: '5 €', start: 0, end: 3, value: 5, currency: 'EUR', approx: 'about' };
    expect(cardContent(euros, opts())).toMatchObject({ title: 'about €5', lines: [] });
  });

  it('company: canonical name and links to Wikipedia in the page language and a news search', () => {
    const f: Finding = { id: 'company:0', kind: 'company', text: 'Microsoft', start: 0, end: 9, name: 'Microsoft', wikidata: 'Q2283', ticker: 'MSFT' };
    const c = cardContent(f, opts());
    expect(c.title).toBe('Microsoft');
    expect(c.lines).toEqual(['MSFT']);
    expect(c.links.map((l) => l.href)).toEqual([
      'https://www.wikidata.org/wiki/Special:GoToLinkedPage/frwiki/Q2283',
      'https://news.google.com/search?q=Microsoft&hl=fr',
    ]);
    const plain = cardContent({ ...f, wikidata: undefined, name: 'Big & Co' } as Finding, opts({ pageLang: 'de' }));
    expect(plain.links[0]!.href).toBe('https://de.wikipedia.org/w/index.php?search=Big%20%26%20Co');
  });

  it('quote: speaker, a strong allegation badge and the target, in French for a French reader', () => {
    const f: Finding = { id: 'quote:0', kind: 'quote', text: '« volé »', start: 0, end: 8, allegation: true, speaker: 'Elon Musk', target: 'Microsoft' };
    const c = cardContent(f, opts({ labels: labelsFor('fr-FR'), locale: 'fr' }));
    expect(c).toMatchObject({ badge: 'Accusation', strong: true, title: 'Propos de Elon Musk', lines: ['Vise: Microsoft'] });
    expect(cardContent({ ...f, allegation: false, speaker: undefined } as Finding, opts())).toMatchObject({ badge: 'Quote', strong: false, title: 'Speaker not identified' });
  });
});

describe('FindingCard', () => {
  it('renders page text as text, never as HTML, in a shadow root, and leaves no trace when destroyed', () => {
    const card = new FindingCard(document);
    const evil = '<img src=x onerror="window.hacked=1">';
    card.show({ badge: 'Quote', strong: true, title: evil, lines: [evil], links: [{ label: evil, href: 'https://example.org/' }] }, 'quote', { left: 10, top: 10, bottom: 30 });
    const root = card.element!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.title')!.textContent).toBe(evil);
    expect(root.querySelector('.badge.strong')).not.toBeNull();
    expect(root.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(card.visible).toBe(true);
    card.hide();
    expect(card.visible).toBe(false);
    card.destroy();
    expect(document.querySelector('claimlens-card')).toBeNull();
  });
});
