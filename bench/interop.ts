/**
 * Interop benchmark: builds a 1,000,000-row GDELT 2.0 events file in a temporary folder by
 * repeating the real 15-minute export (../shared) with new GLOBALEVENTIDs, parses it with
 * the streaming importer, and reports rows/s and peak RSS; then measures serialisation
 * (GDELT 2.0 rows, PLOVER JSONL, CSV) over the parsed sample.
 *
 *   npx tsx bench/interop.ts [rows]     (target: parsing ≥ 200,000 rows/s)
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvLines } from '../src/export/csv.js';
import { gdeltEventLines } from '../src/export/gdelt.js';
import { ploverJsonLine } from '../src/export/plover.js';
import { readGdelt, readGdeltBatches } from '../src/ingest/events/gdelt/read.js';
import { readSourceLineBatches } from '../src/ingest/events/lines.js';
import { collect } from '../src/ingest/events/testing/collect.js';
import { cameoFromMergedTable, fipsToIso3FromGeonames } from '../src/ingest/events/testing/reference.js';
import type { ImportedEvent } from '../src/ingest/events/types.js';
import { sharedFile } from '../src/testing/shared.js';

const ROWS = Number(process.argv[2] ?? 1_000_000);
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
