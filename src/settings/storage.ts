/**
 * Reading and writing the reader's settings (`browser.storage.local`, key "settings", the key the
 * content script follows). Every read is parsed field by field: a stored field that no longer
 * fits its schema falls back to its default, the others are kept.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './schema';

export const SETTINGS_KEY = 'settings';

/** Parses a stored value; never throws. Unknown fields are dropped, bad ones get their default. */
export function parseStoredSettings(raw: unknown): Settings {
  const whole = SettingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  if (!raw || typeof raw !== 'object') return DEFAULT_SETTINGS;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const shape = SettingsSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
  for (const [key, schema] of Object.entries(shape)) {
    const r = schema.safeParse((raw as Record<string, unknown>)[key]);
    if (r.success) out[key] = r.data;
    else console.warn(`Claimlens: stored setting "${key}" is invalid; using the default`);
  }
  return out as Settings;
}

export async function readSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    return parseStoredSettings(got[SETTINGS_KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Stores `patch` over the current settings and returns the result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseStoredSettings({ ...(await readSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `onChange` with the parsed settings whenever they are stored; returns an unsubscribe. */
export function watchStoredSettings(onChange: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(parseStoredSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
