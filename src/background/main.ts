/**
 * Wires the background to the browser: messages (./router.ts), the toolbar badge, tab clean-up,
 * the keyboard command toggling Claimlens, and the coverage service with its session cache.
 */
import { browser } from 'wxt/browser';
import { CoverageCache, memoryArea, type KeyValueArea } from '../coverage/cache';
import { GDELT_INTERVAL_MS } from '../coverage/gdelt';
import { Pacer } from '../coverage/pacer';
import { getCoverage } from '../coverage/service';
import type { FetchLike } from '../coverage/fetch-text';
import { BUNDLED_RATES, RATES_STORAGE_KEY, newestRates, refreshRates, type RateTable } from '../rates/ecb';
import type { RefreshRatesReply } from '../messaging/protocol';
import { readSettings, updateSettings } from '../settings/storage';
import { route } from './router';
import { TabStates } from './tab-states';

/** The keyboard command (manifest `commands`) that turns Claimlens on or off everywhere. */
export const TOGGLE_COMMAND = 'toggle-claimlens';

/** storage.session where the browser has it (Chrome 102+, Firefox 115+), else memory. */
export function sessionArea(): KeyValueArea {
  const session = (browser.storage as unknown as { session?: KeyValueArea }).session;
  return session && typeof session.get === 'function' ? session : memoryArea();
}

/** Flips settings.enabled; the content scripts follow the stored setting. */
export async function toggleEnabled(): Promise<boolean> {
  const s = await readSettings();
  return (await updateSettings({ enabled: !s.enabled })).enabled;
}

/**
 * Fetches the ECB's daily reference rates and stores them where the content scripts read them
 * (src/content/settings.ts loadRates). Run only when the reader asks on the options page, so
 * nothing leaves the browser on its own.
 */
export async function refreshStoredRates(fetchRates: () => Promise<RateTable | undefined> = () => refreshRates()): Promise<RefreshRatesReply> {
  const stored = (await browser.storage.local.get(RATES_STORAGE_KEY))[RATES_STORAGE_KEY] as RateTable | undefined;
  const current = stored?.date && stored.perEuro ? newestRates(BUNDLED_RATES, stored) : BUNDLED_RATES;
  const fresh = await fetchRates();
  if (!fresh) return { date: current.date, refreshed: false };
  const best = newestRates(current, fresh);
  await browser.storage.local.set({ [RATES_STORAGE_KEY]: best });
  return { date: best.date, refreshed: true };
}

export function startBackground(): void {
  const area = sessionArea();
  const states = new TabStates(area);
  const cache = new CoverageCache(area);
  const gdeltPacer = new Pacer(GDELT_INTERVAL_MS);
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const deps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    states,
    async setBadge(tabId: number, text: string) {
      try {
        await action.setBadgeText({ tabId, text });
        await action.setBadgeBackgroundColor({ tabId, color: '#5b3fd6' });
      } catch {
        // The tab closed meanwhile.
      }
    },
    coverage: (req: Parameters<typeof getCoverage>[0]) =>
      getCoverage(req, { settings: readSettings, fetch: fetch.bind(globalThis) as unknown as FetchLike, cache, gdeltPacer }),
    refreshRates: () => refreshStoredRates(),
  };
  browser.runtime.onMessage.addListener((raw: unknown, sender) => route(raw, sender, deps) as Promise<unknown> | undefined);
  browser.tabs.onRemoved.addListener((tabId) => void states.remove(tabId));
  browser.commands?.onCommand.addListener((command) => {
    if (command === TOGGLE_COMMAND) void toggleEnabled();
  });
}
