import { createReadStream, createWriteStream, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { DyadError } from '../../core/errors.js';
import { EXPORT_FORMATS, exportText, type ExportFormat, type ExportResult } from '../../export/index.js';
import { loadImportLookups } from '../../ingest/events/index.js';
import { DATASETS, openStore, type Dataset, type ExportQuery } from '../../store/index.js';
import { parseDateOption } from '../options.js';

interface ExportCliOptions {
  format: string;
  dyad?: string;
  undirected?: boolean;
  from?: string;
  to?: string;
  dataset?: string;
  out?: string;
  db: string;
  pairs?: boolean;
}

const WHY_OMITTED: Record<ExportFormat, string> = {
  gdelt: 'no CAMEO code',
  plover: 'no PLOVER event type (CAMEO 01, 02...) or no date',
  csv: '',
  jsonl: '',
  parquet: '',
};

/** The export's filters from the command line, checked. */
export function exportQuery(opts: Omit<ExportCliOptions, 'format' | 'db'>): ExportQuery {
  const query: { -readonly [K in keyof ExportQuery]: ExportQuery[K] } = {};
  if (opts.dyad !== undefined) {
    const m = /^([A-Za-z0-9]{2,12})-([A-Za-z0-9]{2,12})$/.exec(opts.dyad.trim());
    if (!m)
      throw new DyadError(
        '--dyad',
        `must be two actor codes joined by "-", e.g. CHN-USA; got "${opts.dyad}"`,
      );
    query.dyad = [m[1]!.toUpperCase(), m[2]!.toUpperCase()];
    if (opts.undirected) query.undirected = true;
  } else if (opts.undirected) throw new DyadError('--undirected', 'needs --dyad');
  if (opts.from !== undefined) query.from = parseDateOption('--from', opts.from);
  if (opts.to !== undefined) query.to = parseDateOption('--to', opts.to);
  if (query.from && query.to && query.from > query.to) {
    throw new DyadError('--from', `${query.from} is after --to ${query.to}`);
  }
  if (opts.dataset !== undefined) {
    if (!DATASETS.includes(opts.dataset as Dataset)) {
      throw new DyadError('--dataset', `must be one of ${DATASETS.join(', ')}; got "${opts.dataset}"`);
    }
    query.dataset = opts.dataset as Dataset;
  }
  return query;
}

async function finish(out: Writable): Promise<void> {
  out.end();
  await once(out, 'finish');
}

/** `dyad export`: write stored events as GDELT 2.0 rows, PLOVER JSONL, CSV, Parquet or Dyad's JSON. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'export stored events (imported and Dyad-coded) as GDELT 2.0 event rows, PLOVER JSONL, CSV, Parquet or Dyad JSONL',
    )
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--dyad <A-B>', 'only events from actor A to actor B (countries or actor codes), e.g. CHN-USA')
    .option('--undirected', 'with --dyad: both directions')
    .option('--from <date>', 'only events on or after this day (YYYY-MM-DD)')
    .option('--to <date>', 'only events on or before this day (YYYY-MM-DD)')
    .option('--dataset <name>', `only events from this source: ${DATASETS.join(', ')}`)
    .option('--pairs', 'csv: one row per source–target pair')
    .option('--out <file>', 'write here (default: standard output)')
    .option('--db <file>', 'DuckDB database file', './dyad.duckdb')
    .action(async (opts: ExportCliOptions) => {
      const format = opts.format as ExportFormat;
      if (!EXPORT_FORMATS.includes(format)) {
        throw new DyadError('--format', `must be one of ${EXPORT_FORMATS.join(', ')}; got "${opts.format}"`);
      }
      const query = exportQuery(opts);
      if (!existsSync(opts.db)) throw new DyadError(opts.db, 'no such store (import or ingest events first)');
      if (format === 'parquet' && opts.out === undefined && process.stdout.isTTY) {
        throw new DyadError(
          '--out',
          'Parquet is binary: give --out FILE.parquet or redirect standard output',
        );
      }
      const store = await openStore({ path: opts.db, readOnly: true });
      let result: ExportResult;
      const target = opts.out === undefined ? null : resolve(opts.out);
      // Written beside the target and renamed at the end, so a failed export leaves no half file.
      const partial =
        target === null ? null : join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
      try {
        if (format === 'parquet') {
          const dir = target === null ? mkdtempSync(join(tmpdir(), 'dyad-export-')) : null;
          const file = target === null ? join(dir as string, 'events.parquet') : `${partial}.parquet`;
          try {
            const events = await store.exportParquet(query, file);
            result = { events, rows: events, omitted: 0 };
            if (target !== null) renameSync(file, target);
            else await pipeline(createReadStream(file), process.stdout, { end: false });
          } finally {
            if (dir !== null) rmSync(dir, { recursive: true, force: true });
            if (target !== null) rmSync(file, { force: true });
          }
        } else {
          const out = partial === null ? process.stdout : createWriteStream(partial);
          try {
            const { iso3ToFips } = loadImportLookups();
            result = await exportText(store, out, {
              format,
              query,
              iso3ToFips,
              ...(opts.pairs ? { pairs: true } : {}),
            });
            if (partial !== null && target !== null) {
              await finish(out);
              renameSync(partial, target);
            }
          } finally {
            if (partial !== null) {
              out.destroy();
              rmSync(partial, { force: true });
            }
          }
        }
      } finally {
        await store.close();
      }
      const where = target ?? 'standard output';
      const omitted =
        result.omitted > 0 ? `; ${result.omitted} events left out (${WHY_OMITTED[format]})` : '';
      process.stderr.write(
        `dyad: exported ${result.events} events (${result.rows} rows) as ${format} to ${where}${omitted}\n`,
      );
    });
}
