import { fireEvent, render } from '@testing-library/preact';
import { CoveragePanel } from '@/ui/CoveragePanel';
import { ExportPanel } from '@/ui/ExportPanel';
import { csvCell, exportFindings, textFragmentUrl } from '@/ui/export';
import { makeTranslate } from '@/ui/i18n';
import type { CoverageReply, PageFindings } from '@/messaging/protocol';
import { claim, company, money } from '../coverage/findings';

const t = makeTranslate('en');
const reply = (over: Partial<CoverageReply> = {}): CoverageReply => ({ query: 'q', articles: [], failures: [], cached: false, ...over });

describe('CoveragePanel', () => {
  it('asks nothing until pressed, and says which words will be sent', () => {
    const onRequest = vi.fn();
    const { container, getByText } = render(<CoveragePanel t={t} locale="en" query="Musk Microsoft" view={{ state: 'idle' }} onRequest={onRequest} />);
    expect(onRequest).not.toHaveBeenCalled();
    expect(container.textContent).toContain('Sends only these words to the news sources: Musk Microsoft');
    fireEvent.click(getByText('Find related coverage'));
    expect(onRequest).toHaveBeenCalledOnce();
  });

  it('lists title, outlet, date and language; titles stay text', () => {
    const view = { state: 'done' as const, reply: reply({ articles: [
      { title: '<img src=x onerror=alert(1)>', url: 'https://a.example/1', outlet: 'A Daily', date: '2026-11-20T08:15:00Z', language: 'French', provider: 'gdelt' as const },
    ] }) };
    const { container } = render(<CoveragePanel t={t} locale="en-US" query="q" view={view} onRequest={() => {}} />);
    expect(container.querySelector('img')).toBeNull();
    const a = container.querySelector('a.article-title')!;
    expect(a.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(container.querySelector('.article-meta')!.textContent).toBe('A Daily · Nov 20, 2026 · French');
  });

  it('gives a plain message when offline, refused, or empty', () => {
    const r = (failures: CoverageReply['failures']) => render(<CoveragePanel t={t} locale="en" query="q" view={{ state: 'done', reply: reply({ failures }) }} onRequest={() => {}} />).container.textContent;
    expect(r([{ provider: 'gdelt', reason: 'refused' }, { provider: 'googleNews', reason: 'offline' }])).toContain('Could not reach the news sources');
    expect(r([{ provider: 'gdelt', reason: 'refused' }])).toContain('refused the request');
    expect(r([])).toContain('No other coverage found.');
  });

  it('says when every provider is off', () => {
    const { container } = render(<CoveragePanel t={t} locale="en" query="q" view={{ state: 'disabled' }} onRequest={() => {}} />);
    expect(container.querySelector('button')).toBeNull();
    expect(container.textContent).toContain('turned off');
  });
});

const page: PageFindings = {
  status: 'done',
  url: 'https://news.example/a?x=1#top',
  title: 'Musk [v.] Microsoft',
  lang: 'fr',
  findings: [
    money(0, '2,15 billions de dollars', 2.15e12, 'USD'),
    company(30, 'Microsoft', 'Microsoft', { ticker: 'MSFT' }),
    claim(50, '=HYPERLINK("http://evil.example") s\'était formé illégalement, à l\'aide de données Twitter dont il n\'avait pas le droit', { speaker: 'Elon Musk', target: 'Microsoft' }),
  ],
};

describe('export', () => {
  it('links back with a text fragment, encoding its reserved characters', () => {
    expect(textFragmentUrl('https://x.example/a#old', '2,15 billions-de dollars & co')).toBe('https://x.example/a#:~:text=2%2C15%20billions%2Dde%20dollars%20%26%20co');
    const long = textFragmentUrl('https://x.example/a', 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen');
    expect(long).toBe('https://x.example/a#:~:text=one%20two%20three%20four,thirteen%20fourteen%20fifteen%20sixteen');
  });

  it('writes Markdown grouped by kind with escaped text', () => {
    const md = exportFindings(page, 'markdown', 'en-US');
    expect(md.startsWith('# Musk \\[v.\\] Microsoft\n')).toBe(true);
    expect(md).toContain('## Money');
    expect(md).toContain('- [2,15 billions de dollars](<https://news.example/a?x=1#:~:text=2%2C15%20billions%20de%20dollars>): $2,150,000,000,000');
    expect(md).toContain('## Companies\n\n- [Microsoft]');
    expect(md).toContain('allegation · speaker: Elon Musk · target: Microsoft');
  });

  it('writes CSV with quoting and formula injection defused', () => {
    const csv = exportFindings(page, 'csv', 'en-US').split('\r\n');
    expect(csv[0]).toBe('kind,text,understood,value,currency,company,speaker,target,allegation,link');
    expect(csv[1]).toBe('money,"2,15 billions de dollars","$2,150,000,000,000",2150000000000,USD,,,,,https://news.example/a?x=1#:~:text=2%2C15%20billions%20de%20dollars');
    expect(csv[3]!.startsWith('claim,"\'=HYPERLINK(""http://evil.example"")')).toBe(true);
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(-5)).toBe('-5');
  });

  it('writes JSON with every finding and its link', () => {
    const json = JSON.parse(exportFindings(page, 'json'));
    expect(json.url).toBe(page.url);
    expect(json.findings).toHaveLength(3);
    expect(json.findings[0]).toMatchObject({ kind: 'money', value: 2.15e12, currency: 'USD', link: 'https://news.example/a?x=1#:~:text=2%2C15%20billions%20de%20dollars' });
  });

  it('shows the exported text so it can be copied by hand', () => {
    const onExport = vi.fn();
    const { container, getByText } = render(<ExportPanel t={t} onExport={onExport} view={{ format: 'csv', text: 'a,b', copied: false }} />);
    fireEvent.click(getByText('JSON'));
    expect(onExport).toHaveBeenCalledWith('json');
    expect((container.querySelector('textarea') as HTMLTextAreaElement).value).toBe('a,b');
    expect(container.textContent).toContain('Select the text below');
  });
});
