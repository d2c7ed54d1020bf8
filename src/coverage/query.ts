/**
 * Query words for related coverage, built from one item and the page's main entities
 * ("Musk Microsoft Twitter données entraînement"). Only these words ever leave the browser.
 */
import type { Finding } from '../core/findings';

/** Longest query we send: search engines ignore or reject much longer ones. */
const MAX_QUERY_CHARS = 120;
/** Words of a quote worth searching for: long enough to carry meaning in spaced scripts. */
const CONTENT_WORD = /[\p{L}\p{N}][\p{L}\p{N}-]{5,}/gu; // apostrophes split elisions (d'entraînement)
/** Scripts written without spaces: take a short stretch of the quote instead of words. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff]/u;

/** The page's most frequent companies, then speakers and targets: what the article is about. */
export function mainEntities(findings: readonly Finding[], max = 3): string[] {
  const counts = new Map<string, number>();
  const bump = (name: string | undefined, weight: number) => {
    const n = name?.trim();
    if (n) counts.set(n, (counts.get(n) ?? 0) + weight);
  };
  for (const f of findings) {
    if (f.kind === 'company') bump(f.name, 1);
    else if (f.kind === 'quote' || f.kind === 'claim') {
      bump(f.speaker, 1);
      bump(f.target, 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, max).map(([n]) => n);
}

/** A few content words of a quote, in order. */
export function contentWords(text: string, max = 3): string[] {
  const t = text.replace(/\s+/g, ' ').trim();
  if (UNSPACED.test(t)) return [t.replace(/[「」『』“”"«»]/g, '').slice(0, 12)];
  const out: string[] = [];
  for (const m of t.matchAll(CONTENT_WORD)) {
    out.push(m[0]);
    if (out.length >= max) break;
  }
  return out;
}

/** Joins parts into a query, without repeats (case-insensitive), cut at a word boundary. */
export function joinQuery(parts: readonly (string | undefined)[]): string {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const p of parts) {
    const v = p?.replace(/\s+/g, ' ').trim();
    if (!v) continue;
    const key = v.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(v);
  }
  let q = '';
  for (const w of words) {
    const next = q ? `${q} ${w}` : w;
    if (next.length > MAX_QUERY_CHARS) break;
    q = next;
  }
  return q;
}

/** Query for one item: what identifies it, then the page's main entities for context. */
export function itemQuery(f: Finding, entities: readonly string[]): string {
  switch (f.kind) {
    case 'company':
      return joinQuery([f.name, ...entities.slice(0, 2)]);
    case 'money':
      return joinQuery([...entities.slice(0, 2), f.text.replace(/\s+/g, ' ')]);
    case 'quote':
    case 'claim':
      return joinQuery([f.speaker, f.target, ...entities.slice(0, 2), ...contentWords(f.text)]);
  }
}

/** Query for the whole page: its main entities, padded with headline words when they are few. */
export function pageQuery(findings: readonly Finding[], title: string): string {
  const entities = mainEntities(findings, 3);
  return joinQuery(entities.length >= 2 ? entities : [...entities, ...contentWords(title, 4 - entities.length)]);
}
