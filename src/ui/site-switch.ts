/** The popup's per-site switch: which host a page is on, and the settings with it on or off. */
import type { Settings } from '../settings/schema';

/** The host of an http(s) page, lower-cased; undefined for other pages (browser pages, files). */
export function siteHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** `settings` with Claimlens off (listed in disabledSites) or back on for `host`. */
export function withSite(settings: Settings, host: string, off: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== host);
  return { ...settings, disabledSites: off ? [...others, host] : others };
}
