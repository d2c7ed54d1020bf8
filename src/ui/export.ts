/**
 * Export of a page's findings as Markdown, CSV or JSON. Each finding carries a link back to the
 * exact place in the article: a text fragment (`#:~:text=`), which browsers scroll to and mark.
 */
import type { Finding } from '../core/findings';
import type { PageFindings } from '../messaging/protocol';
import { formatAmount } from './format';

export type ExportFormat = 'markdown' | 'csv' | 'json';

/** Fragment directives reserve these, so they are percent-encoded beyond encodeURIComponent. */
function encodeFragmentText(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Words in a long quote the fragment uses as its start and end (textStart,textEnd form). */
const EDGE_WORDS = 4;
/** Above this length a fragment names the quote's first and last words instead of all of it. */
const LONG_TEXT = 80;

/** `pageUrl` with a text fragment pointing at `text` (its own fragment replaced). */
export function textFragmentUrl(pageUrl: string, text: string): string {
  const base = pageUrl.replace(/#.*$/, '');
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return base;
  if (t.length <= LONG_TEXT) return `${base}#:~:text=${encodeFragmentText(t)}`;
  const words = t.split(' ');
  if (words.length <= EDGE_WORDS * 2) return `${base}#:~:text=${encodeFragmentText(t)}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `${base}#:~:text=${encodeFragmentText(start)},${encodeFragmentText(end)}`;
}

/** What Claimlens understood, in one line of plain text. */
export function understood(f: Finding, locale: string): string {
  switch (f.kind) {
    case 'money':
      return `${formatAmount(f.value, f.currency, locale)}${f.period ? ` / ${f.period}` : ''}`;
    case 'company':
      return [f.name, f.ticker].filter(Boolean).join(' · ');
    case 'quote':
    case 'claim':
      return [f.allegation ? 'allegation' : f.kind, f.speaker && `speaker: ${f.speaker}`, f.target && `target: ${f.target}`]
        .filter(Boolean)
        .join(' · ');
  }
}

const KIND_TITLES: Record<Finding['kind'], string> = { money: 'Money', company: 'Companies', quote: 'Quotes and claims', claim: 'Quotes and claims' };

function escapeMarkdown(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export function toMarkdown(page: PageFindings, locale = 'en'): string {
  const lines = [`# ${escapeMarkdown(page.title || page.url)}`, '', `<${page.url}>`, ''];
  let section = '';
  const ordered = [...page.findings].sort((a, b) => order(a) - order(b));
  for (const f of ordered) {
    const title = KIND_TITLES[f.kind];
    if (title !== section) {
      lines.push(`## ${title}`, '');
      section = title;
    }
    // The link destination goes in <…> so spaces and parentheses in it cannot break it.
    lines.push(`- [${escapeMarkdown(f.text)}](<${textFragmentUrl(page.url, f.text)}>): ${escapeMarkdown(understood(f, locale))}`);
  }
  return `${lines.join('\n')}\n`;
}

function order(f: Finding): number {
  return f.kind === 'money' ? 0 : f.kind === 'company' ? 1 : 2;
}

const CSV_COLUMNS = ['kind', 'text', 'understood', 'value', 'currency', 'company', 'speaker', 'target', 'allegation', 'link'] as const;

/** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs page text as a formula. */
export function csvCell(v: string | number | boolean | undefined): string {
  let s = v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && typeof v === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(page: PageFindings, locale = 'en'): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const f of page.findings) {
    const cells: (string | number | boolean | undefined)[] = [
      f.kind,
      f.text,
      understood(f, locale),
      f.kind === 'money' ? f.value : undefined,
      f.kind === 'money' ? f.currency : undefined,
      f.kind === 'company' ? f.name : undefined,
      f.kind === 'quote' || f.kind === 'claim' ? f.speaker : undefined,
      f.kind === 'quote' || f.kind === 'claim' ? f.target : undefined,
      f.kind === 'quote' || f.kind === 'claim' ? f.allegation : undefined,
      textFragmentUrl(page.url, f.text),
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

export function toJson(page: PageFindings): string {
  return JSON.stringify(
    {
      url: page.url,
      title: page.title,
      lang: page.lang,
      findings: page.findings.map((f) => ({ ...f, link: textFragmentUrl(page.url, f.text) })),
    },
    null,
    2,
  );
}

export function exportFindings(page: PageFindings, format: ExportFormat, locale = 'en'): string {
  return format === 'markdown' ? toMarkdown(page, locale) : format === 'csv' ? toCsv(page, locale) : toJson(page);
}
