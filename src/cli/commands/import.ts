import { basename } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { DyadError } from '../../core/errors.js';
import {
  importEventFiles,
  loadImportLookups,
  planImport,
  type EventFileFormat,
  type ImportSummary,
} from '../../ingest/events/index.js';
import { openStore } from '../../store/index.js';

const FORMATS: readonly EventFileFormat[] = ['gdelt', 'icews', 'plover', 'auto'];

interface ImportCliOptions {
  db: string;
  translingual?: boolean;
}

const n = (value: number): string => value.toLocaleString('en-US');

/** The summary printed after an import: totals, per file, skipped rows by reason and the first ones. */
export function formatImportSummary(summary: ImportSummary): string {
  const lines: string[] = [];
  const files = summary.files.length;
  lines.push(
    `imported ${n(summary.events)} events${summary.mentions > 0 ? ` and ${n(summary.mentions)} mentions` : ''} ` +
      `from ${files} file${files === 1 ? '' : 's'}; ${n(summary.alreadyStored)} already stored; ` +
      `${n(summary.skipped)} rows skipped` +
      (summary.unmatched > 0 ? `; ${n(summary.unmatched)} mentions of events not in the store` : ''),
  );
  for (const f of summary.files) {
    if (f.error !== null) {
      lines.push(`  ${f.file}: NOT IMPORTED (nothing of it stored): ${f.error}`);
      continue;
    }
    const what = f.kind === 'events' ? 'events' : 'mentions';
    lines.push(
      `  ${f.file}: ${n(f.rows)} rows, ${n(f.inserted)} ${what} new, ${n(f.alreadyStored)} already stored, ` +
        `${n(f.skipped)} skipped` +
        (f.kind === 'mentions' ? `, ${n(f.unmatched)} of events not in the store` : ''),
    );
  }
  if (summary.reasons.length > 0) {
    lines.push('skipped rows by reason:');
    for (const r of summary.reasons) lines.push(`  ${n(r.count).padStart(8)}  ${r.reason}`);
    lines.push(`first ${summary.firstSkipped.length} skipped rows:`);
    for (const s of summary.firstSkipped) lines.push(`  ${s.file}:${s.line}: ${s.reason}`);
  }
  if (summary.firstUnmatched.length > 0) {
    lines.push(
      `first ${summary.firstUnmatched.length} mentions not attached (import their events files first, or together):`,
    );
    for (const s of summary.firstUnmatched) lines.push(`  ${s.file}:${s.line}: ${s.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A rows-read counter on a terminal (nothing when stderr is not a TTY). */
function rowsProgress(): { update(file: string, rows: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'import {file} {value} rows', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { file: '' });
  return {
    update(file, rows) {
      bar.setTotal(rows);
      bar.update(rows, { file: basename(file) });
    },
    stop() {
      bar.stop();
    },
  };
}

/** `dyad import <format> <files...>`: read GDELT, ICEWS or PLOVER files into the store. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'import event files (GDELT 1.0/2.0 events and mentions, ICEWS, PLOVER JSON; plain, .gz or .zip) into the store; ' +
        'each file is stored whole or not at all, and importing a file again adds nothing',
    )
    .argument('<format>', `the files' format: ${FORMATS.join(', ')} (auto: recognise each file)`)
    .argument('<files...>', 'the files to import (GDELT events files are imported before mentions files)')
    .option('--db <file>', 'DuckDB database file', './dyad.duckdb')
    .option('--translingual', 'GDELT 2.0 rows are the translingual stream (default: the file name says so)')
    .action(async (format: string, paths: string[], opts: ImportCliOptions) => {
      if (!FORMATS.includes(format as EventFileFormat)) {
        throw new DyadError('format', `must be one of ${FORMATS.join(', ')}; got "${format}"`);
      }
      // A missing file or one of the wrong kind stops the run before the store is touched.
      await planImport(paths, format as EventFileFormat);
      const lookups = loadImportLookups();
      const store = await openStore({ path: opts.db });
      const progress = rowsProgress();
      let summary: ImportSummary;
      try {
        summary = await importEventFiles(store, paths, {
          format: format as EventFileFormat,
          ...lookups,
          ...(opts.translingual ? { translingual: true } : {}),
          onProgress: (file, rows) => progress.update(file, rows),
        });
      } finally {
        progress.stop();
        await store.close();
      }
      process.stdout.write(formatImportSummary(summary));
      if (summary.failedFiles > 0) process.exitCode = 1;
    });
}
