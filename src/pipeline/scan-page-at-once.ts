/**
 * The pipeline in one go, with the engine bundled in: the `scan` command and the tests. (The
 * content script loads the engine apart and runs the same stage in slices.)
 */
import { ENGINE } from '../core/engine';
import { scanSteps, type PageScan, type ScanOptions } from './scan-page';
import { runSync } from './slices';

export function scanPage(doc: Document, options: ScanOptions = {}): PageScan {
  return runSync((budget) => scanSteps(doc, { engine: ENGINE, ...options }, budget));
}
