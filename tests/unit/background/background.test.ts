import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { refreshStoredRates, startBackground, toggleEnabled, TOGGLE_COMMAND } from '@/background/main';
import { BUNDLED_RATES, RATES_STORAGE_KEY } from '@/rates/ecb';
import { route, type RouterDeps } from '@/background/router';
import { badgeText, TabStates } from '@/background/tab-states';
import { memoryArea } from '@/coverage/cache';
import { readSettings } from '@/settings/storage';

const counts = { money: 2, company: 5, quote: 1, claim: 0 };
const content = (tabId: number) => ({ id: fakeBrowser.runtime.id, url: 'https://news.example/a', tab: { id: tabId } });
const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

function deps(): RouterDeps & { badges: Map<number, string> } {
  const badges = new Map<number, string>();
  return {
    badges,
    extensionId: fakeBrowser.runtime.id,
    extensionOrigin: fakeBrowser.runtime.getURL('/'),
    states: new TabStates(memoryArea()),
    setBadge: (tabId, text) => void badges.set(tabId, text),
    coverage: async (req) => ({ query: req.query, articles: [], failures: [], cached: false }),
    refreshRates: async () => ({ date: '2030-01-02', refreshed: true }),
  };
}

describe('background router', () => {
  it('keeps per-tab state from findingsChanged and shows the count on the badge', async () => {
    const d = deps();
    await route({ type: 'findingsChanged', url: 'https://news.example/a', status: 'done', counts }, content(7), d);
    expect(d.badges.get(7)).toBe('8');
    expect(await route({ type: 'listTabs' }, popup(), d)).toEqual([{ tabId: 7, url: 'https://news.example/a', status: 'done', counts }]);
    expect(await route({ type: 'getTabState', tabId: 7 }, popup(), d)).toMatchObject({ tabId: 7, status: 'done' });
    expect(await route({ type: 'getTabState', tabId: 8 }, popup(), d)).toBeNull();
  });

  it('drops malformed messages with a logged reason and answers nothing', async () => {
    const d = deps();
    expect(route({ type: 'findingsChanged', url: 'x', status: 'exploded', counts }, content(7), d)).toBeUndefined();
    expect(route({ type: 'getCoverage', query: '', lang: 'fr' }, popup(), d)).toBeUndefined();
    expect(route({ type: 'getCoverage', query: 'Musk', lang: 'klingon' }, popup(), d)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(3);
    expect(String(warn.mock.calls[0]![0])).toContain('dropped a bad message in background');
    expect(await d.states.list()).toEqual([]);
  });

  it('ignores messages that are not its own, and other extensions', () => {
    const d = deps();
    expect(route({ type: 'getFindings' }, popup(), d)).toBeUndefined();
    expect(route('hello', popup(), d)).toBeUndefined();
    expect(route({ type: 'listTabs' }, { id: 'someone-else', url: 'chrome-extension://someone-else/x' }, d)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('answers the tab list and coverage only to its own pages, not to content scripts', async () => {
    const d = deps();
    expect(route({ type: 'listTabs' }, content(3), d)).toBeUndefined();
    expect(route({ type: 'getCoverage', query: 'Musk', lang: 'fr' }, content(3), d)).toBeUndefined();
    expect(await route({ type: 'getCoverage', query: 'Musk', lang: 'fr' }, popup(), d)).toMatchObject({ query: 'Musk' });
  });

  it('refreshes the rates for its own pages only', async () => {
    const d = deps();
    expect(route({ type: 'refreshRates' }, content(3), d)).toBeUndefined();
    expect(await route({ type: 'refreshRates' }, popup(), d)).toEqual({ date: '2030-01-02', refreshed: true });
  });

  it('needs a sender tab for findingsChanged', () => {
    expect(route({ type: 'findingsChanged', url: 'x', status: 'done', counts }, popup(), deps())).toBeUndefined();
  });
});

describe('badge text', () => {
  const state = (status: 'done' | 'scanning' | 'off', n: number) => ({ tabId: 1, url: '', status, counts: { money: n, company: 0, quote: 0, claim: 0 } });
  it('counts findings, says nothing when off or empty, caps large numbers', () => {
    expect(badgeText(state('done', 3))).toBe('3');
    expect(badgeText(state('done', 0))).toBe('');
    expect(badgeText(state('scanning', 0))).toBe('…');
    expect(badgeText(state('off', 5))).toBe('');
    expect(badgeText(state('done', 12345))).toBe('999+');
  });
});

describe('TabStates', () => {
  it('survives a service-worker restart through session storage', async () => {
    const area = memoryArea();
    await new TabStates(area).set(4, 'https://x.example/', 'done', counts);
    expect((await new TabStates(area).list()).map((s) => s.tabId)).toEqual([4]);
  });
});

describe('startBackground (fakeBrowser)', () => {
  it('answers through runtime.onMessage, sets the badge and toggles Claimlens with the keyboard command', async () => {
    let onCommand: ((c: string) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((cb: (c: string) => void) => {
      onCommand = cb;
    });
    startBackground();
    await fakeBrowser.runtime.onMessage.trigger({ type: 'findingsChanged', url: 'https://news.example/a', status: 'done', counts }, content(11) as never, () => {});
    expect(await browser.action.getBadgeText({ tabId: 11 })).toBe('8');
    const [list] = await fakeBrowser.runtime.onMessage.trigger({ type: 'listTabs' }, popup() as never, () => {});
    expect(list).toEqual([{ tabId: 11, url: 'https://news.example/a', status: 'done', counts }]);

    expect((await readSettings()).enabled).toBe(true);
    onCommand!(TOGGLE_COMMAND);
    await vi.waitFor(async () => expect((await readSettings()).enabled).toBe(false));
    await toggleEnabled();
    expect((await readSettings()).enabled).toBe(true);
  });
});

describe('refreshStoredRates', () => {
  it('stores fetched rates newer than the bundled ones where the content scripts read them', async () => {
    const fresh = { date: '2030-01-02', source: 'ECB test', perEuro: { ...BUNDLED_RATES.perEuro, USD: 1.25 } };
    expect(await refreshStoredRates(async () => fresh)).toEqual({ date: '2030-01-02', refreshed: true });
    const stored = (await browser.storage.local.get(RATES_STORAGE_KEY))[RATES_STORAGE_KEY];
    expect(stored).toMatchObject({ date: '2030-01-02', perEuro: { USD: 1.25 } });
  });

  it('keeps the rates in use when the ECB cannot be reached', async () => {
    expect(await refreshStoredRates(async () => undefined)).toEqual({ date: BUNDLED_RATES.date, refreshed: false });
    expect((await browser.storage.local.get(RATES_STORAGE_KEY))[RATES_STORAGE_KEY]).toBeUndefined();
  });
});
