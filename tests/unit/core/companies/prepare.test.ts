/**
 * The gazetteer is built in bounded pieces (prepareCompanies, for the content script's idle
 * slices) or at once by the first lookup (scan, tests), with the same findings either way. Each
 * case loads fresh engine modules, so none sees a gazetteer another case built.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../../../src/core/findings';

/** Short texts written for this test: listed names, multi-word names, a rule-found firm, Japanese. */
const TEXTS: [Lang, string][] = [
  ['en', 'Shares of Siemens Energy rose after Deutsche Bank and Walmart reported results; Zorblax Corp. declined to comment.'],
  ['fr', 'La société Dinassa a racheté une filiale de LVMH, selon un porte-parole de la Société Générale.'],
  ['de', 'Der Konzern Volkswagen und die Allianz legten am Dienstag Zahlen vor, sagte ein Sprecher der BASF.'],
  ['es', 'La empresa Iberdrola y Telefónica firmaron un acuerdo con Banco Santander, según la agencia EFE.'],
  ['it', "L'amministratore delegato di Eni ha incontrato i vertici di Enel e di Intesa Sanpaolo a Milano."],
  ['pt', 'A Petrobras e a Embraer foram citadas pela Folha de S.Paulo em reportagem publicada nesta terça.'],
  ['ja', 'トヨタ自動車とソニーは新しい提携を発表し、日本銀行の決定を注視している。'],
];

async function freshCompanies() {
  vi.resetModules();
  return import('../../../../src/core/companies');
}

describe('prepareCompanies', () => {
  beforeEach(() => vi.resetModules());

  it('builds nothing at module load, then progresses on every call even with a slice already spent', async () => {
    const { prepareCompanies } = await freshCompanies();
    let calls = 0;
    while (!prepareCompanies(() => true)) {
      calls++;
      expect(calls).toBeLessThan(1000);
    }
    expect(calls).toBeGreaterThan(1); // it really was done in pieces, none of them at import
    expect(prepareCompanies(() => true)).toBe(true); // and stays built
  });

  it('finishes in one call when the slice never ends', async () => {
    const { prepareCompanies } = await freshCompanies();
    expect(prepareCompanies(() => false)).toBe(true);
  });

  it('gives the same findings prepared in pieces, prepared at once, or built by the first lookup', async () => {
    const sliced = await freshCompanies();
    while (!sliced.prepareCompanies(() => true));
    const inPieces = TEXTS.map(([lang, text]) => sliced.findCompanies(text, { lang }));

    const whole = await freshCompanies();
    whole.prepareCompanies(() => false);
    const atOnce = TEXTS.map(([lang, text]) => whole.findCompanies(text, { lang }));

    const cold = await freshCompanies();
    const atFirstUse = TEXTS.map(([lang, text]) => cold.findCompanies(text, { lang }));

    expect(inPieces).toEqual(atFirstUse);
    expect(atOnce).toEqual(atFirstUse);
    // The texts do hold firms, so the comparison compares something.
    const names = atFirstUse.flat().map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['Siemens Energy', 'Deutsche Bank', 'LVMH', 'Iberdrola', 'Eni', 'Petrobras', 'Toyota', 'Sony']));
  });

  it('answers a lookup made half-way through the build as a full build does', async () => {
    const half = await freshCompanies();
    half.prepareCompanies(() => true); // one piece only
    const midway = TEXTS.map(([lang, text]) => half.findCompanies(text, { lang }));
    expect(half.prepareCompanies(() => true)).toBe(true); // the lookup finished the build

    const cold = await freshCompanies();
    expect(midway).toEqual(TEXTS.map(([lang, text]) => cold.findCompanies(text, { lang })));
  });
});
