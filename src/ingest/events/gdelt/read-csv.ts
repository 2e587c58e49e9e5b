/**
 * GDELT tables exported as comma-separated files with a header row (as BigQuery writes them,
 * lower-case column names). Columns are found by name, put in GDELT's order (absent ones
 * empty) and parsed as the tab-separated rows are.
 */
import { DyadError } from '../../../core/errors.js';
import { splitCsvLine } from '../csv-line.js';
import { looksBinary } from '../sniff.js';
import type { LineOrFailure } from '../source.js';
import type { ImportItem, SourceFormat } from '../types.js';
import {
  GDELT1_BACKFILE,
  GDELT1_DAILY,
  GDELT2_EVENTS,
  GDELT2_MENTIONS,
  type GdeltEventLayout,
} from './columns.js';
import { newRowCache, parseGdeltEventRow, type GdeltRefs } from './event.js';
import { parseGdeltMentionRow } from './mention.js';

interface Table {
  readonly columns: readonly string[];
  readonly layout: GdeltEventLayout | null;
  /** Position in the CSV of each of `columns` (-1 when absent). */
  readonly from: readonly number[];
  readonly width: number;
}

function tableOf(header: string[]): Table | string {
  const names = header.map((n) => n.trim().toLowerCase());
  const has = (name: string): boolean => names.includes(name.toLowerCase());
  const layout = has('MentionIdentifier')
    ? null
    : has('Actor1Geo_ADM2Code')
      ? GDELT2_EVENTS
      : has('SOURCEURL')
        ? GDELT1_DAILY
        : GDELT1_BACKFILE;
  const columns = layout?.columns ?? GDELT2_MENTIONS;
  const from = columns.map((c) => names.indexOf(c.toLowerCase()));
  const required = layout
    ? ['GLOBALEVENTID', 'SQLDATE', 'EventCode']
    : ['GLOBALEVENTID', 'EventTimeDate', 'MentionTimeDate'];
  const missing = required.filter((c) => !has(c));
  if (missing.length > 0) return `header lacks GDELT columns ${missing.join(', ')}`;
  return { columns, layout, from, width: names.length };
}

/** Rows of a header CSV export of the GDELT events or mentions table. */
export async function* readGdeltCsv(
  lines: AsyncIterable<readonly LineOrFailure[]>,
  refs: GdeltRefs,
  v2Format: SourceFormat,
): AsyncGenerator<ImportItem> {
  const cache = newRowCache();
  let file = '';
  let table: Table | null = null;
  for await (const batch of lines)
    for (const item of batch) {
      if ('failure' in item) {
        yield { kind: 'skip', file: item.file, line: item.line, reason: item.failure };
        return;
      }
      if (item.file !== file) {
        file = item.file;
        table = null;
      }
      const { line, text } = item;
      if (text.trim() === '') continue;
      const cells = looksBinary(text) ? null : splitCsvLine(text);
      if (table === null) {
        const parsed = cells ? tableOf(cells) : 'unreadable header';
        if (typeof parsed === 'string') throw new DyadError(`${file}:${line}`, parsed);
        table = parsed;
        continue;
      }
      if (cells === null) {
        yield {
          kind: 'skip',
          file,
          line,
          reason: looksBinary(text) ? 'binary data' : 'unterminated quoted field',
        };
        continue;
      }
      if (cells.length !== table.width) {
        yield {
          kind: 'skip',
          file,
          line,
          reason: `${cells.length} columns, expected ${table.width} (the header's)`,
        };
        continue;
      }
      const fields = table.from.map((i) => (i < 0 ? '' : (cells[i] as string)));
      const layout = table.layout;
      if (layout === null) {
        const mention = parseGdeltMentionRow(fields, { file, line, format: 'gdelt2-mentions' });
        yield typeof mention === 'string'
          ? { kind: 'skip', file, line, reason: mention }
          : { kind: 'mention', mention };
        continue;
      }
      const format: SourceFormat = layout.name === 'gdelt2' ? v2Format : layout.name;
      const event = parseGdeltEventRow(fields, layout, { file, line, format }, refs, cache);
      yield typeof event === 'string'
        ? { kind: 'skip', file, line, reason: event }
        : { kind: 'event', event };
    }
}
