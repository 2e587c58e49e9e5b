import { DyadError } from '../core/errors.js';
import type { OpenStoreOptions, Store } from './types.js';

/** Where the store lives when no path is given. */
export const DEFAULT_STORE_PATH = './dyad.duckdb';

/**
 * Opens Dyad's store: the DuckDB file at `path` (default ./dyad.duckdb), created
 * if absent and migrated to the current schema. One writer process at a time.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const path = options.path ?? DEFAULT_STORE_PATH;
  if (typeof path !== 'string' || path.trim() === '')
    throw new DyadError('path', 'must be a non-empty file path');
  if (options.readOnly !== undefined && typeof options.readOnly !== 'boolean') {
    throw new DyadError('readOnly', 'must be true or false');
  }
  // loaded here, not at start-up: the commands that never open a store (read, code, explain,
  // eval) do without DuckDB's native library (about 130 ms to load)
  const { openDuckDBStore } = await import('./duckdb/store.js');
  return openDuckDBStore({ path, readOnly: options.readOnly ?? false });
}
