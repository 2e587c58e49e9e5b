/**
 * `dyad import`: reads GDELT, ICEWS and PLOVER files into the store.
 *
 * 1. Every file is sniffed first; a file of the wrong kind stops the run before anything is
 *    imported, with a message naming what it looks like.
 * 2. Event files are imported before mentions files (mentions attach to stored events).
 * 3. Each file is ONE transaction (Store.importEvents / importMentions): rows are parsed and
 *    staged while the file streams, then loaded and committed together. A file is stored
 *    entirely or not at all; a crash or an error leaves the store as it was before that file.
 *    Importing the same file again adds nothing: events are keyed by dataset and external id
 *    (GLOBALEVENTID, ICEWS Event ID, PLOVER id), mentions by event and mention.
 * 4. Bad rows are skipped with their file, line and reason; the good rows still import.
 */
import { DyadError, describeError } from '../../core/errors.js';
import type { ImportedEvent, ImportedEventMention, Store } from '../../store/types.js';
import { readEventBatches, sniffEventFile, type EventFileFormat, type ImportOptions } from './read.js';
import type { Sniffed, SniffResult } from './sniff.js';
import { toStoreEvent, toStoreMention } from './store-record.js';

export interface ImportFilesOptions extends ImportOptions {
  readonly format: EventFileFormat;
  /** After each batch read: the file and the data rows read from it so far. */
  readonly onProgress?: (file: string, rows: number) => void;
  /** How many skipped rows (and unmatched mentions) to list; default 20. */
  readonly listed?: number;
}

export interface PlannedFile {
  readonly path: string;
  readonly kind: 'events' | 'mentions';
  readonly sniffed: SniffResult;
}

export interface FileImport {
  readonly file: string;
  readonly kind: 'events' | 'mentions';
  /** Data rows read (imported, already stored and skipped). */
  readonly rows: number;
  readonly inserted: number;
  /** Rows whose key was already stored, or repeated earlier in the file. */
  readonly alreadyStored: number;
  /** Bad rows (with a reason). */
  readonly skipped: number;
  /** Mentions of events that are not in the store. */
  readonly unmatched: number;
  /** Set when the file failed as a whole (nothing of it is stored). */
  readonly error: string | null;
}

export interface SkippedRow {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

export interface ImportSummary {
  readonly files: readonly FileImport[];
  readonly events: number;
  readonly mentions: number;
  readonly alreadyStored: number;
  readonly skipped: number;
  /** Skipped rows per kind of reason, most frequent first. */
  readonly reasons: readonly { readonly reason: string; readonly count: number }[];
  /** The first skipped rows, in file order. */
  readonly firstSkipped: readonly SkippedRow[];
  readonly unmatched: number;
  readonly firstUnmatched: readonly SkippedRow[];
  readonly failedFiles: number;
}

const ACCEPTS: Record<EventFileFormat, ReadonlySet<Sniffed>> = {
  gdelt: new Set(['gdelt2-events', 'gdelt1-events', 'gdelt2-mentions', 'gdelt-csv', 'empty']),
  icews: new Set(['icews', 'empty']),
  plover: new Set(['json', 'empty']),
  auto: new Set(['gdelt2-events', 'gdelt1-events', 'gdelt2-mentions', 'gdelt-csv', 'icews', 'json', 'empty']),
};

const FORMAT_NAMES: Record<EventFileFormat, string> = {
  gdelt: 'a GDELT events or mentions file',
  icews: 'an ICEWS event file',
  plover: 'a PLOVER JSON file',
  auto: 'an event file Dyad reads (GDELT, ICEWS, PLOVER)',
};

function kindOf(sniffed: SniffResult): 'events' | 'mentions' {
  if (sniffed.kind === 'gdelt2-mentions') return 'mentions';
  if (sniffed.kind === 'gdelt-csv' && /mentions table/.test(sniffed.description)) return 'mentions';
  return 'events';
}

/**
 * Sniffs every file and returns them in import order (events, then mentions); throws a
 * DyadError naming the first file that is missing or not of `format`, and what it looks like.
 */
export async function planImport(paths: readonly string[], format: EventFileFormat): Promise<PlannedFile[]> {
  if (paths.length === 0) throw new DyadError('files', 'give at least one file to import');
  const planned: PlannedFile[] = [];
  for (const path of paths) {
    let sniffed: SniffResult;
    try {
      sniffed = await sniffEventFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new DyadError(path, 'no such file');
      if (code === 'EISDIR') throw new DyadError(path, 'is a folder: give the files in it');
      if (code === 'EACCES') throw new DyadError(path, 'permission denied');
      throw new DyadError(path, `cannot be read: ${describeError(error)}`);
    }
    if (!ACCEPTS[format].has(sniffed.kind)) {
      throw new DyadError(path, `not ${FORMAT_NAMES[format]}: it looks like ${sniffed.description}`);
    }
    planned.push({ path, kind: kindOf(sniffed), sniffed });
  }
  return [...planned.filter((p) => p.kind === 'events'), ...planned.filter((p) => p.kind === 'mentions')];
}

/** A reason without its particular values, for counting ("invalid SQLDATE", "wrong column count"). */
export function reasonKind(reason: string): string {
  const columns = /^\d+ columns, (expected .*)$/.exec(reason);
  if (columns) return `wrong column count (${columns[1]})`;
  if (reason.startsWith('duplicate Event ID')) return 'duplicate Event ID';
  if (reason.startsWith('invalid JSON')) return 'invalid JSON';
  if (reason.startsWith('unreadable data')) return 'unreadable data (damaged or truncated file)';
  return reason
    .replace(/\s*"[^"]*"?/g, '')
    .replace(/events\[\d+\]/g, 'events[]')
    .trim();
}

/** Collects skipped rows: counts per reason kind, and the first few in order. */
class Skips {
  readonly first: SkippedRow[] = [];
  readonly counts = new Map<string, number>();
  total = 0;
  constructor(private readonly listed: number) {}
  add(row: SkippedRow): void {
    this.total += 1;
    if (this.first.length < this.listed) this.first.push(row);
    const kind = reasonKind(row.reason);
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
  }
  /** Adds another collection's rows after this one's. */
  merge(other: Skips): void {
    this.total += other.total;
    for (const row of other.first) if (this.first.length < this.listed) this.first.push(row);
    for (const [kind, n] of other.counts) this.counts.set(kind, (this.counts.get(kind) ?? 0) + n);
  }
}

/** Imports the files (see the module comment) and returns what happened. */
export async function importEventFiles(
  store: Store,
  paths: readonly string[],
  options: ImportFilesOptions,
): Promise<ImportSummary> {
  const plan = await planImport(paths, options.format);
  const listed = options.listed ?? 20;
  const skips = new Skips(listed);
  const files: FileImport[] = [];
  const firstUnmatched: SkippedRow[] = [];
  for (const file of plan) {
    let rows = 0;
    // A failed file stores nothing: its skipped rows count only once it is committed.
    const fileSkips = new Skips(listed);
    const skip = (row: SkippedRow): void => fileSkips.add(row);
    const progress = (n: number): void => {
      rows += n;
      options.onProgress?.(file.path, rows);
    };
    const base = { file: file.path, kind: file.kind };
    try {
      if (file.kind === 'events') {
        const result = await store.importEvents(eventBatches(file.path, options, skip, progress));
        skips.merge(fileSkips);
        files.push({
          ...base,
          rows,
          inserted: result.inserted,
          alreadyStored: result.skipped,
          skipped: fileSkips.total,
          unmatched: 0,
          error: null,
        });
      } else {
        const result = await store.importMentions(mentionBatches(file.path, options, skip, progress));
        skips.merge(fileSkips);
        for (const m of result.firstUnmatched) {
          if (firstUnmatched.length >= listed) break;
          firstUnmatched.push({
            file: m.file,
            line: m.line,
            reason: `event ${m.eventExternalId} is not in the store`,
          });
        }
        files.push({
          ...base,
          rows,
          inserted: result.inserted,
          alreadyStored: result.skipped,
          skipped: fileSkips.total,
          unmatched: result.unmatched,
          error: null,
        });
      }
    } catch (error) {
      files.push({
        ...base,
        rows,
        inserted: 0,
        alreadyStored: 0,
        skipped: 0,
        unmatched: 0,
        error: describeError(error),
      });
    }
  }
  const ok = files.filter((f) => f.error === null);
  const sum = (pick: (f: FileImport) => number, list = ok): number => list.reduce((n, f) => n + pick(f), 0);
  return {
    files,
    events: sum((f) => (f.kind === 'events' ? f.inserted : 0)),
    mentions: sum((f) => (f.kind === 'mentions' ? f.inserted : 0)),
    alreadyStored: sum((f) => f.alreadyStored),
    skipped: skips.total,
    reasons: [...skips.counts]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    firstSkipped: skips.first,
    unmatched: sum((f) => f.unmatched),
    firstUnmatched,
    failedFiles: files.length - ok.length,
  };
}

async function* eventBatches(
  path: string,
  options: ImportFilesOptions,
  skip: (row: SkippedRow) => void,
  progress: (rows: number) => void,
): AsyncGenerator<ImportedEvent[]> {
  for await (const batch of readEventBatches(path, options.format, options)) {
    const out: ImportedEvent[] = [];
    for (const item of batch) {
      if (item.kind === 'event') out.push(toStoreEvent(item.event));
      else if (item.kind === 'skip') skip({ file: item.file, line: item.line, reason: item.reason });
      else {
        const { file, line } = item.mention.provenance;
        skip({ file, line, reason: 'a mentions row in an events file' });
      }
    }
    progress(batch.length);
    if (out.length > 0) yield out;
  }
}

async function* mentionBatches(
  path: string,
  options: ImportFilesOptions,
  skip: (row: SkippedRow) => void,
  progress: (rows: number) => void,
): AsyncGenerator<ImportedEventMention[]> {
  for await (const batch of readEventBatches(path, options.format, options)) {
    const out: ImportedEventMention[] = [];
    for (const item of batch) {
      if (item.kind === 'mention') out.push(toStoreMention(item.mention));
      else if (item.kind === 'skip') skip({ file: item.file, line: item.line, reason: item.reason });
      else {
        const { file, line } = item.event.provenance;
        skip({ file, line, reason: 'an event row in a mentions file' });
      }
    }
    progress(batch.length);
    if (out.length > 0) yield out;
  }
}
