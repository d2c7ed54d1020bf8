/**
 * The reader's settings and rates as the content script needs them. Settings are read and
 * followed through src/settings/storage.ts (parsed field by field); this adds the per-site switch
 * and the reference rates for the card.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../settings/schema';
import { BUNDLED_RATES, RATES_STORAGE_KEY, newestRates, parseEcbDaily, type RateTable } from '../rates/ecb';

export { parseStoredSettings as parseSettings, readSettings as loadSettings, watchStoredSettings as watchSettings } from '../settings/storage';

/** True unless the reader switched Claimlens off for `host` (a listed host covers its subdomains). */
export function siteEnabled(settings: Settings, host: string): boolean {
  const h = host.toLowerCase();
  return !settings.disabledSites.some((s) => {
    const d = s.toLowerCase().replace(/^\*\./, '');
    return h === d || h.endsWith(`.${d}`);
  });
}

/**
 * The rates for the card: refreshed ones the background stored under RATES_STORAGE_KEY (the ECB
 * XML text, or a parsed table), when newer than the bundled table.
 */
export async function loadRates(): Promise<RateTable> {
  try {
    const got = (await browser.storage.local.get(RATES_STORAGE_KEY))[RATES_STORAGE_KEY];
    const stored = typeof got === 'string' ? parseEcbDaily(got) : (got as RateTable | undefined);
    return stored?.date && stored.perEuro ? newestRates(BUNDLED_RATES, stored) : BUNDLED_RATES;
  } catch {
    return BUNDLED_RATES;
  }
}
