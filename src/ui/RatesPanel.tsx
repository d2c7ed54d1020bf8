/**
 * The options page's exchange-rate block: the date of the rates the hover card converts with,
 * and a button that fetches today's ECB rates. Props only; the fetch is the background's.
 */
import type { Translate } from './i18n';

export type RatesStatus = 'idle' | 'busy' | 'done' | 'failed';

export interface RatesPanelProps {
  t: Translate;
  /** YYYY-MM-DD of the rates in use. */
  date: string;
  status: RatesStatus;
  onRefresh(): void;
}

export function RatesPanel({ t, date, status, onRefresh }: RatesPanelProps) {
  return (
    <section class="rates" aria-labelledby="rates-heading">
      <h2 id="rates-heading">{t('optRatesHeading')}</h2>
      <p data-testid="rates-date">{t('optRatesDate', date)}</p>
      <button type="button" onClick={onRefresh} disabled={status === 'busy'}>
        {t('optRatesRefresh')}
      </button>
      {status === 'done' ? <p role="status">{t('optRatesDone', date)}</p> : null}
      {status === 'failed' ? <p role="alert">{t('optRatesFailed', date)}</p> : null}
    </section>
  );
}
