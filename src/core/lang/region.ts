/**
 * The country a site publishes from, by its domain: `ici.radio-canada.ca` → CA,
 * `gazetadopovo.com.br` → BR. Used only as a hint (a bare "$" on a Canadian site, the number
 * scale of Brazilian Portuguese); generic domains (.com, .org) tell nothing.
 */
const GENERIC = new Set(['com', 'org', 'net', 'info', 'io', 'co', 'news', 'media', 'app', 'dev', 'eu', 'int']);
const ALIASES: Record<string, string> = { uk: 'GB' };

export function regionFromHost(host: string | null | undefined): string | undefined {
  const labels = (host ?? '').toLowerCase().split('.').filter(Boolean);
  const tld = labels[labels.length - 1];
  if (!tld || GENERIC.has(tld) || !/^[a-z]{2}$/.test(tld)) return undefined;
  return ALIASES[tld] ?? tld.toUpperCase();
}
