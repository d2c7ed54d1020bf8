/**
 * The content script's first scan starts while the engine module is still loading: the stage
 * finds the article and walks its text meanwhile, waits for the engine, and gives the findings
 * `scan` gives. `scan` itself must be handed the engine, not a promise of it.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE, type Engine } from '../../../src/core/engine';
import { scanPage } from '../../../src/pipeline/scan-page-at-once';
import { scanSteps } from '../../../src/pipeline/scan-page';
import { runSliced, runSync, type SliceSource } from '../../../src/pipeline/slices';
import { page } from '../dom/helpers';

const ARTICLE = '<article><h1>Port deal</h1><p>Northwind Traders agreed to pay $3.5 million, Renault said on Friday.</p></article>';

/** Slices on demand, always already spent: every possible pause is taken. */
function countingSlices(): SliceSource & { granted: number } {
  const s = { granted: 0, budget: { spent: () => true }, nextSlice: () => (s.granted++, Promise.resolve()) };
  return s;
}

describe('a scan whose engine is still loading', () => {
  it('reads the page meanwhile, then waits for the engine, with the findings scan gives', async () => {
    page(ARTICLE);
    let resolve!: (e: Engine) => void;
    const loading = new Promise<Engine>((r) => (resolve = r));
    const slices = countingSlices();
    let done = false;
    const scan = runSliced((budget) => scanSteps(document, { engine: loading }, budget), slices).then((s) => ((done = true), s));
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
    expect(done).toBe(false);
    const whileLoading = slices.granted;
    expect(whileLoading).toBeGreaterThan(1); // the article and its text were read in slices
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(slices.granted).toBe(whileLoading); // and then it waited, asking for no more slices
    resolve(ENGINE);
    const result = await scan;
    expect(result.findings).toEqual(scanPage(document).findings);
    expect(result.findings.map((f) => f.text)).toEqual(expect.arrayContaining(['$3.5 million', 'Renault']));
  });

  it('fails the scan with a readable message when the engine cannot load', async () => {
    page(ARTICLE);
    const failed = Promise.reject(new Error('could not load the reading engine (/engine.js): blocked'));
    await expect(runSliced((budget) => scanSteps(document, { engine: failed }, budget), countingSlices())).rejects.toThrow('could not load the reading engine');
  });

  it('refuses a promise when run in one go', () => {
    page(ARTICLE);
    expect(() => runSync((budget) => scanSteps(document, { engine: Promise.resolve(ENGINE) }, budget))).toThrow('give it the value, not a promise');
  });
});
