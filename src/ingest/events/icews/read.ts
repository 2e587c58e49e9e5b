/**
 * Streaming reader for ICEWS event files (tab-separated, header row, 20 columns; plain,
 * .gz, or the .zip Dataverse ships, where each member has its own header).
 *
 * Duplicate Event IDs: ICEWS files repeat some Event IDs with a second date. The first row
 * with an id is kept; later rows with the same id are skipped, and the skip reason names
 * the kept line and both dates, so nothing is dropped silently. Keying on id + date instead
 * would count one event twice.
 */
import { DyadError } from '../../../core/errors.js';
import { ICEWS_COLUMNS, looksBinary, sniffLines } from '../sniff.js';
import { linesWithFailure, memoize, peekLines } from '../source.js';
import type { ImportItem } from '../types.js';
import { parseIcewsRow, type IcewsHeader, type IcewsRefs } from './row.js';

export type IcewsReadOptions = IcewsRefs;

function headerOf(text: string): IcewsHeader | string {
  const names = text.split('\t').map((n) => n.trim());
  const missing = ICEWS_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0) return `missing ICEWS columns: ${missing.join(', ')}`;
  return new Map(names.map((n, i) => [n, i]));
}

/** Reads an ICEWS event file and yields events and skipped rows. */
export async function* readIcews(path: string, options: IcewsReadOptions): AsyncGenerator<ImportItem> {
  const refs: IcewsRefs = {
    countryNameToIso3: memoize(options.countryNameToIso3),
    cameo: memoize(options.cameo),
  };
  const { head, all } = await peekLines(linesWithFailure(path), 5);
  const sniffed = sniffLines(head);
  if (sniffed.kind === 'empty') return;
  if (sniffed.kind !== 'icews') {
    throw new DyadError(path, `not an ICEWS event file: it looks like ${sniffed.description}`);
  }
  const seen = new Map<string, { file: string; line: number; date: string }>();
  let file = '';
  let header: IcewsHeader | null = null;
  for await (const batch of all)
    for (const item of batch) {
      if ('failure' in item) {
        yield { kind: 'skip', file: item.file, line: item.line, reason: item.failure };
        return;
      }
      if (item.file !== file) {
        file = item.file;
        header = null;
      }
      if (item.text.trim() === '') continue;
      if (header === null) {
        const parsed = headerOf(item.text);
        if (typeof parsed === 'string') throw new DyadError(`${item.file}:${item.line}`, parsed);
        header = parsed;
        continue;
      }
      if (looksBinary(item.text)) {
        yield { kind: 'skip', file, line: item.line, reason: 'binary data' };
        continue;
      }
      const event = parseIcewsRow(item.text.split('\t'), header, item, refs);
      if (typeof event === 'string') {
        yield { kind: 'skip', file, line: item.line, reason: event };
        continue;
      }
      const date = event.date?.value ?? '';
      const first = seen.get(event.externalId);
      if (first) {
        const where = first.file === file ? `line ${first.line}` : `${first.file}:${first.line}`;
        yield {
          kind: 'skip',
          file,
          line: item.line,
          reason: `duplicate Event ID ${event.externalId}: kept ${where} dated ${first.date}, this row is dated ${date}`,
        };
        continue;
      }
      seen.set(event.externalId, { file, line: item.line, date });
      yield { kind: 'event', event };
    }
}
