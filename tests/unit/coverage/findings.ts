/** Small finding builders shared by the coverage, UI and background tests. */
import type { ClaimFinding, CompanyFinding, MoneyFinding, QuoteFinding } from '@/core/findings';

export const money = (start: number, text: string, value: number, currency: string, extra: Partial<MoneyFinding> = {}): MoneyFinding => ({
  id: `money:${start}`, kind: 'money', text, start, end: start + text.length, value, currency, ...extra,
});
export const company = (start: number, text: string, name = text, extra: Partial<CompanyFinding> = {}): CompanyFinding => ({
  id: `company:${start}`, kind: 'company', text, start, end: start + text.length, name, ...extra,
});
export const quote = (start: number, text: string, extra: Partial<QuoteFinding> = {}): QuoteFinding => ({
  id: `quote:${start}`, kind: 'quote', text, start, end: start + text.length, allegation: false, ...extra,
});
export const claim = (start: number, text: string, extra: Partial<ClaimFinding> = {}): ClaimFinding => ({
  id: `claim:${start}`, kind: 'claim', text, start, end: start + text.length, allegation: true, ...extra,
});
