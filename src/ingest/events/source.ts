/**
 * Shared plumbing for the dataset readers: the first lines for sniffing, then every line,
 * with a stream failure (a truncated gzip, a damaged zip) turned into a final skipped row.
 */
import { describeError } from '../../core/errors.js';
import { readSourceLineBatches, type SourceLine } from './lines.js';

export type LineOrFailure =
  SourceLine | { readonly file: string; readonly line: number; readonly failure: string };

/**
 * Every line of the file, in batches; a read error after the first line ends the stream with
 * a batch holding one failure item.
 */
export async function* linesWithFailure(path: string): AsyncGenerator<readonly LineOrFailure[]> {
  let last: SourceLine | null = null;
  try {
    for await (const batch of readSourceLineBatches(path)) {
      if (batch.length > 0) last = batch[batch.length - 1] as SourceLine;
      yield batch;
    }
  } catch (error) {
    if (last === null) throw error;
    yield [{ file: last.file, line: last.line + 1, failure: `unreadable data: ${describeError(error)}` }];
  }
}

/**
 * Reads ahead until `count` non-empty lines (or the end) are buffered, then returns them
 * and an iterator over all batches, the buffered ones first.
 */
export async function peekLines(
  batches: AsyncGenerator<readonly LineOrFailure[]>,
  count: number,
): Promise<{ head: string[]; all: AsyncGenerator<readonly LineOrFailure[]> }> {
  const buffered: (readonly LineOrFailure[])[] = [];
  const head: string[] = [];
  let failed = false;
  while (head.length < count && !failed) {
    const next = await batches.next();
    if (next.done) break;
    buffered.push(next.value);
    for (const item of next.value) {
      if ('failure' in item) failed = true;
      else if (head.length < count && item.text.trim() !== '') head.push(item.text);
    }
  }
  async function* all(): AsyncGenerator<readonly LineOrFailure[]> {
    yield* buffered;
    yield* batches;
  }
  return { head, all: all() };
}

/** Wraps a lookup in a cache that lives as long as one import run. */
export function memoize<T>(lookup: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = lookup(key);
      cache.set(key, value);
    }
    return value as T;
  };
}
