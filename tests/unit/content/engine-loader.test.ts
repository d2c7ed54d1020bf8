/**
 * The content script imports the engine module after its first task; a missing or wrong module
 * must end in an error the popup can show, not in a scan that silently finds nothing.
 */
import { describe, expect, it } from 'vitest';
import { ENGINE } from '../../../src/core/engine';
import { ENGINE_MODULE_PATH, loadEngine } from '../../../src/content/engine-loader';

describe('loadEngine', () => {
  it('imports the engine module from the extension and returns its engine', async () => {
    const asked: string[] = [];
    const engine = await loadEngine((url) => {
      asked.push(url);
      return Promise.resolve({ ENGINE });
    });
    expect(engine).toBe(ENGINE);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.endsWith(ENGINE_MODULE_PATH)).toBe(true);
  });

  it('names the file when the import fails', async () => {
    await expect(loadEngine(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')))).rejects.toThrow(
      'could not load the reading engine (/engine.js): Failed to fetch dynamically imported module. Reload the page.',
    );
  });

  it('refuses a module that is not the engine (a stale build)', async () => {
    await expect(loadEngine(() => Promise.resolve({ ENGINE: { prepare: () => true } }))).rejects.toThrow('/engine.js is not the reading engine');
  });
});
