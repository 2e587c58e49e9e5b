import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDyad } from '../../testing/cli.js';
import { sharedFile, skipUnlessShared } from '../../testing/shared.js';
import { exportQuery } from './export.js';
import { formatImportSummary } from './import.js';

const GDELT = 'corpus/gdelt/gdelt-big-data/20191024143000.export.CSV';
const ICEWS = 'corpus/icews/events.2018.sample.tab';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-interop-'));
  dirs.push(dir);
  return dir;
}

test(
  'dyad import gdelt, then icews, then the same file again; dyad export of each format',
  { skip: skipUnlessShared(GDELT) || skipUnlessShared(ICEWS) },
  async () => {
    const dir = tempDir();
    const db = join(dir, 'dyad.duckdb');
    const gdelt = await runDyad('import', 'gdelt', sharedFile(GDELT) as string, '--db', db);
    assert.equal(gdelt.code, 0, gdelt.stderr);
    assert.match(gdelt.stdout, /^imported 2,111 events from 1 file; 0 already stored; 0 rows skipped\n/);
    const icews = await runDyad('import', 'icews', sharedFile(ICEWS) as string, '--db', db);
    assert.match(icews.stdout, /^imported 3,705 events from 1 file/);
    const again = await runDyad('import', 'auto', sharedFile(GDELT) as string, '--db', db);
    assert.match(again.stdout, /^imported 0 events from 1 file; 2,111 already stored/);

    const rows = await runDyad('export', '--format', 'gdelt', '--dataset', 'gdelt', '--db', db);
    assert.equal(rows.code, 0, rows.stderr);
    assert.equal(rows.stdout.trimEnd().split('\n').length, 2111);
    assert.match(rows.stderr, /exported 2111 events \(2111 rows\) as gdelt to standard output/);

    const out = join(dir, 'china-us.csv');
    const csv = await runDyad('export', '--format', 'csv', '--dyad', 'chn-usa', '--out', out, '--db', db);
    assert.equal(csv.code, 0, csv.stderr);
    assert.equal(csv.stdout, '');
    const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    assert.match(csv.stderr, new RegExp(`exported ${lines.length - 1} events`));
    assert.ok(lines.length > 10);

    const parquet = join(dir, 'events.parquet');
    const p = await runDyad(
      'export',
      '--format',
      'parquet',
      '--from',
      '2018-06-02',
      '--to',
      '2018-06-02',
      '--out',
      parquet,
      '--db',
      db,
    );
    assert.equal(p.code, 0, p.stderr);
    assert.ok(existsSync(parquet));
    assert.deepEqual(readFileSync(parquet).subarray(0, 4), Buffer.from('PAR1'));
  },
);

test('dyad import refuses a wrong format or file before touching the store', async () => {
  const dir = tempDir();
  const db = join(dir, 'dyad.duckdb');
  const csv = join(dir, 'table.csv');
  writeFileSync(csv, 'a,b,c\n1,2,3\n');
  const wrong = await runDyad('import', 'gdelt', csv, '--db', db);
  assert.equal(wrong.code, 1);
  assert.match(
    wrong.stderr,
    /table\.csv: not a GDELT events or mentions file: it looks like a comma-separated \(CSV\) file/,
  );
  assert.equal(existsSync(db), false, 'no store was created');
  const format = await runDyad('import', 'gdelt2', csv, '--db', db);
  assert.equal(format.code, 1);
  assert.match(format.stderr, /format: must be one of gdelt, icews, plover, auto; got "gdelt2"/);
});

test('dyad export checks its options', async () => {
  const dir = tempDir();
  const db = join(dir, 'none.duckdb');
  for (const [args, pattern] of [
    [['--format', 'xml'], /--format: must be one of gdelt, plover, csv, parquet, jsonl/],
    [['--format', 'csv', '--dyad', 'CHN'], /--dyad: must be two actor codes/],
    [['--format', 'csv'], /none\.duckdb: no such store/],
  ] as const) {
    const r = await runDyad('export', ...args, '--db', db);
    assert.equal(r.code, 1, args.join(' '));
    assert.match(r.stderr, pattern);
  }
});

test('exportQuery: dyad codes upper-cased, dates checked, dataset named', () => {
  assert.throws(() => exportQuery({ from: '2024-13-01' }), /--from: "2024-13-01" is not a date/);
  assert.throws(
    () => exportQuery({ dataset: 'acled' }),
    /--dataset: must be one of dyad, gdelt, icews, plover/,
  );
  assert.throws(() => exportQuery({ undirected: true }), /--undirected: needs --dyad/);
  assert.throws(() => exportQuery({ dyad: 'CHN-' }), /--dyad: must be two actor codes/);
  assert.deepEqual(exportQuery({ dyad: 'chn-usa', undirected: true, from: '20240101', dataset: 'gdelt' }), {
    dyad: ['CHN', 'USA'],
    undirected: true,
    from: '2024-01-01',
    dataset: 'gdelt',
  });
  assert.deepEqual(exportQuery({ dyad: 'IGOUNO-BLR' }), { dyad: ['IGOUNO', 'BLR'] });
  assert.throws(() => exportQuery({ from: '2024-02-01', to: '2024-01-01' }), /is after --to/);
});

test('the import summary lists totals, files, reasons and the first skipped rows', () => {
  const text = formatImportSummary({
    files: [
      {
        file: 'a.CSV',
        kind: 'events',
        rows: 12,
        inserted: 9,
        alreadyStored: 1,
        skipped: 2,
        unmatched: 0,
        error: null,
      },
      {
        file: 'b.CSV',
        kind: 'events',
        rows: 3,
        inserted: 0,
        alreadyStored: 0,
        skipped: 0,
        unmatched: 0,
        error: 'disk full',
      },
    ],
    events: 9,
    mentions: 0,
    alreadyStored: 1,
    skipped: 2,
    reasons: [
      { reason: 'invalid SQLDATE', count: 1 },
      { reason: 'binary data', count: 1 },
    ],
    firstSkipped: [
      { file: 'a.CSV', line: 3, reason: 'invalid SQLDATE "2024"' },
      { file: 'a.CSV', line: 8, reason: 'binary data' },
    ],
    unmatched: 0,
    firstUnmatched: [],
    failedFiles: 1,
  });
  assert.equal(
    text,
    [
      'imported 9 events from 2 files; 1 already stored; 2 rows skipped',
      '  a.CSV: 12 rows, 9 events new, 1 already stored, 2 skipped',
      '  b.CSV: NOT IMPORTED (nothing of it stored): disk full',
      'skipped rows by reason:',
      '         1  invalid SQLDATE',
      '         1  binary data',
      'first 2 skipped rows:',
      '  a.CSV:3: invalid SQLDATE "2024"',
      '  a.CSV:8: binary data',
      '',
    ].join('\n'),
  );
});
