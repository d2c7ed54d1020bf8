/**
 * The engine gets ready in pieces (content script) or at first use (scan, tests), with the
 * same findings either way. Each case loads fresh engine modules, so neither sees tables the
 * other built.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const TEXT =
  'Globex Corporation a versé 3 millions d’euros à Initech, « une somme volée », a accusé Marie Dupont. ' +
  'Northwind Traders et Siemens ont refusé de commenter.';

async function freshEngine() {
  vi.resetModules();
  const [{ prepareEngine }, { extractFindings }] = await Promise.all([
    import('../../../src/core/prepare'),
    import('../../../src/core/extract'),
  ]);
  return { prepareEngine, extractFindings };
}

describe('prepareEngine', () => {
  beforeEach(() => vi.resetModules());

  it('ends after a finite number of calls even when every slice is already spent', async () => {
    const { prepareEngine } = await freshEngine();
    let calls = 0;
    while (!prepareEngine(() => true, { lang: 'fr' })) {
      calls++;
      expect(calls).toBeLessThan(10_000);
    }
    expect(calls).toBeGreaterThan(1); // it really was done in pieces
    expect(prepareEngine(() => true)).toBe(true); // and stays ready
  });

  it('gives the same findings as an engine that builds its tables on first use', async () => {
    const prepared = await freshEngine();
    while (!prepared.prepareEngine(() => true, { lang: 'fr' }));
    const afterPreparing = prepared.extractFindings(TEXT, { lang: 'fr' });

    const cold = await freshEngine();
    const atFirstUse = cold.extractFindings(TEXT, { lang: 'fr' });

    expect(afterPreparing).toEqual(atFirstUse);
    expect(atFirstUse.map((f) => [f.kind, f.text])).toEqual(
      expect.arrayContaining([
        ['money', '3 millions d’euros'],
        ['company', 'Globex Corporation'],
        ['company', 'Siemens'],
      ]),
    );
  });
});
