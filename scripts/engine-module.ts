/**
 * Bundles the engine (src/core/engine.ts) as the ES module engine.js that the content script
 * imports after its first task (src/content/engine-loader.ts). WXT bundles a content script as a
 * single classic script and has no option for a chunk it loads later, so the build adds this
 * file through its `build:publicAssets` hook (wxt.config.ts).
 */
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');

export async function bundleEngineModule(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'src/core/engine.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    // The browsers that run the content script (wxt.config.ts: Chrome with the Highlight API,
    // Firefox 128+).
    target: ['chrome105', 'firefox128'],
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}
