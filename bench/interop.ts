/**
 * Interop benchmark: builds a 1,000,000-row GDELT 2.0 events file in a temporary folder by
 * repeating the real 15-minute export (../shared) with new GLOBALEVENTIDs, parses it with
 * the streaming importer, and reports rows/s and peak RSS; measures serialisation (GDELT 2.0
 * rows, PLOVER JSONL, CSV) over the parsed sample; then imports the file into a new store
 * (`dyad import`'s path: parse, convert, stage, one DuckDB transaction), imports it again
 * (everything already stored), and exports the store in every format. Last, for reference,
 * DuckDB alone (no Dyad code) loads the same raw file: counted, into a table of its 61 text
 * columns, into a table of 12 of them, and into a Parquet file. These are the ceilings any
 * import into the embedded store can reach on this machine.
 *
 * Every phase prints wall time and the process's CPU time (all threads, DuckDB's included):
 * the machine is shared, and CPU time is the steadier figure.
 *
 *   npx tsx bench/interop.ts [rows] [--no-store]     (target: parsing ≥ 200,000 rows/s)
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { Writable } from 'node:stream';
import { once } from 'node:events';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvLines } from '../src/export/csv.js';
import { gdeltEventLines } from '../src/export/gdelt.js';
import { ploverJsonLine } from '../src/export/plover.js';
import { readGdelt, readGdeltBatches } from '../src/ingest/events/gdelt/read.js';
import { importEventFiles } from '../src/ingest/events/import-files.js';
import { loadImportLookups } from '../src/ingest/events/lookups.js';
import { toStoreEvent } from '../src/ingest/events/store-record.js';
import { exportText } from '../src/export/stream.js';
import { openStore } from '../src/store/open.js';
import type { ImportedEvent as StoreImportedEvent, Store } from '../src/store/types.js';
import { readSourceLineBatches } from '../src/ingest/events/lines.js';
import { collect } from '../src/ingest/events/testing/collect.js';
import { cameoFromMergedTable, fipsToIso3FromGeonames } from '../src/ingest/events/testing/reference.js';
import type { ImportedEvent } from '../src/ingest/events/types.js';
import { sharedFile } from '../src/testing/shared.js';
import { DuckDBInstance } from '@duckdb/node-api';

const ROWS = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const STORE = !process.argv.includes('--no-store');
const sample = sharedFile('corpus/gdelt/gdelt-big-data/20191024143000.export.CSV');
const fipsToIso3 = fipsToIso3FromGeonames();
const cameo = cameoFromMergedTable();
if (!sample || !fipsToIso3 || !cameo) {
  process.stdout.write(
    'bench/interop: ../shared is absent (GDELT sample, GeoNames, CAMEO table); nothing to measure\n',
  );
  process.exit(0);
}
const refs = { fipsToIso3, cameo };

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (n: number, ms: number): string =>
  `${Math.round((n / ms) * 1000).toLocaleString('en-US')} rows/s`;

async function buildFile(path: string): Promise<void> {
  const lines = readFileSync(sample as string, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.slice(l.indexOf('\t')));
  const out = createWriteStream(path);
  let buffer = '';
  for (let i = 0; i < ROWS; i++) {
    buffer += `${1_000_000_000 + i}${lines[i % lines.length]}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-interop-'));
try {
  const path = join(dir, '20191024143000.export.CSV');
  await buildFile(path);
  process.stdout.write(`file: ${ROWS.toLocaleString('en-US')} rows, ${mb(statSync(path).size)}\n`);

  // Floor: reading the lines and splitting them on tabs, with no parsing.
  const floorStart = performance.now();
  const floorCpu = process.cpuUsage();
  let split = 0;
  for await (const batch of readSourceLineBatches(path))
    for (const line of batch) split += line.text.split('\t').length;
  const floorMs = performance.now() - floorStart;
  const floorCpuUsed = process.cpuUsage(floorCpu);
  process.stdout.write(
    `floor (read + split only): ${rate(ROWS, floorMs)}, ${rate(ROWS, (floorCpuUsed.user + floorCpuUsed.system) / 1000)} per CPU second (${split} fields)\n`,
  );

  const rssBefore = process.resourceUsage().maxRSS * 1024;
  for (const [name, batched] of [
    ['parse (batches)', true],
    ['parse (one item at a time)', false],
  ] as const) {
    let events = 0;
    let skips = 0;
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    if (batched) {
      for await (const batch of readGdeltBatches(path, refs))
        for (const item of batch) {
          if (item.kind === 'event') events++;
          else skips++;
        }
    } else {
      for await (const item of readGdelt(path, refs)) {
        if (item.kind === 'event') events++;
        else skips++;
      }
    }
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    process.stdout.write(
      `${name}: ${events.toLocaleString('en-US')} events, ${skips} skipped, ${(ms / 1000).toFixed(2)} s, ${rate(events, ms)}; ${rate(events, (cpu.user + cpu.system) / 1000)} per CPU second (target ≥ 200,000)\n`,
    );
  }
  process.stdout.write(
    `peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)} (before parsing: ${mb(rssBefore)}); load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} CPUs\n`,
  );

  const parsed: ImportedEvent[] = (await collect(readGdelt(sample, refs))).events;
  const rounds = Math.max(1, Math.round(ROWS / parsed.length));
  for (const [name, write] of [
    ['GDELT 2.0 rows', (e: ImportedEvent) => gdeltEventLines(e).length],
    ['PLOVER JSONL', (e: ImportedEvent) => (ploverJsonLine(e) === null ? 0 : 1)],
    ['CSV', (e: ImportedEvent) => csvLines(e).length],
  ] as const) {
    let n = 0;
    const t = performance.now();
    for (let r = 0; r < rounds; r++) for (const e of parsed) n += write(e);
    const ms = performance.now() - t;
    process.stdout.write(
      `serialise ${name}: ${n.toLocaleString('en-US')} rows, ${rate(rounds * parsed.length, ms)}\n`,
    );
  }
  if (STORE) await storePhases(path);
  if (STORE) await duckdbCeilings(path);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** Wall and CPU time of `body`, printed with rows/s for `rows`. */
async function timed<T>(label: string, rows: (result: T) => number, body: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await body();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  const n = rows(result);
  process.stdout.write(
    `${label}: ${n.toLocaleString('en-US')} rows, ${(ms / 1000).toFixed(2)} s wall (${rate(n, ms)}), ` +
      `${(cpuMs / 1000).toFixed(2)} s CPU (${rate(n, cpuMs)} per CPU second)\n`,
  );
  return result;
}

/** A sink that discards what it is given. */
function discard(): Writable {
  return new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
}

async function storePhases(file: string): Promise<void> {
  const lookups = loadImportLookups();
  const dbDir = mkdtempSync(join(tmpdir(), 'dyad-bench-interop-db-'));
  const parsed = (await collect(readGdelt(sample as string, refs))).events.map(toStoreEvent);
  /** `n` events (rounded to whole copies of the sample) with new ids from `base`, made as they are read. */
  function* copies(n: number, base: number): Generator<StoreImportedEvent[]> {
    for (let c = 0; c < Math.max(1, Math.round(n / parsed.length)); c++) {
      yield parsed.map((e, i) => ({ ...e, externalId: String(base + c * parsed.length + i) }));
    }
  }
  {
    // The store's insert path alone (records already parsed and converted), split into the
    // JavaScript part (rows → staging file) and DuckDB's (CSV load, insert, commit).
    const store: Store = await openStore({ path: join(dbDir, 'insert.duckdb') });
    try {
      const batches = copies(ROWS, 2_000_000_000);
      let stagedAt = 0;
      let stagingCpu = 0;
      async function* events(): AsyncGenerator<StoreImportedEvent[]> {
        const cpu = process.cpuUsage();
        yield* batches;
        stagedAt = performance.now();
        const used = process.cpuUsage(cpu);
        stagingCpu = (used.user + used.system) / 1000;
      }
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const inserted = (await store.importEvents(events())).inserted;
      const end = performance.now();
      const cpuAll = process.cpuUsage(cpuStart);
      const allCpu = (cpuAll.user + cpuAll.system) / 1000;
      process.stdout.write(
        `store insert alone (importEvents, records already parsed), ${inserted.toLocaleString('en-US')} events: ` +
          `${((end - start) / 1000).toFixed(2)} s wall (${rate(inserted, end - start)}), ${(allCpu / 1000).toFixed(2)} s CPU ` +
          `(${rate(inserted, allCpu)} per CPU second); staging in JS ${((stagedAt - start) / 1000).toFixed(2)} s wall / ` +
          `${(stagingCpu / 1000).toFixed(2)} s CPU, DuckDB load + commit ${((end - stagedAt) / 1000).toFixed(2)} s wall / ` +
          `${((allCpu - stagingCpu) / 1000).toFixed(2)} s CPU\n`,
      );
      const sample100k = [...copies(100_000, 3_000_000_000)].flat();
      await timed(
        'for comparison, putImportedEvents (Node appender, 10,000 a call), 100,000 events',
        (n) => n,
        async () => {
          let n = 0;
          for (let i = 0; i < sample100k.length; i += 10_000)
            n += (await store.putImportedEvents(sample100k.slice(i, i + 10_000))).inserted;
          return n;
        },
      );
      const other100k = [...copies(100_000, 4_000_000_000)];
      await timed(
        'and importEvents (staged), 100,000 such events',
        (r) => r.inserted,
        () =>
          store.importEvents(
            (async function* () {
              yield* other100k;
            })(),
          ),
      );
    } finally {
      await store.close();
    }
  }

  const db = join(dbDir, 'import.duckdb');
  const fresh = await openStore({ path: db });
  try {
    await timed(
      'dyad import (parse + convert + stage + load), new store',
      (r) => r.events,
      () => importEventFiles(fresh, [file], { format: 'gdelt', ...lookups }),
    );
    await timed(
      'dyad import of the same file again (all already stored)',
      (r) => r.alreadyStored,
      () => importEventFiles(fresh, [file], { format: 'gdelt', ...lookups }),
    );
    process.stdout.write(`store file: ${mb(statSync(db).size)}\n`);
    for (const format of ['gdelt', 'csv', 'jsonl', 'plover'] as const) {
      await timed(
        `export ${format} (all events, streamed)`,
        (r) => r.events,
        () => exportText(fresh, discard(), { format, iso3ToFips: lookups.iso3ToFips }),
      );
    }
    const parquet = join(dbDir, 'events.parquet');
    await timed(
      'export parquet (DuckDB COPY)',
      (n) => n,
      () => fresh.exportParquet({}, parquet),
    );
    process.stdout.write(`parquet file: ${mb(statSync(parquet).size)}\n`);
  } finally {
    await fresh.close();
    rmSync(dbDir, { recursive: true, force: true });
  }
  process.stdout.write(`peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}\n`);
}

/** DuckDB's own CSV reader on the raw file, with no Dyad code: the ceilings of any import. */
async function duckdbCeilings(file: string): Promise<void> {
  const dbDir = mkdtempSync(join(tmpdir(), 'dyad-bench-ceiling-'));
  const columns = Array.from({ length: 61 }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const source = `read_csv($file, delim = '\t', header = false, quote = '', escape = '', columns = {${columns}})`;
  const some = 'c0, c1, c5, c6, c15, c16, c26, c28, c29, c30, c59, c60';
  const cases: [string, string][] = [
    ['count the rows only', `SELECT count(*) FROM ${source}`],
    ['into a table, all 61 columns as text', `CREATE TABLE t61 AS SELECT * FROM ${source}`],
    ['into a table, 12 columns as text', `CREATE TABLE t12 AS SELECT ${some} FROM ${source}`],
    [
      'into a Parquet file, all 61 columns',
      `COPY (SELECT * FROM ${source}) TO '${join(dbDir, 'raw.parquet')}' (FORMAT parquet)`,
    ],
  ];
  try {
    for (const [label, sql] of cases) {
      const instance = await DuckDBInstance.create(
        join(dbDir, `${cases.findIndex((c) => c[0] === label)}.duckdb`),
      );
      const conn = await instance.connect();
      try {
        await timed(
          `reference, DuckDB alone loading the raw file: ${label}`,
          () => ROWS,
          async () => {
            await conn.run(sql, { file });
          },
        );
      } finally {
        conn.closeSync();
        instance.closeSync();
      }
    }
  } finally {
    rmSync(dbDir, { recursive: true, force: true });
  }
}
