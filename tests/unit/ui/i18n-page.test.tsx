import { fireEvent, render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '~~/public/_locales/en/messages.json';
import fr from '~~/public/_locales/fr/messages.json';
import { makeTranslate, pickUiLang } from '@/ui/i18n';
import { unscannableUrl } from '@/ui/page-kind';
import { fetchPage, focusFinding, requestCoverage, targetTab } from '@/ui/hooks/page-source';
import { sanitizeSettings } from '@/ui/hooks/use-settings';
import { OptionsForm, parseSites } from '@/ui/OptionsForm';
import { DEFAULT_SETTINGS } from '@/settings/schema';
import { company } from '../coverage/findings';

describe('UI language', () => {
  it('has every message in both languages, with the same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      const frMsg = (fr as Record<string, { message: string }>)[k]!.message;
      expect(frMsg.match(/\$\d/g) ?? [], k).toEqual(v.message.match(/\$\d/g) ?? []);
    }
  });

  it('follows the first preferred language the UI speaks', () => {
    expect(pickUiLang(['fr-CA', 'en'])).toBe('fr');
    expect(pickUiLang(['de-DE', 'fr'])).toBe('fr');
    expect(pickUiLang(['ja'])).toBe('en');
    expect(pickUiLang([])).toBe('en');
  });

  it('fills placeholders', () => {
    expect(makeTranslate('fr')('saidBy', 'Elon Musk')).toBe('selon Elon Musk');
    expect(makeTranslate('en')('groupMoney')).toBe('Money');
  });
});

describe('pages that cannot be scanned', () => {
  it.each([
    ['chrome://extensions/', 'browserPage'],
    ['about:addons', 'browserPage'],
    ['moz-extension://abc/popup.html', 'browserPage'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/detail/x', 'store'],
    ['https://addons.mozilla.org/fr/firefox/', 'store'],
    ['https://example.org/report.PDF', 'pdf'],
    ['file:///tmp/a.pdf', 'pdf'],
    ['https://news.example/article', undefined],
    ['https://chrome.google.com/search', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, why) => {
    expect(unscannableUrl(url)).toBe(why);
  });
});

describe('popup I/O (fakeBrowser)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.windows.create({ focused: true });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('targets ?tabId=N when given, else the active tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/a', active: true });
    expect((await targetTab(''))?.id).toBe(tab.id);
    expect((await targetTab('?tabId=12345'))?.id).toBe(12345);
  });

  it('validates the content script answer, and reads a failed or bad one as "cannot read"', async () => {
    const page = { status: 'done', url: 'https://news.example/a', title: 'T', lang: 'fr', findings: [company(0, 'Microsoft')] };
    const send = vi.spyOn(fakeBrowser.tabs as unknown as { sendMessage(...a: unknown[]): Promise<unknown> }, 'sendMessage').mockResolvedValueOnce(page);
    expect(await fetchPage({ id: 1 })).toEqual({ ok: true, page });
    send.mockResolvedValueOnce({ ...page, status: 'exploded' });
    expect(await fetchPage({ id: 1 })).toEqual({ ok: false, why: 'noScript' });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('dropped a bad message in popup'));
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await fetchPage({ id: 1 })).toEqual({ ok: false, why: 'noScript' });
    expect(await fetchPage({ id: 1, url: 'chrome://newtab/' })).toEqual({ ok: false, why: 'browserPage' });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('sends focusFinding and reads its answer', async () => {
    const send = vi.spyOn(fakeBrowser.tabs as unknown as { sendMessage(...a: unknown[]): Promise<unknown> }, 'sendMessage').mockResolvedValue({ found: true });
    expect(await focusFinding(4, 'money:10')).toBe(true);
    expect(send).toHaveBeenCalledWith(4, { type: 'focusFinding', id: 'money:10' });
  });

  it('asks the background for coverage with the page host excluded, and drops a bad answer', async () => {
    const send = vi.spyOn(fakeBrowser.runtime as unknown as { sendMessage(...a: unknown[]): Promise<unknown> }, 'sendMessage').mockResolvedValueOnce({ query: 'q', articles: [], failures: [], cached: true });
    expect((await requestCoverage('q', 'fr', 'https://www.page.example/x')).cached).toBe(true);
    expect(send).toHaveBeenCalledWith({ type: 'getCoverage', query: 'q', lang: 'fr', excludeHost: 'www.page.example' });
    send.mockResolvedValueOnce({ articles: 'nope' });
    expect((await requestCoverage('q', 'fr', 'https://www.page.example/x')).failures).toEqual([{ provider: 'gdelt', reason: 'invalid' }]);
  });
});

describe('options', () => {
  const t = makeTranslate('en');

  it('reads sites one per line, without scheme or path', () => {
    expect(parseSites('https://www.Example.com/news\nfoo\n*.bar.org, localhost')).toEqual(['www.example.com', '*.bar.org', 'localhost']);
  });

  it('refuses provider addresses that are not http(s) and bad currency codes', () => {
    const { settings, rejected } = sanitizeSettings(
      { ...DEFAULT_SETTINGS, homeCurrency: 'EURO', providerUrls: { gdelt: 'javascript:alert(1)', googleNews: 'http://127.0.0.1:9/rss' } },
      DEFAULT_SETTINGS,
    );
    expect(rejected).toEqual(['homeCurrency', 'providerUrls.gdelt']);
    expect(settings.providerUrls).toEqual({ gdelt: DEFAULT_SETTINGS.providerUrls.gdelt, googleNews: 'http://127.0.0.1:9/rss' });
  });

  it('edits every setting and saves them together', () => {
    const onSave = vi.fn();
    const { container } = render(<OptionsForm t={t} settings={DEFAULT_SETTINGS} saved={false} onSave={onSave} />);
    const q = <T extends Element>(sel: string) => container.querySelector<T & HTMLElement>(sel)!;
    fireEvent.input(q<HTMLInputElement>('[name=homeCurrency]'), { target: { value: 'chf' } });
    fireEvent.click(q('[name=highlight-company]'));
    fireEvent.click(q('[value=underline]'));
    fireEvent.click(q('[name=provider-gdelt]'));
    fireEvent.input(q('[name=url-googleNews]'), { target: { value: 'http://127.0.0.1:9/rss' } });
    fireEvent.input(q('[name=disabledSites]'), { target: { value: 'example.com\nnews.example.org' } });
    fireEvent.submit(q('form'));
    expect(onSave).toHaveBeenCalledWith({
      ...DEFAULT_SETTINGS,
      homeCurrency: 'CHF',
      highlight: { money: true, company: false, quote: true },
      highlightStyle: 'underline',
      providers: { gdelt: false, googleNews: true },
      providerUrls: { ...DEFAULT_SETTINGS.providerUrls, googleNews: 'http://127.0.0.1:9/rss' },
      disabledSites: ['example.com', 'news.example.org'],
    });
  });

  it('is in French for French readers', () => {
    const { container } = render(<OptionsForm t={makeTranslate('fr')} settings={DEFAULT_SETTINGS} saved={true} onSave={() => {}} />);
    expect(container.querySelector('h1')!.textContent).toBe('Options de Claimlens');
    expect(container.textContent).toContain('Enregistré.');
  });
});

describe('the page answer', () => {
  it('drops only the bad findings, with a logged reason', async () => {
    const { parsePageFindings } = await import('@/ui/hooks/page-source');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = company(0, 'Microsoft');
    const page = parsePageFindings({ status: 'done', url: 'u', title: 't', lang: 'fr', findings: [good, { kind: 'quote', text: 'x', allegation: false, id: 'quote:undefined' }] });
    expect(page?.findings).toEqual([good]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('dropped 1 bad finding(s)'));
    expect(parsePageFindings({ status: 'done', findings: [] })).toBeUndefined();
    warn.mockRestore();
  });
});

describe('options form, quick changes', () => {
  it('keeps two changes made before a re-render', () => {
    const onSave = vi.fn();
    const { container } = render(<OptionsForm t={makeTranslate('en')} settings={DEFAULT_SETTINGS} saved={false} onSave={onSave} />);
    // Two DOM clicks in a row, as a fast reader or a test driver makes them, then save.
    container.querySelector<HTMLInputElement>('[name=provider-gdelt]')!.click();
    container.querySelector<HTMLInputElement>('[name=provider-googleNews]')!.click();
    container.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(onSave.mock.calls[0]![0].providers).toEqual({ gdelt: false, googleNews: false });
  });
});
