import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/settings/schema';
import { parseStoredSettings, readSettings, updateSettings, watchStoredSettings } from '@/settings/storage';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('stored settings', () => {
  it('gives the defaults when nothing or garbage is stored', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    expect(parseStoredSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(parseStoredSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields and defaults the invalid ones, field by field', () => {
    const s = parseStoredSettings({ homeCurrency: 'CHF', highlightStyle: 'blink', disabledSites: 'all', enabled: false });
    expect(s.homeCurrency).toBe('CHF');
    expect(s.enabled).toBe(false);
    expect(s.highlightStyle).toBe(DEFAULT_SETTINGS.highlightStyle);
    expect(s.disabledSites).toEqual([]);
    expect(console.warn).toHaveBeenCalledTimes(2);
  });

  it('writes a patch and tells watchers', async () => {
    const seen: string[] = [];
    const stop = watchStoredSettings((s) => seen.push(s.homeCurrency));
    await updateSettings({ homeCurrency: 'JPY' });
    expect((await readSettings()).homeCurrency).toBe('JPY');
    expect(seen).toEqual(['JPY']);
    stop();
  });
});
