/**
 * What the hover card says about a finding, as plain strings (no DOM): the amount written out,
 * its period, its value in the reader's currency, a company's links, a quote's speaker and
 * target. Kept apart from the card's DOM so it is tested without one.
 */
import type { Finding, MoneyFinding } from '../../core/findings';
import { convert, type RateTable } from '../../rates/ecb';
import type { CardLabels } from './labels';
import { companyLinks, type CardLink } from './links';

/** One card's content. */
export interface CardContent {
  /** The kind, as a badge ("Amount", "Allegation"). */
  badge: string;
  /** True for allegations: the badge is drawn stronger. */
  strong: boolean;
  /** The main line ("$2.15 trillion"). */
  title: string;
  /** Further lines, each plain text. */
  lines: string[];
  links: CardLink[];
}

/**
 * `value` in `currency`, written out: large amounts with the scale word ("$2.15 trillion",
 * "2,15 billions $US"), others in full ("$42,000").
 */
export function amountWrittenOut(value: number, currency: string, locale: string): string {
  let money: Intl.NumberFormat;
  try {
    money = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: value % 1 === 0 ? 0 : 2 });
  } catch {
    return `${new Intl.NumberFormat(locale).format(value)} ${currency}`; // not an ISO code Intl knows
  }
  if (Math.abs(value) < 1e6) return money.format(value);
  const number = new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value);
  // Take the currency symbol, and its side, from the locale's own currency pattern.
  const parts = money.formatToParts(1);
  const symbol = parts.find((p) => p.type === 'currency')?.value ?? currency;
  const before = parts.findIndex((p) => p.type === 'currency') < parts.findIndex((p) => p.type === 'integer');
  return before ? `${symbol}${/^[A-Z]{2,}/.test(symbol) ? ' ' : ''}${number}` : `${number} ${symbol}`;
}

function moneyContent(f: MoneyFinding, labels: CardLabels, locale: string, home: string, rates: RateTable): CardContent {
  const lines: string[] = [];
  const title = [f.approx, amountWrittenOut(f.value, f.currency, locale)].filter(Boolean).join(' ');
  const head = f.period ? `${title} ${labels.per[f.period]}` : title;
  if (f.note) lines.push(f.note);
  if (f.currency !== home) {
    const v = convert(f.value, f.currency, home, rates);
    lines.push(v === undefined ? labels.noRate(f.currency) : labels.inHome(amountWrittenOut(round(v), home, locale), rates.date));
  }
  if (f.range) lines.push(labels.range);
  return { badge: labels.money, strong: false, title: head, lines, links: [] };
}

/** Rounds a converted amount to 3 significant digits: the rates are not more precise than that. */
function round(v: number): number {
  if (v === 0) return 0;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 2);
  return Math.round(v / p) * p;
}

/** The card for `f`: `locale` is the reader's, `pageLang` the page's (for Wikipedia). */
export function cardContent(
  f: Finding,
  opts: { labels: CardLabels; locale: string; pageLang: string; homeCurrency: string; rates: RateTable },
): CardContent {
  const { labels } = opts;
  switch (f.kind) {
    case 'money':
      return moneyContent(f, labels, opts.locale, opts.homeCurrency, opts.rates);
    case 'company':
      return {
        badge: labels.company,
        strong: false,
        title: f.name,
        lines: [f.ticker, f.text !== f.name ? `“${f.text}”` : undefined].filter((s): s is string => !!s),
        links: companyLinks(f, opts.pageLang, labels),
      };
    case 'quote':
    case 'claim':
      return {
        badge: f.allegation ? labels.allegation : f.kind === 'quote' ? labels.quote : labels.claim,
        strong: f.allegation,
        title: f.speaker ? `${labels.speaker} ${f.speaker}` : labels.unattributed,
        lines: f.target ? [`${labels.target}: ${f.target}`] : [],
        links: [],
      };
  }
}
