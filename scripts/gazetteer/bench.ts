/**
 * Match speed of the company engine on article text: the dev pages' articles (as the DOM layer
 * extracts them), each in its page language, run through findCompanies for a few seconds; prints
 * the best of five rounds in millions of characters and of UTF-8 bytes per second of CPU time,
 * then the time for 1 MB of adversarial inputs and the gazetteer's size.
 * Usage: npx tsx scripts/gazetteer/bench.ts [DIR]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../../src/cli/decode-html';
import { findCompanies } from '../../src/core/companies';
import { gazetteerStats } from '../../src/core/companies/stats';
import { findArticleRoot } from '../../src/dom/article';
import { buildTextMap } from '../../src/dom/text-map';
import { pageContext, pageUrl } from '../../src/pipeline/page-context';
import type { EngineContext } from '../../src/core/context';

const dir = process.argv[2] ?? '../shared/corpus/dev';
const pages: { text: string; ctx: EngineContext }[] = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
  const { document } = parseHTML(decodeHtml(readFileSync(join(dir, f))).html);
  const doc = document as unknown as Document;
  const text = buildTextMap(findArticleRoot(doc)).text;
  pages.push({ text, ctx: pageContext(doc, text, pageUrl(doc)) });
}
const chars = pages.reduce((a, p) => a + p.text.length, 0);
const bytes = pages.reduce((a, p) => a + Buffer.byteLength(p.text), 0);

let best = 0;
for (let round = 0; round < 5; round++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let reps = 0;
  while (performance.now() - t0 < 1500) {
    for (const p of pages) findCompanies(p.text, p.ctx);
    reps++;
  }
  const c = process.cpuUsage(c0);
  best = Math.max(best, reps / ((c.user + c.system) / 1e6));
}
console.log(
  `findCompanies: ${((best * chars) / 1e6).toFixed(1)} M chars/s, ${((best * bytes) / 1e6).toFixed(1)} MB/s (UTF-8), ` +
    `best of 5 rounds by CPU time, ${pages.length} pages, ${chars} chars`,
);

const adversarial: [string, string][] = [
  ['digits', '1234567890 '.repeat(100_000)],
  ['quotes and separators', '"« » “ ” ’s ,.;: '.repeat(60_000)],
  ['capitalised words and suffixes', 'Apple Inc Corp '.repeat(70_000)],
  ['one long list', 'Apple, Google, '.repeat(70_000)],
];
for (const [name, text] of adversarial) {
  const t = performance.now();
  findCompanies(text, { lang: 'en' });
  console.log(`adversarial ${name}: ${(text.length / 1e6).toFixed(2)} M chars in ${(performance.now() - t).toFixed(0)} ms`);
}
console.log('gazetteer:', gazetteerStats());
