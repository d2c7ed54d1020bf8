import { describe, expect, it } from 'vitest';
import { findMoney } from '../../../../src/core/money';

/** Random text from the characters that drive the scanner hardest. */
function adversarial(chars: number): string {
  const alphabet = '0123456789 ,.\u00a0\u202f’$€£¥«»“”"\'-–/%kMm';
  let seed = 7;
  let s = '';
  while (s.length < chars) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    s += alphabet[seed % alphabet.length];
  }
  return s;
}

/** Best of three runs, in CPU milliseconds. */
function cpuMs(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

describe('time on adversarial input', () => {
  it('grows linearly: 4× the input takes well under 8× the time', () => {
    const small = adversarial(64 * 1024);
    const large = adversarial(256 * 1024);
    const ts = cpuMs(() => findMoney(small, { lang: 'fr' }));
    const tl = cpuMs(() => findMoney(large, { lang: 'fr' }));
    expect(tl / ts).toBeLessThan(8);
  });

  it('reads long runs of digits and separators without backtracking', () => {
    const runs = '1 000 000 '.repeat(50_000) + '1.1.1.1.'.repeat(50_000) + '$'.repeat(100_000);
    const t = cpuMs(() => findMoney(runs, { lang: 'fr' }));
    expect(t).toBeLessThan(2000);
  });
});
