/**
 * `npx tsx scripts/bench-money.ts`: the money engine alone. Throughput (MB/s of UTF-8) on the
 * generated multi-language article corpus of scripts/bench, and the time on 1 MB vs 4 MB of
 * adversarial input (digits, spaces, separators, currency signs) to show it stays linear.
 */
import type { Lang } from '../src/core/findings';
import { findMoney } from '../src/core/money';
import { BENCH_LANGS, generateAdversarial, generateArticles } from './bench/corpus';

const MB = 1024 * 1024;
const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Median CPU milliseconds (user + system) of `fn`: steadier than wall time on a shared machine. */
function time(fn: () => void): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.cpuUsage();
    fn();
    const d = process.cpuUsage(t);
    ms.push((d.user + d.system) / 1000);
  }
  return median(ms);
}

// Articles of ~8 kB, as the engine sees them on pages.
const corpus = BENCH_LANGS.map((lang) => {
  const text = generateArticles(lang, 600_000, lang.length * 31);
  const articles: string[] = [];
  for (let i = 0; i < text.length; i += 8000) articles.push(text.slice(i, i + 8000));
  return { lang: lang as Lang, articles, bytes: Buffer.byteLength(text) };
});
const bytes = corpus.reduce((n, c) => n + c.bytes, 0);
let found = 0;
const ms = time(() => {
  found = 0;
  for (const { lang, articles } of corpus) for (const a of articles) found += findMoney(a, { lang }).length;
});
console.log(`articles: ${(bytes / MB).toFixed(2)} MB in ${BENCH_LANGS.join(', ')}, ${found} amounts, ${ms.toFixed(1)} ms, ${(bytes / MB / (ms / 1000)).toFixed(1)} MB/s`);

for (const lang of ['fr', 'en', 'ja'] as Lang[]) {
  const one = generateAdversarial(MB);
  const four = generateAdversarial(4 * MB);
  const t1 = time(() => findMoney(one, { lang }));
  const t4 = time(() => findMoney(four, { lang }));
  console.log(`adversarial ${lang}: 1 MB ${t1.toFixed(1)} ms, 4 MB ${t4.toFixed(1)} ms, ratio ${(t4 / t1).toFixed(2)}`);
}
