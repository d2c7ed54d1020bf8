import { describe, expect, it } from 'vitest';
import { BUNDLED_RATES, convert, newestRates, parseEcbDaily, refreshRates } from '../../../src/rates/ecb';

// The ECB daily file's shape, with figures written for this test.
const DAILY = `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
  <gesmes:subject>Reference rates</gesmes:subject>
  <Cube><Cube time='2030-01-02'>
    <Cube currency='USD' rate='1.2000'/><Cube currency='JPY' rate='150.00'/>
  </Cube></Cube></gesmes:Envelope>`;

describe('ECB rates', () => {
  it('parses the daily file', () => {
    expect(parseEcbDaily(DAILY)).toEqual({ date: '2030-01-02', source: 'ECB euro foreign exchange reference rates', perEuro: { EUR: 1, USD: 1.2, JPY: 150 } });
    expect(parseEcbDaily('<html>not rates</html>')).toBeUndefined();
  });

  it('converts through the euro', () => {
    const t = parseEcbDaily(DAILY)!;
    expect(convert(120, 'USD', 'EUR', t)).toBeCloseTo(100);
    expect(convert(120, 'USD', 'JPY', t)).toBeCloseTo(15000);
    expect(convert(1, 'XXX', 'EUR', t)).toBeUndefined();
  });

  it('the bundled table says its date, and a newer table wins', () => {
    expect(BUNDLED_RATES.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(BUNDLED_RATES.perEuro.EUR).toBe(1);
    expect(newestRates(BUNDLED_RATES, parseEcbDaily(DAILY)).date).toBe('2030-01-02');
    expect(newestRates(BUNDLED_RATES, undefined)).toBe(BUNDLED_RATES);
  });

  it('refreshes from the network when it can, and quietly gives up when it cannot', async () => {
    const ok = (async () => new Response(DAILY)) as unknown as typeof fetch;
    expect((await refreshRates(ok))?.date).toBe('2030-01-02');
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await refreshRates(offline)).toBeUndefined();
    const refused = (async () => new Response('', { status: 403 })) as unknown as typeof fetch;
    expect(await refreshRates(refused)).toBeUndefined();
  });
});
