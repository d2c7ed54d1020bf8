/**
 * Loads the engine (src/core/engine.ts, built apart as engine.js: see scripts/engine-module.ts)
 * as a module after the content script's own first task. Evaluating the engine's code and tables
 * cold took 50–80 ms on the first page of a browser session (a long task, issue 6); loaded this
 * way it is a task of its own, and the content script's first task stays short.
 */
import { browser } from 'wxt/browser';
import type { Engine } from '../core/engine';

/** Where the build puts the engine module (a web-accessible resource: a content script imports it). */
export const ENGINE_MODULE_PATH = '/engine.js';

function isEngine(x: unknown): x is Engine {
  const e = x as Partial<Engine> | undefined;
  return typeof e?.prepare === 'function' && typeof e.extractSteps === 'function';
}

export async function loadEngine(importer: (url: string) => Promise<unknown> = (url) => import(/* @vite-ignore */ url)): Promise<Engine> {
  // getURL is typed for the files WXT knows of; engine.js is added by a build hook.
  const url = (browser.runtime.getURL as (path: string) => string)(ENGINE_MODULE_PATH);
  let mod: unknown;
  try {
    mod = await importer(url);
  } catch (e) {
    // Most often the extension was updated or reloaded while the page stayed open.
    throw new Error(`could not load the reading engine (${ENGINE_MODULE_PATH}): ${e instanceof Error ? e.message : String(e)}. Reload the page.`);
  }
  const engine = (mod as { ENGINE?: unknown } | undefined)?.ENGINE;
  if (!isEngine(engine)) throw new Error(`${ENGINE_MODULE_PATH} is not the reading engine: reinstall Claimlens (or rebuild it)`);
  return engine;
}
