/**
 * Bundled euro foreign-exchange reference rates: units of each currency per 1 EUR.
 *
 * Source: the European Central Bank's daily reference rates file
 * (https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml) as published for 2024-06-13.
 * This machine has no network route to ecb.europa.eu, so the figures were taken from a verbatim
 * copy of that day's ECB file kept in a public source repository (a test fixture), not fetched
 * from the ECB directly; they are historical and only a fallback. When the network allows,
 * `refreshRates` (./ecb.ts) replaces them with the current day's file, and the hover card always
 * shows the date of the rates it used.
 */
export const BUNDLED_RATES = {
  date: '2024-06-13',
  source: 'ECB euro foreign exchange reference rates (bundled copy)',
  perEuro: {
    EUR: 1,
    USD: 1.0784,
    JPY: 169.58,
    BGN: 1.9558,
    CZK: 24.699,
    DKK: 7.4593,
    GBP: 0.84468,
    HUF: 396.48,
    PLN: 4.3473,
    RON: 4.9773,
    SEK: 11.221,
    CHF: 0.9668,
    ISK: 149.3,
    NOK: 11.4315,
    TRY: 34.8311,
    AUD: 1.6232,
    BRL: 5.8261,
    CAD: 1.4823,
    CNY: 7.8211,
    HKD: 8.4224,
    IDR: 17527.83,
    ILS: 4.0108,
    INR: 90.112,
    KRW: 1482.31,
    MXN: 20.1654,
    MYR: 5.0766,
    NZD: 1.7477,
    PHP: 63.173,
    SGD: 1.4557,
    THB: 39.593,
    ZAR: 19.8385,
  } as Record<string, number>,
};

export interface RateTable {
  /** The ECB publication date of the rates (YYYY-MM-DD). */
  date: string;
  source: string;
  /** Units of currency per 1 EUR; EUR itself is 1. */
  perEuro: Record<string, number>;
}
