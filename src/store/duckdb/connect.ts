import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { DyadError, describeError } from '../../core/errors.js';

/**
 * Database files this process has open. DuckDB's file lock is per process, so a
 * second instance on the same file inside one process would not be refused by
 * DuckDB and could corrupt it; this set refuses it instead. It tracks a process-wide
 * resource (file locks), which is why it lives at module level.
 */
const openInThisProcess = new Set<string>();

/** Opens the DuckDB file at an absolute `path`, translating DuckDB's errors into DyadErrors naming the file. */
export async function openInstance(path: string, readOnly: boolean): Promise<DuckDBInstance> {
  if (openInThisProcess.has(path)) {
    throw new DyadError(path, 'is already open in this process: close the other store first');
  }
  if (readOnly && !existsSync(path)) throw new DyadError(path, 'does not exist (opening read-only)');
  if (!readOnly && !existsSync(dirname(path))) {
    throw new DyadError(path, `cannot be created: directory ${dirname(path)} does not exist`);
  }
  try {
    const instance = await DuckDBInstance.create(path, {
      access_mode: readOnly ? 'READ_ONLY' : 'READ_WRITE',
    });
    openInThisProcess.add(path);
    return instance;
  } catch (error) {
    throw translateOpenError(path, error);
  }
}

/** Forgets `path` after its instance is closed. */
export function releaseInstance(path: string, instance: DuckDBInstance): void {
  try {
    instance.closeSync();
  } finally {
    openInThisProcess.delete(path);
  }
}

export function translateOpenError(path: string, error: unknown): DyadError {
  const message = describeError(error);
  const lock = /Conflicting lock is held in (.*?) \(PID (\d+)\)/.exec(message);
  if (lock) {
    return new DyadError(
      path,
      `is locked by another process (${lock[1]}, PID ${lock[2]}); DuckDB allows one writer at a time: ` +
        'stop that process or wait for it to finish',
    );
  }
  if (/Could not set lock/.test(message)) {
    return new DyadError(
      path,
      `is locked by another process; DuckDB allows one writer at a time (${message})`,
    );
  }
  if (/not a valid DuckDB database file/.test(message))
    return new DyadError(path, 'is not a DuckDB database file');
  if (/created with a (newer|older) version|storage version/i.test(message)) {
    return new DyadError(path, `was written by an incompatible DuckDB version (${message})`);
  }
  return new DyadError(path, `cannot be opened: ${message}`);
}

/**
 * Runs async tasks one at a time, in call order. A DuckDB connection runs one
 * statement at a time, and a write transaction must not interleave with others.
 */
export class Serial {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(() => task());
    this.tail = result.catch(() => undefined);
    return result;
  }
}
