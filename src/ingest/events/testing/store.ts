/** Test helpers: a temporary store, and every event of a store read back through cursors. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../store/index.js';
import type { EventQuery, Store, StoredEvent } from '../../../store/types.js';

/** Runs `body` with a new store in a temporary folder, then closes and removes it. */
export async function withTempStore<T>(body: (store: Store, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-interop-store-'));
  const store = await openStore({ path: join(dir, 'test.duckdb') });
  try {
    return await body(store, dir);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every stored event matching the query, oldest first. */
export async function allEvents(
  store: Store,
  query: Omit<EventQuery, 'cursor' | 'limit'> = {},
): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listEvents({ ...query, order: 'asc', limit: 1000, cursor });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

/** The items of an array in batches, as an async stream. */
export async function* inBatches<T>(items: readonly T[], size = 500): AsyncGenerator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
