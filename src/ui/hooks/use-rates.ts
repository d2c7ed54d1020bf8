/** The date of the exchange rates in use, and the reader's "fetch today's rates" action. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { RefreshRatesReplySchema, parseMessage } from '../../messaging/protocol';
import { BUNDLED_RATES, RATES_STORAGE_KEY, newestRates, type RateTable } from '../../rates/ecb';
import type { RatesStatus } from '../RatesPanel';

export function useRates(): { date: string; status: RatesStatus; refresh(): void } {
  const [date, setDate] = useState(BUNDLED_RATES.date);
  const [status, setStatus] = useState<RatesStatus>('idle');
  useEffect(() => {
    void browser.storage.local.get(RATES_STORAGE_KEY).then((got) => {
      const stored = got[RATES_STORAGE_KEY] as RateTable | undefined;
      if (stored?.date && stored.perEuro) setDate(newestRates(BUNDLED_RATES, stored).date);
    });
  }, []);
  const refresh = () => {
    setStatus('busy');
    browser.runtime
      .sendMessage({ type: 'refreshRates' })
      .then((raw: unknown) => {
        const reply = parseMessage(RefreshRatesReplySchema, raw, 'options');
        if (reply) setDate(reply.date);
        setStatus(reply?.refreshed ? 'done' : 'failed');
      })
      .catch(() => setStatus('failed'));
  };
  return { date, status, refresh };
}
