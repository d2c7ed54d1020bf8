/**
 * Reading and refreshing the ECB's daily reference rates
 * (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml), and converting with them.
 *
 * The file is a fixed, machine-made shape (`<Cube time='YYYY-MM-DD'>` holding
 * `<Cube currency='USD' rate='1.0784'/>`), so it is read with two linear regex scans: no DOM
 * (the Chrome background is a service worker without DOMParser), no XML library.
 */
import { BUNDLED_RATES, type RateTable } from './reference-rates';

export const ECB_DAILY_URL = 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml';
/** Where refreshed rates are kept (browser.storage.local key). */
export const RATES_STORAGE_KEY = 'ecbRates';

const TIME = /<Cube\s+time=['"](\d{4}-\d{2}-\d{2})['"]/;
const RATE = /<Cube\s+currency=['"]([A-Z]{3})['"]\s+rate=['"]([0-9.]+)['"]/g;

/** The rates in an ECB daily file, or undefined when the text is not one. */
export function parseEcbDaily(xml: string): RateTable | undefined {
  const date = TIME.exec(xml)?.[1];
  if (!date) return undefined;
  const perEuro: Record<string, number> = { EUR: 1 };
  let n = 0;
  for (const m of xml.matchAll(RATE)) {
    const rate = Number(m[2]);
    if (Number.isFinite(rate) && rate > 0) {
      perEuro[m[1]!] = rate;
      n++;
    }
  }
  return n > 0 ? { date, source: 'ECB euro foreign exchange reference rates', perEuro } : undefined;
}

/** `value` in `from` expressed in `to`, or undefined when either has no reference rate. */
export function convert(value: number, from: string, to: string, table: RateTable): number | undefined {
  const a = table.perEuro[from];
  const b = table.perEuro[to];
  if (!a || !b) return undefined;
  return (value / a) * b;
}

/** The newer of two tables (by publication date). */
export function newestRates(a: RateTable, b: RateTable | undefined): RateTable {
  return b && b.date > a.date ? b : a;
}

/**
 * Fetches today's ECB file and returns its rates; undefined when offline, refused (no host
 * permission, CORS) or not a rates file. Meant for the background, which holds host permissions;
 * the caller stores the result under RATES_STORAGE_KEY for the content scripts to read.
 */
export async function refreshRates(
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 8000,
): Promise<RateTable | undefined> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    const res = await fetchImpl(ECB_DAILY_URL, { signal: ctl.signal });
    if (!res.ok) return undefined;
    return parseEcbDaily(await res.text());
  } catch {
    return undefined; // offline or refused: the bundled or stored rates stay in use
  } finally {
    clearTimeout(timer);
  }
}

export { BUNDLED_RATES };
export type { RateTable };
