import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Popup, type PopupProps } from '@/ui/Popup';
import { makeTranslate } from '@/ui/i18n';
import type { PageFindings } from '@/messaging/protocol';
import type { Finding } from '@/core/findings';
import { claim, company, money, quote } from '../coverage/findings';

const t = makeTranslate('en');
const findings: Finding[] = [
  money(10, '2,15 billions de dollars', 2.15e12, 'USD', { note: "French 'billion' is 10^12" }),
  company(40, 'Microsoft', 'Microsoft', { ticker: 'MSFT', wikidata: 'Q2283' }),
  quote(60, 'a plain remark about the weather', { speaker: 'A. Witness' }),
  company(120, 'Facebook', 'Meta', { ticker: 'META' }),
  company(140, 'Microsoft', 'Microsoft', { ticker: 'MSFT' }),
  claim(200, 'trained its model illegally on Twitter data', { speaker: 'Elon Musk', target: 'Microsoft' }),
  money(260, '42 000 $', 42000, 'USD', { period: 'month' }),
];
const page = (over: Partial<PageFindings> = {}): PageFindings => ({ status: 'done', url: 'https://news.example/a', title: 'Musk v. Microsoft', lang: 'fr', findings, ...over });

function props(over: Partial<PopupProps> = {}): PopupProps {
  return {
    t,
    locale: 'en-US',
    view: { state: 'page', page: page() },
    filter: '',
    onFilter: vi.fn(),
    onFocus: vi.fn(),
    linkBases: { gdelt: 'https://api.gdeltproject.org/api/v2/doc/doc' },
    coverageQuery: 'Microsoft Meta Elon Musk',
    coverage: { state: 'idle' },
    onCoverage: vi.fn(),
    onExport: vi.fn(),
    onOptions: vi.fn(),
    enabled: true,
    onEnabled: vi.fn(),
    site: { host: 'news.example', off: false },
    onSite: vi.fn(),
    ...over,
  };
}

describe('Popup', () => {
  it('lists three groups with counts, values formatted, companies folded by canonical name', () => {
    const { container } = render(<Popup {...props()} />);
    expect(screen.getByTestId('count-money').textContent).toBe('2');
    expect(screen.getByTestId('count-companies').textContent).toBe('3');
    expect(screen.getByTestId('count-quotes').textContent).toBe('2');
    const m = container.querySelector('[data-kind="money"]')!;
    expect(m.getAttribute('data-value')).toBe('2150000000000');
    expect(m.getAttribute('data-currency')).toBe('USD');
    expect(m.textContent).toContain('$2,150,000,000,000');
    expect(m.textContent).toContain('$2.15T');
    expect(container.querySelectorAll('[data-kind="money"]')[1]!.textContent).toContain('per month');
    const rows = [...container.querySelectorAll('[data-kind="company"]')];
    expect(rows.map((r) => r.getAttribute('data-name'))).toEqual(['Microsoft', 'Meta']);
    expect(rows[0]!.getAttribute('data-mentions')).toBe('2');
    expect(rows[1]!.textContent).toContain('Facebook');
  });

  it('puts allegations first, with speaker and target', () => {
    const { container } = render(<Popup {...props()} />);
    const quotes = [...container.querySelectorAll('[data-group="quotes"] .item')];
    expect(quotes[0]!.getAttribute('data-allegation')).toBe('true');
    expect(quotes[0]!.textContent).toContain('said by Elon Musk');
    expect(quotes[0]!.textContent).toContain('against Microsoft');
    expect(quotes[1]!.getAttribute('data-allegation')).toBe('false');
  });

  it('renders markup in page text as text, never as HTML', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = render(<Popup {...props({ view: { state: 'page', page: page({ findings: [quote(0, evil, { speaker: '<b>x</b>', allegation: true })] }) } })} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('.quote-text')!.textContent).toBe(evil);
    expect(container.textContent).toContain('said by <b>x</b>');
  });

  it('sends focus for the clicked item, and cycles through a company\'s mentions', () => {
    const p = props();
    const { container } = render(<Popup {...p} />);
    fireEvent.click(container.querySelector('[data-kind="money"] .item-main')!);
    expect(p.onFocus).toHaveBeenLastCalledWith('money:10');
    const ms = container.querySelector('[data-name="Microsoft"] .item-main')!;
    fireEvent.click(ms);
    expect(p.onFocus).toHaveBeenLastCalledWith('company:40');
    fireEvent.click(ms);
    expect(p.onFocus).toHaveBeenLastCalledWith('company:140');
    fireEvent.click(ms);
    expect(p.onFocus).toHaveBeenLastCalledWith('company:40');
  });

  it('opens the search links of an item on demand', () => {
    const { container } = render(<Popup {...props()} />);
    const row = container.querySelector('[data-group="quotes"] .item')!;
    expect(row.querySelector('.search-links')).toBeNull();
    fireEvent.click(row.querySelector('.item-more')!);
    expect(row.querySelector('.item-more')!.getAttribute('aria-expanded')).toBe('true');
    const kinds = [...row.querySelectorAll('a')].map((a) => a.getAttribute('data-link'));
    expect(kinds).toEqual(['news', 'gdelt', 'factCheck']);
    expect(row.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('filters by page text or by what was understood, folding case and accents', () => {
    const { container, rerender } = render(<Popup {...props({ filter: 'meta' })} />);
    expect(container.querySelectorAll('.item')).toHaveLength(1);
    rerender(<Popup {...props({ filter: 'TWITTER' })} />);
    expect(container.querySelectorAll('.item')).toHaveLength(1);
    rerender(<Popup {...props({ filter: 'zzz' })} />);
    expect(screen.getByText('Nothing matches “zzz”.')).toBeTruthy();
  });

  it('passes the filter box input up', () => {
    const p = props();
    render(<Popup {...p} />);
    fireEvent.input(screen.getByLabelText('Filter the list'), { target: { value: 'musk' } });
    expect(p.onFilter).toHaveBeenCalledWith('musk');
  });

  it.each([
    [{ state: 'loading' } as const, 'Reading the page…'],
    [{ state: 'status', kind: 'browserPage' } as const, 'Claimlens cannot read browser and extension pages.'],
    [{ state: 'status', kind: 'pdf' } as const, 'Claimlens cannot read PDF files.'],
    [{ state: 'status', kind: 'store' } as const, 'Browsers do not let extensions read their add-on stores.'],
    [{ state: 'status', kind: 'noScript' } as const, 'reload it'],
  ])('says plainly why there is no list: %o', (view, text) => {
    const { container } = render(<Popup {...props({ view })} />);
    expect(container.querySelector('.status')!.textContent).toContain(text);
    expect(container.querySelector('.item')).toBeNull();
  });

  it('shows a page still being scanned, with what is found so far', () => {
    const { container } = render(<Popup {...props({ view: { state: 'page', page: page({ status: 'scanning' }) } })} />);
    expect(container.querySelector('[data-status="scanning"]')).not.toBeNull();
    expect(container.querySelectorAll('.item').length).toBeGreaterThan(0);
  });

  it('says when nothing was found', () => {
    const { container } = render(<Popup {...props({ view: { state: 'page', page: page({ findings: [] }) } })} />);
    expect(container.querySelector('[data-status="nothing"]')).not.toBeNull();
    expect(container.querySelector('.filter')).toBeNull();
  });

  it('moves between rows with the arrow keys', () => {
    const { container } = render(<Popup {...props()} />);
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('.item-main')];
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('renders 300 findings quickly: the first rows at once, the rest right after', async () => {
    const many: Finding[] = [];
    for (let i = 0; i < 300; i++) {
      const s = i * 50;
      many.push(i % 3 === 0 ? money(s, `${i} €`, i * 1000, 'EUR') : i % 3 === 1 ? company(s, `Company ${i % 40}`) : quote(s, `quoted words number ${i}`, { allegation: i % 2 === 0, speaker: 'Someone' }));
    }
    const t0 = performance.now();
    const { container } = render(<Popup {...props({ view: { state: 'page', page: page({ findings: many }) } })} />);
    const ms = performance.now() - t0;
    expect(container.querySelectorAll('.item').length).toBe(30 + 30 + 30);
    await waitFor(() => expect(container.querySelectorAll('.item').length).toBe(100 + 40 + 100));
    // happy-dom is slower than a browser; the real budget (100 ms) is measured by the page benchmark.
    expect(ms).toBeLessThan(1000);
  });
});

describe('Popup switches', () => {
  it('turns Claimlens off everywhere from the toolbar popup', () => {
    const onEnabled = vi.fn();
    const { getByTestId } = render(<Popup {...props({ onEnabled })} />);
    const box = getByTestId('enabled') as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    expect(onEnabled).toHaveBeenCalledWith(false);
  });

  it('turns it off, then back on, for the page’s site', () => {
    const onSite = vi.fn();
    const { getByTestId, rerender } = render(<Popup {...props({ onSite })} />);
    expect(getByTestId('site-switch').textContent).toBe('Turn off on news.example');
    fireEvent.click(getByTestId('site-switch'));
    expect(onSite).toHaveBeenCalledWith(true);
    rerender(<Popup {...props({ onSite, site: { host: 'news.example', off: true } })} />);
    expect(getByTestId('site-switch').textContent).toBe('Turn back on for news.example');
  });

  it('offers no site switch on pages that are not web pages', () => {
    const { queryByTestId } = render(<Popup {...props({ site: undefined })} />);
    expect(queryByTestId('site-switch')).toBeNull();
  });
});
