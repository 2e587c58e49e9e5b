import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { DuckDBDateValue, DuckDBInstance } from '@duckdb/node-api';
import { DyadError } from '../../core/errors.js';
import { makeBundle } from '../fixtures.js';
import { checkedExportPath } from './export-path.js';
import { PARQUET_COLUMNS } from './export.js';
import { STAGING_QUOTE, stageCell, stageLine, stagedRows } from './staging.js';
import { openDuckDBStore } from './store.js';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-import-test-'));
  dirs.push(dir);
  return dir;
}

test('staged cells: null marker, quoting only when needed, JSON for lists and structs', () => {
  assert.equal(stageCell(null), '\\N');
  assert.equal(stageCell(undefined), '\\N');
  assert.equal(stageCell('plain'), 'plain');
  assert.equal(stageCell(''), '');
  const q = STAGING_QUOTE;
  assert.equal(stageCell('\\N'), `${q}\\N${q}`, 'a real backslash-N is quoted, so not null');
  assert.equal(stageCell('a\tb'), `${q}a\tb${q}`);
  assert.equal(stageCell('line\nbreak'), `${q}line\nbreak${q}`);
  assert.equal(stageCell(`a${q}b`), `${q}a${q}${q}b${q}`);
  assert.equal(stageCell('say "hi"'), 'say "hi"', 'double quotes are ordinary characters');
  assert.equal(stageCell(-1.25), '-1.25');
  assert.equal(stageCell(true), 'true');
  assert.equal(stageCell(new DuckDBDateValue(0)), '1970-01-01');
  assert.equal(stageCell(new Date(Date.UTC(2024, 1, 3, 4, 5, 6, 7))), '2024-02-03 04:05:06.007');
  assert.equal(
    stageCell([{ code: `X"\t${q}` }] as never),
    '[{"code":"X\\"\\t\\u001e"}]',
    'JSON is never quoted',
  );
  assert.throws(() => stageCell(Number.NaN));
  assert.equal(stageLine(3, ['a', null, 2]), '3\ta\t\\N\t2');
});

/** Strings made of the characters the staging format treats specially. */
const tricky = fc
  .array(fc.constantFrom('\t', '\n', '\r', '"', '\\', 'N', STAGING_QUOTE, ' ', 'x', '{', '['), {
    maxLength: 8,
  })
  .map((parts) => parts.join(''));

test('any text DuckDB reads back from a staging file is the text written', async () => {
  const dir = tempDir();
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const rows = stagedRows(
      [
        { name: 'text', type: 'VARCHAR' },
        { name: 'list', type: 'VARCHAR[]' },
      ],
      'path',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), tricky), { nil: null }), {
          minLength: 1,
          maxLength: 20,
        }),
        async (values) => {
          const path = join(dir, 'stage.tsv');
          writeFileSync(path, values.map((v, i) => `${stageLine(i + 1, [v, [v ?? 'x', v]])}\n`).join(''));
          const read = (
            await conn.runAndReadAll(`SELECT ${rows.select} FROM ${rows.from} ORDER BY ord`, {
              path,
              stagingQuote: STAGING_QUOTE,
            })
          ).getRowsJson();
          assert.deepEqual(
            read.map((r) => r[1]),
            values,
          );
          assert.deepEqual(
            read.map((r) => r[2]),
            values.map((v) => [v ?? 'x', v]),
          );
        },
      ),
      { numRuns: 60 },
    );
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
});

test('stagedRows refuses identifiers and types outside the schema patterns', () => {
  assert.throws(() => stagedRows([{ name: 'x; DROP', type: 'VARCHAR' }], 'path'));
  assert.throws(() => stagedRows([{ name: 'x', type: "VARCHAR'" }], 'path'));
});

test('export paths: absolute, extension, existing folder, no URL or control characters', () => {
  const dir = tempDir();
  assert.equal(checkedExportPath(join(dir, 'a.parquet'), '.parquet'), join(dir, 'a.parquet'));
  assert.equal(checkedExportPath(join(dir, 'A.PARQUET'), '.parquet'), join(dir, 'A.PARQUET'));
  assert.equal(checkedExportPath('rel.parquet', '.parquet'), join(process.cwd(), 'rel.parquet'));
  const refused = (path: string, pattern: RegExp): void =>
    assert.throws(
      () => checkedExportPath(path, '.parquet'),
      (e: unknown) => e instanceof DyadError && e.input === '--out' && pattern.test(e.message),
      path,
    );
  refused(join(dir, 'a.csv'), /must end in \.parquet/);
  refused(join(dir, 'nope', 'a.parquet'), /does not exist/);
  refused(join(dir, 'a\u0000.parquet'), /control/);
  refused(join(dir, 'a\n.parquet'), /control/);
  refused('http://example.org/a.parquet', /local file/);
  refused('S3://bucket/a.parquet', /local file/);
  refused('   ', /file path/);
  refused(`${dir}/${'x'.repeat(5000)}.parquet`, /longer/);
  mkdirSync(join(dir, 'folder.parquet'));
  refused(join(dir, 'folder.parquet'), /is a folder/);
});

test('DuckDB binds the path of COPY ... TO as a parameter (the export relies on it)', async () => {
  const dir = tempDir();
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const path = join(dir, "it's $path.parquet");
    await conn.run('COPY (SELECT 42 AS x) TO $path (FORMAT PARQUET)', { path });
    const back = await conn.runAndReadAll('SELECT x FROM read_parquet($path)', { path });
    assert.deepEqual(back.getRowsJson(), [[42]]);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
});

test('a Parquet export holds the documented columns and the events in date order', async () => {
  const dir = tempDir();
  const store = await openDuckDBStore({ path: join(dir, 'store.duckdb') });
  const path = join(dir, 'events.parquet');
  try {
    await store.putArticles([makeBundle(1), makeBundle(2), makeBundle(3)]);
    const listed = await store.listEvents({ order: 'asc', limit: 1000 });
    assert.equal(await store.exportParquet({}, path), listed.items.length);
  } finally {
    await store.close();
  }
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const columns = await conn.runAndReadAll('SELECT name FROM parquet_schema($path) WHERE name <> $root', {
      path,
      root: 'duckdb_schema',
    });
    const top = columns.getRows().map((r) => String(r[0]));
    for (const c of PARQUET_COLUMNS) assert.ok(top.includes(c), c);
    const rows = (
      await conn.runAndReadAll('SELECT event_id, date_start FROM read_parquet($path)', { path })
    ).getRowsJson();
    const days = rows.map((r) => (r[1] === null ? '0000' : String(r[1])));
    assert.deepEqual(days, [...days].sort());
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
});
