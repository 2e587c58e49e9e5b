import { createReadStream } from 'node:fs';
import { binaryKind, tooLargeMessage } from './bytes.js';
import { describeIoError } from './io-error.js';
import { parseJsonlLine } from './jsonl.js';
import { inputError } from './origin.js';
import type { InputResult } from './types.js';
import type { ResolvedOptions } from './options.js';

/**
 * A JSON Lines file read as a stream, one line at a time, so files of any size work. The size limit
 * applies to each line; each line is checked as UTF-8 on its own, and a bad line is an error for
 * that line only. A file that starts like binary data is one error.
 */
export async function* readJsonlFile(path: string, options: ResolvedOptions): AsyncGenerator<InputResult> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let overflow = false;
  let lineNumber = 0;
  let records = 0;
  let first = true;
  let sawBytes = false;

  function* finishLine(): Generator<InputResult> {
    lineNumber++;
    const bytes = Buffer.concat(pending, pendingLength);
    pending = [];
    pendingLength = 0;
    if (overflow) {
      overflow = false;
      records++;
      yield inputError({ path, line: lineNumber }, `line ${tooLargeMessage(null, options.maxBytes)}`);
      return;
    }
    let line: string;
    try {
      line = decoder.decode(bytes);
    } catch {
      records++;
      yield inputError({ path, line: lineNumber }, 'invalid UTF-8');
      return;
    }
    const result = parseJsonlLine(line, { path, line: lineNumber }, options.parse);
    if (result) {
      records++;
      yield result;
    }
  }

  const stream = createReadStream(path);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (chunk.length > 0) sawBytes = true;
      if (first) {
        first = false;
        const kind = binaryKind(chunk);
        if (kind !== null) {
          yield inputError(path, `binary file (${kind}), not text`);
          return;
        }
      }
      let start = 0;
      while (start <= chunk.length) {
        const newline = chunk.indexOf(10, start);
        const end = newline < 0 ? chunk.length : newline;
        if (!overflow) {
          if (pendingLength + (end - start) > options.maxBytes) {
            overflow = true;
            pending = [];
            pendingLength = 0;
          } else if (end > start) {
            pending.push(chunk.subarray(start, end));
            pendingLength += end - start;
          }
        }
        if (newline < 0) break;
        yield* finishLine();
        start = newline + 1;
      }
    }
    if (pendingLength > 0 || overflow) yield* finishLine();
  } catch (error) {
    yield inputError(lineNumber > 0 ? { path, line: lineNumber + 1 } : { path }, describeIoError(error));
    return;
  } finally {
    stream.destroy();
  }
  if (!sawBytes) yield inputError(path, 'empty file');
  else if (records === 0) yield inputError(path, 'empty file (whitespace only)');
}
