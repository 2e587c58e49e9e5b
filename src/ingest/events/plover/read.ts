/**
 * Reader for PLOVER event records: JSONL (one record a line, streamed), or a JSON file
 * holding one record, an array of records, or `{ "events": [...] }` / `{ "data": [...] }`
 * (read whole; the provenance line is then the record's 1-based index).
 */
import { describeError, DyadError } from '../../../core/errors.js';
import { sniffLines } from '../sniff.js';
import { linesWithFailure, memoize, peekLines } from '../source.js';
import type { ImportItem, JsonValue } from '../types.js';
import { parsePloverRecord, type PloverRefs } from './record.js';

export type PloverReadOptions = PloverRefs;

function parseJson(text: string): { value: JsonValue } | { error: string } {
  try {
    return { value: JSON.parse(text) as JsonValue };
  } catch (error) {
    return { error: describeError(error) };
  }
}

/** The records inside a wrapper object (`{ "events": [...] }` or `{ "data": [...] }` without an id), else null. */
function unwrap(value: JsonValue): readonly JsonValue[] | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || 'id' in value) return null;
  const inner =
    (value as { events?: JsonValue; data?: JsonValue }).events ?? (value as { data?: JsonValue }).data;
  return Array.isArray(inner) ? inner : null;
}

function* recordItems(value: JsonValue, file: string, line: number, refs: PloverRefs): Generator<ImportItem> {
  const wrapped = unwrap(value);
  if (wrapped !== null) {
    for (const record of wrapped) yield* recordItems(record, file, line, refs);
    return;
  }
  const events = parsePloverRecord(value, { file, line }, refs);
  if (typeof events === 'string') yield { kind: 'skip', file, line, reason: events };
  else for (const event of events) yield { kind: 'event', event };
}

/** Reads a PLOVER JSON or JSONL file (plain, .gz or .zip) and yields events and skipped records. */
export async function* readPlover(path: string, options: PloverReadOptions): AsyncGenerator<ImportItem> {
  const refs: PloverRefs = {
    cameo: memoize(options.cameo),
    ...(options.countryNameToIso3 ? { countryNameToIso3: memoize(options.countryNameToIso3) } : {}),
  };
  const { head, all } = await peekLines(linesWithFailure(path), 5);
  const sniffed = sniffLines(head);
  if (sniffed.kind === 'empty') return;
  if (sniffed.kind !== 'json')
    throw new DyadError(path, `not PLOVER JSON: it looks like ${sniffed.description}`);
  const first = head[0] as string;
  const jsonl = first.trimStart().startsWith('{') && 'value' in parseJson(first);
  if (jsonl) {
    for await (const batch of all)
      for (const item of batch) {
        if ('failure' in item) {
          yield { kind: 'skip', file: item.file, line: item.line, reason: item.failure };
          return;
        }
        if (item.text.trim() === '') continue;
        const parsed = parseJson(item.text);
        if ('error' in parsed)
          yield { kind: 'skip', file: item.file, line: item.line, reason: `invalid JSON: ${parsed.error}` };
        else yield* recordItems(parsed.value, item.file, item.line, refs);
      }
    return;
  }
  const texts: string[] = [];
  let file = path;
  for await (const batch of all)
    for (const item of batch) {
      if ('failure' in item) throw new DyadError(path, item.failure);
      texts.push(item.text);
      file = item.file;
    }
  const parsed = parseJson(texts.join('\n'));
  if ('error' in parsed) throw new DyadError(path, `invalid JSON: ${parsed.error}`);
  const value = parsed.value;
  const records = Array.isArray(value) ? value : (unwrap(value) ?? [value]);
  for (let i = 0; i < records.length; i++) yield* recordItems(records[i] as JsonValue, file, i + 1, refs);
}
