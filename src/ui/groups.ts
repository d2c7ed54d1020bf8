/**
 * The popup's three groups: Money, Companies (one row per canonical company, with its mentions),
 * Quotes and claims (allegations first). Pure, so the list can be rebuilt on every keystroke of
 * the filter box.
 */
import type { ClaimFinding, CompanyFinding, Finding, MoneyFinding, QuoteFinding } from '../core/findings';
import { searchableText } from './format';

export interface CompanyRow {
  name: string;
  /** Every mention, in page order; the first is the representative. */
  mentions: CompanyFinding[];
}

export interface Groups {
  money: MoneyFinding[];
  companies: CompanyRow[];
  /** Allegations first, then page order. */
  quotes: (QuoteFinding | ClaimFinding)[];
  /** Findings per group before grouping companies (what the counts show). */
  counts: { money: number; companies: number; quotes: number };
}

/** Folds case and accents so "societe" finds "Société". */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
}

/** Groups `findings`, keeping those whose text or reading contains `filter` (case and accents folded). */
export function groupFindings(findings: readonly Finding[], filter = ''): Groups {
  const needle = foldForSearch(filter.trim());
  const keep = needle ? (f: Finding) => foldForSearch(searchableText(f)).includes(needle) : () => true;
  const money: MoneyFinding[] = [];
  const byName = new Map<string, CompanyRow>();
  const allegations: (QuoteFinding | ClaimFinding)[] = [];
  const others: (QuoteFinding | ClaimFinding)[] = [];
  let companies = 0;
  for (const f of findings) {
    if (!keep(f)) continue;
    switch (f.kind) {
      case 'money':
        money.push(f);
        break;
      case 'company': {
        companies++;
        const row = byName.get(f.name);
        if (row) row.mentions.push(f);
        else byName.set(f.name, { name: f.name, mentions: [f] });
        break;
      }
      case 'quote':
      case 'claim':
        (f.allegation ? allegations : others).push(f);
        break;
    }
  }
  const quotes = [...allegations, ...others];
  return {
    money,
    companies: [...byName.values()],
    quotes,
    counts: { money: money.length, companies, quotes: quotes.length },
  };
}
