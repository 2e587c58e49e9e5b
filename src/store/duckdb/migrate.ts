import type { DuckDBConnection } from '@duckdb/node-api';
import { DyadError, describeError } from '../../core/errors.js';
import type { Migration } from './migrations.js';

/**
 * Brings the database up to the newest step in `migrations` and returns the schema
 * version it is at. A database written by a newer Dyad (a step this code does not
 * know) is refused, as is a DuckDB file that is not a Dyad store. A read-only open
 * never migrates: it fails when steps are pending.
 */
export async function migrate(
  conn: DuckDBConnection,
  location: string,
  migrations: readonly Migration[],
  readOnly: boolean,
): Promise<string> {
  const latest = migrations.at(-1)?.version ?? '0';
  const tables = await tableNames(conn);
  if (!tables.includes('schema_migrations')) {
    if (tables.length > 0) {
      throw new DyadError(
        location,
        'is a DuckDB database but not a Dyad store (it has no schema_migrations table)',
      );
    }
    if (readOnly)
      throw new DyadError(location, 'is an empty database: open it read-write once to create the schema');
    await conn.run(
      'CREATE TABLE schema_migrations (version VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)',
    );
  }
  const applied = new Set(
    (await conn.runAndReadAll('SELECT version FROM schema_migrations ORDER BY version'))
      .getRows()
      .map((r) => String(r[0])),
  );
  const known = new Set(migrations.map((m) => m.version));
  const unknown = [...applied].filter((v) => !known.has(v)).sort();
  if (unknown.length > 0) {
    throw new DyadError(
      location,
      `has schema version ${unknown.at(-1)}, newer than this Dyad knows (${latest}): upgrade Dyad to open it`,
    );
  }
  const pending = migrations.filter((m) => !applied.has(m.version));
  if (pending.length === 0) return latest;
  if (readOnly) {
    const current = [...applied].sort().at(-1) ?? 'none';
    throw new DyadError(
      location,
      `has schema version ${current}, older than ${latest}: open it read-write once to migrate`,
    );
  }
  for (const step of pending) await applyStep(conn, location, step);
  return latest;
}

async function applyStep(conn: DuckDBConnection, location: string, step: Migration): Promise<void> {
  await conn.run('BEGIN TRANSACTION');
  try {
    for (const statement of step.statements) await conn.run(statement);
    await conn.run('INSERT INTO schema_migrations VALUES ($version, $name, now()::TIMESTAMP)', {
      version: step.version,
      name: step.name,
    });
    await conn.run('COMMIT');
  } catch (error) {
    await conn.run('ROLLBACK').catch(() => undefined);
    throw new DyadError(location, `migration ${step.version} (${step.name}) failed: ${describeError(error)}`);
  }
}

async function tableNames(conn: DuckDBConnection): Promise<string[]> {
  const reader = await conn.runAndReadAll(
    "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'",
  );
  return reader.getRows().map((r) => String(r[0]));
}
