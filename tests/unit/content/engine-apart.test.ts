/**
 * A convention kept by a test: the content script's bundle must not contain the engine (it loads
 * engine.js after its first task, issue 6), so nothing the content script imports at run time
 * may import the engine's modules. Type-only imports are erased and allowed. Follows the import
 * graph from the content script's entry point.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ENTRY = path.join(ROOT, 'src/content/main.ts');
/** The engine: what engine.js holds. */
const ENGINE_PARTS = ['src/core/engine.ts', 'src/core/extract.ts', 'src/core/prepare.ts', 'src/core/money/index.ts', 'src/core/companies/index.ts', 'src/core/quotes/index.ts', 'src/core/names/index.ts'];

/** Relative imports that remain at run time (not `import type`, not `export type`). */
function runtimeImports(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gms)) {
    if (m[2]) continue;
    const base = path.resolve(path.dirname(file), m[3]!);
    const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
    if (found) out.push(found);
  }
  return out;
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const todo = [entry];
  while (todo.length) for (const f of runtimeImports(todo.pop()!)) if (!seen.has(f)) seen.add(f), todo.push(f);
  return seen;
}

describe('the content script bundle', () => {
  it('reaches none of the engine’s modules at run time', () => {
    const files = [...reachable(ENTRY)].map((f) => path.relative(ROOT, f));
    expect(files).toContain('src/content/engine-loader.ts'); // the graph was followed
    expect(files).toContain('src/pipeline/scan-page.ts');
    expect(files.filter((f) => ENGINE_PARTS.includes(f))).toEqual([]);
  });

  it('would notice if it did', () => {
    // The scan command runs the same pipeline with the engine bundled in.
    const files = [...reachable(path.join(ROOT, 'src/pipeline/scan-page-at-once.ts'))].map((f) => path.relative(ROOT, f));
    expect(files.filter((f) => ENGINE_PARTS.includes(f)).sort()).toEqual([...ENGINE_PARTS].sort());
  });
});
