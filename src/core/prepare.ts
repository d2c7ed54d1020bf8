/**
 * Getting the engine ready a bounded piece at a time. Loading the content script must be a short
 * task on the page (no task over 50 ms, issue 6), so the engine's tables are not built when its
 * module loads: the content script calls `prepareEngine` in idle slices before its first scan.
 * Every engine function builds what it still lacks on first use, so callers that never prepare
 * (`scan`, tests) need nothing.
 */
import type { EngineContext } from './context';
import { prepareCompanies } from './companies';
import { extractFindingsSteps } from './extract';

/**
 * A sentence with one of each kind of finding: reading it once compiles the engine's functions
 * (the browser compiles a function on its first call), a kind per slice, rather than inside the
 * first chunk of a page.
 */
const WARM_UP_TEXT = 'Northwind Ltd said on Monday: “Contoso stole our data and owes us $4.5 million.”';

let tablesReady = false;
let warming: Generator<void, unknown, void> | undefined;
let warm = false;

/**
 * Does one piece of the engine's preparation, stopping when `spent()` says the slice is over;
 * true once everything is ready (then every call returns true at once). Each call makes progress,
 * even with a slice already spent, so a loop of calls ends.
 */
export function prepareEngine(spent: () => boolean, ctx: EngineContext = { lang: 'en' }): boolean {
  if (warm) return true;
  if (!tablesReady) {
    tablesReady = prepareCompanies(spent);
    return false; // the warm-up read gets a slice of its own
  }
  // One kind per call: compiling a kind's functions on its first read is the cost here.
  warming ??= extractFindingsSteps(WARM_UP_TEXT, { lang: ctx.lang });
  warm = warming.next().done === true;
  return warm;
}
