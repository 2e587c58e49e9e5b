/**
 * One entry point for `dyad import`: reads a GDELT, ICEWS or PLOVER file, or recognises
 * which one it is (`auto`), and yields events, mentions and skipped rows in file order.
 */
import { DyadError } from '../../core/errors.js';
import { readGdeltBatches } from './gdelt/read.js';
import { readIcews } from './icews/read.js';
import { readPlover } from './plover/read.js';
import { sniffLines, type SniffResult } from './sniff.js';
import { linesWithFailure, peekLines } from './source.js';
import type { CameoLookup, CountryNameToIso3, FipsToIso3, ImportItem } from './types.js';

export type EventFileFormat = 'gdelt' | 'icews' | 'plover' | 'auto';

export interface ImportOptions {
  /** FIPS 10-4 → ISO alpha-3 (GDELT geography). */
  readonly fipsToIso3: FipsToIso3;
  /** Country name → ISO alpha-3 (ICEWS, PLOVER country names). */
  readonly countryNameToIso3: CountryNameToIso3;
  /** Dyad's CAMEO table: PLOVER type/mode and values a dataset leaves out. */
  readonly cameo: CameoLookup;
  /** GDELT 2.0 rows are the translingual stream (default: the file name contains "translation"). */
  readonly translingual?: boolean;
}

/** What the file looks like, from its first lines. */
export async function sniffEventFile(path: string): Promise<SniffResult> {
  const lines = linesWithFailure(path);
  const { head } = await peekLines(lines, 5);
  await lines.return(undefined);
  return sniffLines(head);
}

/** Reads an event file in the given format (or the one it looks like, for `auto`). */
export async function* readEventFile(
  path: string,
  format: EventFileFormat,
  options: ImportOptions,
): AsyncGenerator<ImportItem> {
  for await (const batch of readEventBatches(path, format, options)) yield* batch;
}

async function* grouped(items: AsyncIterable<ImportItem>, size = 1024): AsyncGenerator<ImportItem[]> {
  let batch: ImportItem[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** As readEventFile, in batches of items, for bulk loading (less overhead per row). */
export async function* readEventBatches(
  path: string,
  format: EventFileFormat,
  options: ImportOptions,
): AsyncGenerator<ImportItem[]> {
  let chosen = format;
  if (chosen === 'auto') {
    const sniffed = await sniffEventFile(path);
    if (sniffed.kind === 'empty') return;
    if (
      sniffed.kind === 'gdelt2-events' ||
      sniffed.kind === 'gdelt1-events' ||
      sniffed.kind === 'gdelt2-mentions'
    ) {
      chosen = 'gdelt';
    } else if (sniffed.kind === 'icews') chosen = 'icews';
    else if (sniffed.kind === 'json') chosen = 'plover';
    else throw new DyadError(path, `not an event file Dyad reads: it looks like ${sniffed.description}`);
  }
  if (chosen === 'gdelt') yield* readGdeltBatches(path, options);
  else if (chosen === 'icews') yield* grouped(readIcews(path, options));
  else yield* grouped(readPlover(path, options));
}
