/**
 * The engine's entry point: text in, findings out. Pure: no DOM, no browser API, no I/O.
 *
 *   text ─┬─ findMoney ─────────────┐
 *         ├─ findCompanies ─┬───────┼─ ids, order ─► Finding[]
 *         └─ findQuotes ◄───┘ (targets)
 */
import type { EngineContext } from './context';
import { findCompanies } from './companies';
import { findingId } from './finding-id';
import type { Draft, Finding } from './findings';
import { flatText } from './flat-text';
import { findMoney } from './money';
import { findQuotes } from './quotes';

/** Text order; at one start, the longer finding first. */
function before(a: Draft<Finding>, b: Draft<Finding>): number {
  return a.start - b.start || b.end - a.end;
}

function sorted(list: Draft<Finding>[]): Draft<Finding>[] {
  for (let i = 1; i < list.length; i++) if (before(list[i - 1]!, list[i]!) > 0) return list.slice().sort(before);
  return list;
}

/**
 * The three kinds' findings in one list, in text order, each given its id. Each kind comes in
 * text order already, so a merge does it in one pass; the drafts are the engines' own fresh
 * objects, so the id is added to them rather than copying each (copying and sorting cost as much
 * as finding the money).
 */
function merge(lists: Draft<Finding>[][]): Finding[] {
  const ins = lists.map(sorted);
  const at = ins.map(() => 0);
  const total = ins.reduce((n, l) => n + l.length, 0);
  const out: Finding[] = new Array(total);
  for (let k = 0; k < total; k++) {
    let pick = -1;
    for (let l = 0; l < ins.length; l++) {
      const d = ins[l]![at[l]!];
      if (d && (pick < 0 || before(d, ins[pick]![at[pick]!]!) < 0)) pick = l;
    }
    const d = ins[pick]![at[pick]!++]! as Finding;
    d.id = findingId(d.kind, d.start);
    out[k] = d;
  }
  return out;
}

/**
 * The engine as steps: it pauses (yields) after each kind, so a caller with a time budget can
 * give the main thread back between them (the first read of a page runs cold, before the browser
 * has compiled the engine's functions, and one long article read at once made a long task).
 * Pausing changes nothing in the result.
 */
export function* extractFindingsSteps(page: string, ctx: EngineContext): Generator<void, Finding[], void> {
  const text = flatText(page);
  const money = findMoney(text, ctx);
  yield;
  const companies = findCompanies(text, ctx);
  yield;
  const quotes = findQuotes(text, ctx, companies);
  yield;
  return merge([money, companies, quotes]);
}

export function extractFindings(text: string, ctx: EngineContext): Finding[] {
  const steps = extractFindingsSteps(text, ctx);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
