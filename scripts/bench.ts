/**
 * `npm run bench`: the engine's throughput (all kinds) on a generated article corpus of a few
 * MB, against two baselines run in the same process:
 * - the baseline: the same job by the off-the-shelf libraries the brief measures us against
 *   (Recognizers-Text for money, compromise for organisations and quotations; ./bench/baseline.ts),
 *   on a sample of the same articles in every language;
 * - for scale, wink-nlp (wink-eng-lite-web-model: tokenising, tagging and entity recognition, the
 *   fastest JavaScript NLP pipeline measured here) on the English articles: it does less than
 *   our job (no money values, no quotes) and is the hardest bar to clear.
 * Medians of several runs; a benchmark, not a test: it prints figures and never fails on them.
 * Last line, for scripts: `bench: engine_mb_s=X baseline_mb_s=Y ratio=Z wink_mb_s=W wink_ratio=V`.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Lang } from '../src/core/findings';
import { extractFindings } from '../src/core/extract';
import { findCompanies } from '../src/core/companies';
import { findMoney } from '../src/core/money';
import { findQuotes } from '../src/core/quotes';
import { gazetteerStats } from '../src/core/companies/stats';
import { offTheShelf } from './bench/baseline';
import { BENCH_LANGS, generateAdversarial, generateArticles } from './bench/corpus';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PER_LANG = 600_000; // characters per language: ~4 MB in all
const MB = 1024 * 1024;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median milliseconds of `fn` over RUNS runs, after one warm-up run. */
function time(fn: () => void, runs = RUNS): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const mbps = (text: string, ms: number) => bytes(text) / MB / (ms / 1000);
/** Two decimals, or three significant digits below 1 (the baseline runs at hundredths of a MB/s). */
const fmt = (x: number) => (x >= 1 || x === 0 ? x.toFixed(2) : x.toPrecision(3));

// Articles of a few kB each, as pages are: the engine runs once per article.
const corpus = BENCH_LANGS.map((lang) => ({
  lang: lang as Lang,
  articles: generateArticles(lang, PER_LANG, lang.length * 31).split(/(?<=[.。])\n\n(?=[^\n]*\n\n)/).reduce<string[]>((acc, p) => {
    const last = acc[acc.length - 1];
    if (last !== undefined && last.length < 8000) acc[acc.length - 1] = `${last}\n\n${p}`;
    else acc.push(p);
    return acc;
  }, []),
}));
const all = corpus.flatMap((c) => c.articles).join('\n\n');
console.log(`corpus: ${fmt(bytes(all) / MB)} MB of generated article text in ${BENCH_LANGS.join(', ')}, ${corpus.reduce((n, c) => n + c.articles.length, 0)} articles; median of ${RUNS} runs`);

const runEngine = () => {
  for (const { lang, articles } of corpus) for (const a of articles) extractFindings(a, { lang });
};
runEngine(); // a second warm-up: the first run also builds the engine's lazy tables
const engineMs = time(runEngine);
const engine = mbps(all, engineMs);
console.log(`engine (all kinds):   ${fmt(engine)} MB/s  (${fmt(engineMs)} ms)`);

for (const [name, fn] of [
  ['money', (t: string, lang: Lang) => findMoney(t, { lang })],
  ['companies', (t: string, lang: Lang) => findCompanies(t, { lang })],
  ['quotes', (t: string, lang: Lang) => findQuotes(t, { lang }, [])],
] as const) {
  const ms = time(() => {
    for (const { lang, articles } of corpus) for (const a of articles) fn(a, lang);
  }, Math.max(3, Math.floor(RUNS / 2)));
  console.log(`  ${name.padEnd(10)} ${fmt(mbps(all, ms))} MB/s`);
}

const g = gazetteerStats();
console.log(`gazetteer: ${g.firms} firms, ${g.names} names, ${g.fileBytes} bytes of generated module (${g.sources})`);

// The baselines read less text (they are slower by far); throughput is per byte, so it compares.
// Off-the-shelf: two articles per language, every language (warm-up builds each culture's models).
const shelfSample = corpus.flatMap(({ lang, articles }) => articles.slice(0, 2).map((a) => ({ lang, a })));
const shelfText = shelfSample.map((s) => s.a).join('\n\n');
const shelfMs = time(() => {
  for (const { lang, a } of shelfSample) offTheShelf(a, lang);
}, 3);
const baseline = mbps(shelfText, shelfMs);
console.log(
  `baseline Recognizers-Text (money) + compromise (organisations, quotations): ${fmt(baseline)} MB/s on ${fmt(bytes(shelfText) / MB)} MB`,
);

const nlp = winkNLP(model);
// English text: the model is an English one (on other languages it tokenises more and tags less).
const sample = corpus.find((c) => c.lang === 'en')!.articles.slice(0, 40);
const sampleText = sample.join('\n\n');
const winkMs = time(() => {
  for (const a of sample) nlp.readDoc(a).entities().out();
}, 3);
const wink = mbps(sampleText, winkMs);
console.log(`for scale, wink-nlp + wink-eng-lite-web-model (readDoc + entities, English): ${fmt(wink)} MB/s on ${fmt(bytes(sampleText) / MB)} MB`);

const advMs: number[] = [];
for (const size of [1, 4]) {
  const adv = generateAdversarial(size * MB);
  const ms = time(() => extractFindings(adv, { lang: 'fr' }), 3);
  advMs.push(ms);
  console.log(`adversarial ${size} MB (digits, separators, currency signs, quote marks): ${fmt(ms)} ms`);
}
console.log(`adversarial linearity: 4 MB takes x${fmt(advMs[1]! / advMs[0]!)} the time of 1 MB (x4.00 is linear)`);

console.log(`engine vs baseline x${fmt(engine / baseline)}, vs wink-nlp x${fmt(engine / wink)}`);
console.log(
  `bench: engine_mb_s=${fmt(engine)} baseline_mb_s=${fmt(baseline)} ratio=${fmt(engine / baseline)} wink_mb_s=${fmt(wink)} wink_ratio=${fmt(engine / wink)}`,
);
