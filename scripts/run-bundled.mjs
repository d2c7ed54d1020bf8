/**
 * Runs a TypeScript script bundled, as the extension ships its code (one module, cross-module
 * calls inlined), rather than file by file through tsx, whose per-file transform made the
 * engine measure 12% slower than the bundle it is. Used by `npm run bench`.
 * Usage: node scripts/run-bundled.mjs scripts/bench.ts [args…]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bundled.mjs <script.ts> [args…]');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
// Next to the sources, so the bundle's imports of packages resolve from node_modules.
const out = path.join(root, 'scripts', `.${path.basename(entry, '.ts')}.bundle-tmp.mjs`);
await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'warning' });
const run = spawnSync(process.execPath, [out, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
