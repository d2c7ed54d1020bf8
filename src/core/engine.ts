/**
 * The engine as one value, for the pipeline that runs it: get ready in slices, then read a text
 * in steps. The content script does not bundle the engine: it loads this module after its own
 * first task (see src/content/engine-loader.ts), so evaluating the engine's code and tables is a
 * task of its own on the page; `scan` and the tests import ENGINE directly.
 */
import type { EngineContext } from './context';
import { extractFindingsSteps } from './extract';
import type { Finding } from './findings';
import { prepareEngine } from './prepare';

export interface Engine {
  /** One piece of preparation; true when ready (see prepare.ts). */
  prepare(spent: () => boolean, ctx: EngineContext): boolean;
  /** The findings of `text`, pausing (yielding) between kinds (see extract.ts). */
  extractSteps(text: string, ctx: EngineContext): Generator<void, Finding[], void>;
}

export const ENGINE: Engine = { prepare: prepareEngine, extractSteps: extractFindingsSteps };
