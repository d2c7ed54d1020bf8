/** The two ways `scan` prints a page: readable lines grouped by kind, or the JSON-lines contract. */
import type { Finding, FindingKind } from '../core/findings';
import type { PageScan } from '../pipeline/scan-page';

const TITLES: Record<FindingKind, string> = {
  money: 'Money',
  company: 'Companies',
  quote: 'Quotes',
  claim: 'Claims',
};

/** One JSON object per page, as ../shared/eval/README.md specifies (extra fields are allowed). */
export function toJsonLine(file: string, scan: PageScan): string {
  const findings = scan.findings.map(({ id: _id, ...rest }) => rest);
  return JSON.stringify({ file, lang: scan.context.lang, url: scan.url, findings });
}

const money = (f: Extract<Finding, { kind: 'money' }>) => {
  const value = new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(f.value);
  const extras = [f.period && `per ${f.period}`, f.approx && `(${f.approx})`, f.range && 'range', f.note].filter(Boolean);
  return `${f.text}  →  ${value} ${f.currency}${extras.length ? `  ${extras.join(', ')}` : ''}`;
};

function describe(f: Finding): string {
  switch (f.kind) {
    case 'money':
      return money(f);
    case 'company':
      return `${f.text}  →  ${f.name}${f.ticker ? ` (${f.ticker})` : ''}${f.wikidata ? ` ${f.wikidata}` : ''}`;
    case 'quote':
    case 'claim':
      return `${f.allegation ? '[allegation] ' : ''}“${f.text}”  —  ${f.speaker ?? 'unattributed'}${f.target ? `  against ${f.target}` : ''}`;
  }
}

/** A page's findings as readable text: a heading per kind with its count, one line per finding. */
export function toReadable(file: string, scan: PageScan): string {
  const lines = [`${file}  (${scan.context.lang}${scan.context.region ? `-${scan.context.region}` : ''}, ${scan.map.text.length} characters of article text)`];
  for (const kind of Object.keys(TITLES) as FindingKind[]) {
    const of = scan.findings.filter((f) => f.kind === kind);
    if (of.length === 0 && kind === 'claim') continue;
    lines.push(`  ${TITLES[kind]} (${of.length})`);
    for (const f of of) lines.push(`    ${describe(f).replace(/\s*\n\s*/g, ' ')}`);
  }
  return lines.join('\n');
}
