/**
 * Hostile inputs for the engine and the DOM layer, generated (seeded, so runs compare), and a
 * timing helper that prints how time grows between two sizes. Printing, not asserting tight
 * timings: machines differ; each test asserts only a generous bound and no exception.
 */

/** A small seeded generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` UTF-16 units of random code points from every plane, lone surrogates and controls included. */
export function randomUnicode(n: number, seed = 1): string {
  const r = rng(seed);
  const out: string[] = [];
  let len = 0;
  while (len < n) {
    const pick = r();
    let cp: number;
    if (pick < 0.3) cp = 0x20 + Math.floor(r() * 0x5f); // ASCII
    else if (pick < 0.5) cp = 0x80 + Math.floor(r() * 0x780); // Latin, Greek, Cyrillic, …
    else if (pick < 0.6) cp = 0x2000 + Math.floor(r() * 0x70); // punctuation, quotes, spaces
    else if (pick < 0.7) cp = 0x3000 + Math.floor(r() * 0x6000); // CJK
    else if (pick < 0.75) cp = 0xd800 + Math.floor(r() * 0x800); // lone surrogates
    else if (pick < 0.8) cp = Math.floor(r() * 0x20); // controls, \n, \t
    else if (pick < 0.9) cp = 0x10000 + Math.floor(r() * 0x10000); // astral
    else cp = '0123456789$€£¥.,  '.codePointAt(Math.floor(r() * 18))!;
    const s = cp >= 0xd800 && cp < 0xe000 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
    out.push(s);
    len += s.length;
  }
  return out.join('').slice(0, n);
}

/** Repeats `unit` to exactly `n` characters. */
export function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** Digits and separators with no space for a megabyte: the worst case for number parsing. */
export const DIGITS = (n: number) => fill('1234567890.,  \u202f\u00a0', n);
/** Amount-like runs that never end: currency signs, magnitudes, separators. */
export const AMOUNTS = (n: number) => fill('$1,000,000 €2.5 bn 3 milliards 4,5 Mio. ¥ 1 234 567 ', n);
/** Opening quotation marks, never closed, in every style. */
export const OPEN_QUOTES = (n: number) => fill('« “ „ " ‹ 「 ‘ Word ', n);
/** Unbalanced mixes of openers and closers. */
export const MIXED_QUOTES = (n: number) => fill('« » » “ ” ” " "" „ ‚ ’ 」「 ', n);
/** Capitalised words without end: the worst case for company-name scanning. */
export const CAPITALS = (n: number) => fill('Acme Global Holdings Group International Inc. Corp SA AG ', n);

/** Milliseconds of one call to `fn`. */
export function timed(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Runs `run(size)` at two sizes, prints both timings and their ratio (about size ratio = linear). */
export function atTwoSizes(label: string, small: number, large: number, run: (size: number) => void): { small: number; large: number } {
  run(Math.min(small, 10_000)); // warm-up: lazy tables, JIT
  // The small size is cheap: its best of three takes out scheduling noise from parallel test files.
  const a = Math.min(timed(() => run(small)), timed(() => run(small)), timed(() => run(small)));
  const b = timed(() => run(large));
  const kb = (x: number) => `${Math.round(x / 1024)} KB`;
  console.log(`hostile ${label}: ${kb(small)} ${a.toFixed(1)} ms, ${kb(large)} ${b.toFixed(1)} ms, x${(b / Math.max(a, 0.01)).toFixed(2)} for x${(large / small).toFixed(0)} size`);
  return { small: a, large: b };
}
