import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { decodeBytes, htmlMetaCharset, tooLargeMessage } from './bytes.js';
import { formatFromPath, hasBinaryExtension } from './format.js';
import { describeIoError } from './io-error.js';
import { readJsonlFile } from './jsonl-file.js';
import type { ResolvedOptions } from './options.js';
import { inputError, inputSkipped } from './origin.js';
import { parseContent } from './parse-content.js';
import type { InputResult } from './types.js';

/** Per-input walk state: the folders already visited (by real path), so symlink loops end. */
interface Walk {
  readonly visited: Set<string>;
}

/**
 * A path named on the command line: a file in any format, or a folder read recursively.
 * `inFolder` marks files met while walking a folder: there, binary files whose type is not a text
 * format are skipped with a reason rather than reported as errors.
 */
export async function* readPath(
  path: string,
  options: ResolvedOptions,
  inFolder = false,
  walk: Walk = { visited: new Set() },
): AsyncGenerator<InputResult> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield inputError(path, describeIoError(error));
    return;
  }
  if (info.isDirectory()) {
    yield* readFolder(path, options, walk);
    return;
  }
  if (!info.isFile()) {
    yield inputError(path, 'not a regular file');
    return;
  }
  const format = formatFromPath(path);
  if (format === null && hasBinaryExtension(path)) {
    yield inFolder ? inputSkipped(path, 'binary file type') : inputError(path, 'binary file type, not text');
    return;
  }
  if (format === 'jsonl') {
    yield* readJsonlFile(path, options);
    return;
  }
  if (info.size > options.maxBytes) {
    yield inputError(path, tooLargeMessage(info.size, options.maxBytes));
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield inputError(path, describeIoError(error));
    return;
  }
  if (bytes.length > options.maxBytes) {
    yield inputError(path, tooLargeMessage(bytes.length, options.maxBytes));
    return;
  }
  const decoded = decodeBytes(bytes, format === 'html' || format === null ? htmlMetaCharset(bytes) : null);
  if (!decoded.ok) {
    yield decoded.binary && inFolder && format === null
      ? inputSkipped(path, decoded.message)
      : inputError(path, decoded.message);
    return;
  }
  yield* parseContent(decoded.text, { path }, { ...options.parse, format });
}

/** A folder, recursively, in name order (by code unit), hidden entries skipped. */
async function* readFolder(path: string, options: ResolvedOptions, walk: Walk): AsyncGenerator<InputResult> {
  let entries: Dirent[];
  try {
    const real = await realpath(path);
    if (walk.visited.has(real)) {
      yield inputSkipped(path, 'folder already read (symbolic link loop)');
      return;
    }
    walk.visited.add(real);
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    yield inputError(path, describeIoError(error));
    return;
  }
  const names = entries.map((entry) => entry.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const child = join(path, name);
    if (basename(child).startsWith('.')) {
      yield inputSkipped(child, 'hidden');
      continue;
    }
    yield* readPath(child, options, true, walk);
  }
}
