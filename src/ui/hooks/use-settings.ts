/** The stored settings, followed as they change, and a save that validates before writing. */
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../settings/schema';
import { readSettings, updateSettings, watchStoredSettings } from '../../settings/storage';

/** True for an http(s) address (provider URLs must be one). */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** `next` with the fields that are not valid put back to `current`'s values; the names of those fields. */
export function sanitizeSettings(next: Settings, current: Settings): { settings: Settings; rejected: string[] } {
  const rejected: string[] = [];
  const out: Settings = { ...next, providerUrls: { ...next.providerUrls } };
  if (!/^[A-Z]{3}$/.test(out.homeCurrency)) {
    rejected.push('homeCurrency');
    out.homeCurrency = current.homeCurrency;
  }
  for (const p of ['gdelt', 'googleNews'] as const) {
    if (!isHttpUrl(out.providerUrls[p])) {
      rejected.push(`providerUrls.${p}`);
      out.providerUrls[p] = current.providerUrls[p];
    }
  }
  return { settings: out, rejected };
}

export function useSettings(): { settings: Settings; loaded: boolean; save(next: Settings): Promise<string[]> } {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void readSettings().then((s) => {
      setSettings(s);
      setLoaded(true);
    });
    return watchStoredSettings(setSettings);
  }, []);
  const save = async (next: Settings) => {
    const { settings: clean, rejected } = sanitizeSettings(next, settings);
    setSettings(await updateSettings(clean));
    return rejected;
  };
  return { settings, loaded, save };
}
