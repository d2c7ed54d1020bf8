/**
 * What Claimlens understood, in words for the popup: amounts with their currency in the reader's
 * locale. NumberFormat objects are costly to build, so they are cached per locale and currency
 * (the popup formats hundreds of amounts within its 100 ms budget).
 */
import type { Finding, MoneyFinding } from '../core/findings';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, currency: string, compact: boolean, whole = false): Intl.NumberFormat | undefined {
  const key = `${locale}|${currency}|${compact}|${whole}`;
  let f = formats.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, compact
        ? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 2 }
        : { style: 'currency', currency, maximumFractionDigits: 2, ...(whole ? { minimumFractionDigits: 0 } : {}) });
    } catch {
      return undefined; // not an ISO 4217 code Intl knows
    }
    formats.set(key, f);
  }
  return f;
}

/** "2 150 000 000 000 $US" (fr) / "$2,150,000,000,000" (en); plain number and code if Intl refuses. */
export function formatAmount(value: number, currency: string, locale: string): string {
  // Whole amounts without ",00": the page said "42 000 $", not "42 000,00 $".
  const f = numberFormat(locale, currency, false, Number.isInteger(value));
  if (f) return f.format(value);
  return `${value.toLocaleString(locale)} ${currency}`;
}

/** A short form for large amounts ("2,15 Bn $US"), or undefined when the full form is short. */
export function formatCompact(value: number, currency: string, locale: string): string | undefined {
  if (Math.abs(value) < 1e6) return undefined;
  return numberFormat(locale, currency, true)?.format(value);
}

/** The canonical words for a finding, used by the filter box alongside the page's text. */
export function searchableText(f: Finding): string {
  switch (f.kind) {
    case 'money':
      return `${f.text} ${f.currency} ${f.value}`;
    case 'company':
      return `${f.text} ${f.name} ${f.ticker ?? ''}`;
    case 'quote':
    case 'claim':
      return `${f.text} ${f.speaker ?? ''} ${f.target ?? ''}`;
  }
}

export type { MoneyFinding };
