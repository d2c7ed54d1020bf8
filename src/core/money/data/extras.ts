/**
 * Hand-curated additions to the CLDR tables: prefixed dollar forms CLDR does not list (journalists
 * write "C$" and "S$", CLDR has "CA$" and "$SG"), the Swiss "Fr.", and the words that tell a page's
 * country when its address and `lang` do not (a bare "$" on a Québec page means CAD).
 */

/** Symbol → ISO 4217, on top of CLDR's. */
export const EXTRA_SYMBOLS: Record<string, string> = {
  C$: 'CAD', '$ CA': 'CAD', '$ CAN': 'CAD', '$CAN': 'CAD', Can$: 'CAD', CAN$: 'CAD', 'CDN$': 'CAD', AU$: 'AUD', Au$: 'AUD', S$: 'SGD', US$: 'USD',
  'U$S': 'USD', USD$: 'USD', 'Fr.': 'CHF', 'SFr.': 'CHF', 'sFr.': 'CHF', 'S/.': 'PEN', 'S/': 'PEN',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '￥': 'JPY', '円': 'JPY', '₿': 'BTC', 'Rs.': 'INR', Rs: 'INR', '₹': 'INR',
  'M$': 'MXN', 'Mex$': 'MXN', 'HK$': 'HKD', 'NZ$': 'NZD', 'R$': 'BRL', 'zł': 'PLN', 'kr': 'SEK',
};

/** ISO codes recognised as such before or after a number (3 capitals, word-bounded). */
export const EXTRA_CODES = ['BTC'];

/**
 * Words whose frequency in a page's text tells its country, for pages whose `lang` and address do
 * not: used only to read a bare "$" or "dollars". A country needs 3 cues and more than the US has.
 */
export const REGION_CUES: Record<string, string[]> = {
  US: ['états-unis', 'américain', 'américaine', 'américains', 'washington', 'united states', 'u.s.', 'estados unidos', 'stati uniti', 'usa', 'vereinigten staaten'],
  CA: ['canada', 'canadien', 'canadienne', 'canadiens', 'canadian', 'québec', 'quebec', 'ontario', 'ottawa', 'montréal', 'toronto', 'alberta', 'vancouver'],
  AU: ['australia', 'australie', 'australian', 'australien', 'sydney', 'melbourne', 'canberra', 'queensland'],
  NZ: ['new zealand', 'nouvelle-zélande', 'auckland', 'wellington'],
  HK: ['hong kong', 'hongkong'],
  SG: ['singapore', 'singapour'],
  MX: ['méxico', 'mexico', 'mexicano', 'mexicana', 'mexique'],
  AR: ['argentina', 'argentine', 'buenos aires', 'argentino'],
};
