/**
 * Measures the article finder on an annotated corpus: the share of annotated items (amounts,
 * quotes, company names) whose text appears in the article text `scan` extracts, and how much
 * text it takes. Annotations are on the article only, so a low share means the finder cut the
 * story; a large text means it took in chrome. Usage: npx tsx scripts/article-coverage.ts [DIR]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../src/cli/decode-html';
import { findArticleRoot, pageBody } from '../src/dom/article';
import { buildTextMap } from '../src/dom/text-map';

const dir = process.argv[2] ?? '../shared/corpus/dev';
const norm = (s: string) => s.normalize('NFKC').replace(/[\s\u00a0\u202f\u2009]+/g, ' ').replace(/[’‘]/g, "'").toLowerCase();
let found = 0;
let total = 0;
for (const f of readdirSync(dir).filter((n) => n.endsWith('.gold.json')).sort()) {
  const id = f.slice(0, -'.gold.json'.length);
  const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const { document } = parseHTML(decodeHtml(readFileSync(join(dir, `${id}.html`))).html);
  const doc = document as unknown as Document;
  const article = norm(buildTextMap(findArticleRoot(doc)).text);
  const whole = norm(buildTextMap(pageBody(doc)).text);
  const items: string[] = [
    ...gold.money.map((m: { text: string }) => m.text),
    ...gold.quotes.map((q: { text: string }) => q.text),
    ...gold.companies.map((c: { name: string; aliases: string[] }) => [c.name, ...c.aliases]),
  ];
  let ok = 0;
  const missing: string[] = [];
  for (const it of items) {
    const alts = Array.isArray(it) ? it : [it];
    if (alts.some((a: string) => article.includes(norm(a)))) ok++;
    else if (alts.some((a: string) => whole.includes(norm(a)))) missing.push(alts[0].slice(0, 40));
    else ok++; // not in the page text at all: not the article finder's fault
  }
  found += ok;
  total += items.length;
  console.log(`${id.padEnd(40)} ${ok}/${items.length}  article ${article.length} of ${whole.length} chars${missing.length ? `  cut: ${missing.slice(0, 3).join(' | ')}` : ''}`);
}
console.log(`article-coverage: ${found}/${total} = ${(found / total).toFixed(3)}`);
