/**
 * Shared plumbing for the dataset readers: the first lines for sniffing, then every line,
 * with a stream failure (a truncated gzip, a damaged zip) turned into a final skipped row.
 */
import { describeError } from '../../core/errors.js';
import { readSourceLines, type SourceLine } from './lines.js';

export type LineOrFailure =
  SourceLine | { readonly file: string; readonly line: number; readonly failure: string };

/** Every line of the file; a read error after the first line ends the stream with a failure item. */
export async function* linesWithFailure(path: string): AsyncGenerator<LineOrFailure> {
  let last: SourceLine | null = null;
  try {
    for await (const line of readSourceLines(path)) {
      last = line;
      yield line;
    }
  } catch (error) {
    if (last === null) throw error;
    yield { file: last.file, line: last.line + 1, failure: `unreadable data: ${describeError(error)}` };
  }
}

/**
 * Reads ahead until `count` non-empty lines (or the end) are buffered, then returns them
 * and an iterator that replays the buffer and continues with the rest.
 */
export async function peekLines(
  lines: AsyncGenerator<LineOrFailure>,
  count: number,
): Promise<{ head: string[]; all: AsyncGenerator<LineOrFailure> }> {
  const buffered: LineOrFailure[] = [];
  const head: string[] = [];
  while (head.length < count) {
    const next = await lines.next();
    if (next.done) break;
    buffered.push(next.value);
    if ('text' in next.value && next.value.text.trim() !== '') head.push(next.value.text);
    if ('failure' in next.value) break;
  }
  async function* all(): AsyncGenerator<LineOrFailure> {
    yield* buffered;
    yield* lines;
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
