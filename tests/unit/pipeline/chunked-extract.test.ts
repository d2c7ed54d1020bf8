/**
 * The engine read in steps: a caller whose time slice is spent pauses between the engine's kinds
 * (a page's first read runs cold and made one long task), and pausing changes no finding.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE } from '../../../src/core/engine';
import { extractFindings, extractFindingsSteps } from '../../../src/core/extract';
import { extractInChunks } from '../../../src/pipeline/chunked-extract';
import { runSync, type Budget, type Steps } from '../../../src/pipeline/slices';

const TEXT =
  'Globex Corporation a versé 3 millions d’euros à Initech, « une somme volée », a accusé Marie Dupont.\n\n' +
  'Northwind Traders a refusé de commenter.';

/** Runs a stage with a budget that is always spent, counting its pauses. */
function pausing<T>(make: (budget: Budget) => Steps<T>): { value: T; pauses: number } {
  const it = make({ spent: () => true });
  for (let pauses = 0; ; pauses++) {
    const r = it.next();
    if (r.done) return { value: r.value, pauses };
  }
}

describe('extractFindingsSteps', () => {
  it('pauses after each kind and returns what extractFindings returns', () => {
    const steps = extractFindingsSteps(TEXT, { lang: 'fr' });
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(pauses).toBe(3); // money, companies, quotes
    expect(r.value).toEqual(extractFindings(TEXT, { lang: 'fr' }));
  });
});

describe('extractInChunks with the engine', () => {
  it('gives the main thread back between kinds when the slice is spent, with the same findings', () => {
    const sliced = pausing((b) => extractInChunks(TEXT, { lang: 'fr' }, b, ENGINE));
    expect(sliced.pauses).toBe(3);
    const atOnce = runSync((b) => extractInChunks(TEXT, { lang: 'fr' }, b, ENGINE));
    expect(sliced.value).toEqual(atOnce);
    expect(atOnce.map((f) => [f.kind, f.text])).toEqual(
      expect.arrayContaining([
        ['money', '3 millions d’euros'],
        ['company', 'Globex Corporation'],
        ['quote', 'une somme volée'],
      ]),
    );
  });
});
