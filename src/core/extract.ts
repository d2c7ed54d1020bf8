/**
 * The engine's entry point: text in, findings out. Pure: no DOM, no browser API, no I/O.
 *
 *   text ─┬─ findMoney ─────────────┐
 *         ├─ findCompanies ─┬───────┼─ ids, order ─► Finding[]
 *         └─ findQuotes ◄───┘ (targets)
 */
import type { EngineContext } from './context';
import { findCompanies } from './companies';
import { findingId, type Draft, type Finding } from './findings';
import { findMoney } from './money';
import { findQuotes } from './quotes';

export function extractFindings(text: string, ctx: EngineContext): Finding[] {
  const money = findMoney(text, ctx);
  const companies = findCompanies(text, ctx);
  const quotes = findQuotes(text, ctx, companies);
  const drafts: Draft<Finding>[] = [...money, ...companies, ...quotes];
  const findings = drafts.map((d) => ({ ...d, id: findingId(d.kind, d.start) }) as Finding);
  return findings.sort((a, b) => a.start - b.start || b.end - a.end);
}
