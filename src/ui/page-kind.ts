/**
 * Pages no content script can run on, told apart by their address, so the popup can say why
 * instead of waiting for an answer that never comes.
 */
export type Unscannable = 'browserPage' | 'pdf' | 'store' | 'noScript';

const BROWSER_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|file|javascript):/i;
/** The add-on stores, where browsers forbid content scripts. */
const STORES: readonly [host: string, path: string][] = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['microsoftedge.microsoft.com', '/addons'],
  ['addons.mozilla.org', '/'],
  ['addons.opera.com', '/'],
];

/** Why `url` cannot be scanned, or undefined when it looks like an ordinary web page (or is unknown). */
export function unscannableUrl(url: string | undefined): Unscannable | undefined {
  if (!url) return undefined;
  if (BROWSER_SCHEMES.test(url)) return /\.pdf($|[?#])/i.test(url) && /^file:/i.test(url) ? 'pdf' : 'browserPage';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'browserPage';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browserPage';
  if (STORES.some(([host, path]) => u.hostname === host && u.pathname.startsWith(path))) return 'store';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return undefined;
}
