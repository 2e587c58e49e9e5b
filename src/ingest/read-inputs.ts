import { decodeBytes, tooLargeMessage } from './bytes.js';
import { readUrl } from './fetch-url.js';
import type { ResolvedOptions } from './options.js';
import { resolveIngestOptions } from './options.js';
import { inputError } from './origin.js';
import { parseContent } from './parse-content.js';
import { readPath } from './read-path.js';
import { readStreamBytes } from './read-stream.js';
import type { IngestOptions, InputResult } from './types.js';

/** The origin path of articles read from standard input. */
export const STDIN_PATH = 'stdin';

/**
 * Reads inputs in order and streams one result per article, error or skipped folder entry. Each
 * input is a file or folder path, an http(s) URL, or `-` for standard input. Bad input becomes an
 * error result and the batch goes on; only invalid options throw (a DyadError, at the call).
 */
export function readInputs(
  inputs: readonly string[],
  options: IngestOptions = {},
): AsyncIterable<InputResult> {
  const resolved = resolveIngestOptions(options);
  return readAll([...inputs], resolved);
}

async function* readAll(inputs: readonly string[], options: ResolvedOptions): AsyncGenerator<InputResult> {
  let stdinRead = false;
  for (const input of inputs) {
    try {
      if (input === '-') {
        if (stdinRead) yield inputError(STDIN_PATH, 'standard input was already read');
        else yield* readStdin(options);
        stdinRead = true;
      } else if (/^https?:\/\//i.test(input)) {
        yield* readUrl(input, options);
      } else {
        yield* readPath(input, options);
      }
    } catch (error) {
      yield inputError(
        input,
        `could not be read (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
}

/** Standard input, read whole (within the size limit) and sniffed. */
async function* readStdin(options: ResolvedOptions): AsyncGenerator<InputResult> {
  const read = await readStreamBytes(options.stdin, options.maxBytes);
  if (!read.ok) {
    yield inputError(STDIN_PATH, tooLargeMessage(null, options.maxBytes));
    return;
  }
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok) {
    yield inputError(STDIN_PATH, decoded.message === 'empty file' ? 'empty input' : decoded.message);
    return;
  }
  yield* parseContent(decoded.text, { path: STDIN_PATH }, options.parse);
}
