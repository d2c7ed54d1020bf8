import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_MODULE, GENERATED_PATH } from '../../../../scripts/generate-currency-data';
import { CURRENCY_HEADS, CURRENCY_SYMBOLS, NUMBER_SYMBOLS, REGION_CURRENCY } from '../../../../src/core/money/data/currencies.generated';

describe('generated currency data', () => {
  it('is what scripts/generate-currency-data.ts writes today (run it after changing the script)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(GENERATED_MODULE);
  });

  it('holds the facts the engine relies on', () => {
    expect(CURRENCY_SYMBOLS['R$']).toBe('BRL');
    expect(CURRENCY_HEADS.fr!['gourdes']).toBe('HTG');
    expect(CURRENCY_HEADS.es!['soles']).toBe('PEN');
    expect(CURRENCY_HEADS.de!['dollar']).toBe('USD');
    expect(REGION_CURRENCY.CA).toBe('CAD');
    expect(NUMBER_SYMBOLS['es-PE']).toEqual(['.', ',']);
    expect(NUMBER_SYMBOLS.fr![0]).toBe(',');
  });

  it('keeps the content script small', () => {
    expect(Buffer.byteLength(GENERATED_MODULE)).toBeLessThan(32_000);
  });
});
