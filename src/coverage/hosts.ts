/** Host names as coverage compares them: lower case, without "www.". */

/** The host of `url` without a leading "www.", or undefined if it is not an http(s) URL. */
export function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return u.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** True when `host` is `site` or one of its subdomains (both compared without "www."). */
export function sameSite(host: string | undefined, site: string | undefined): boolean {
  if (!host || !site) return false;
  const h = host.toLowerCase().replace(/^www\./, '');
  const s = site.toLowerCase().replace(/^www\./, '');
  return h === s || h.endsWith(`.${s}`) || s.endsWith(`.${h}`);
}
