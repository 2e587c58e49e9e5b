/**
 * The one place a user-given path reaches a DuckDB statement that writes a file (COPY ... TO).
 * Audited rules: a non-empty local path of at most 4,096 characters, no control characters,
 * no URL scheme (DuckDB would treat `s3://`, `http://`... as remote file systems), resolved
 * to an absolute path, ending in the expected extension, in a folder that exists, and not a
 * folder itself. The statement binds the result as a parameter (DuckDB 1.5 accepts one in
 * COPY ... TO; duckdb.test.ts pins that), so no path text is ever spliced into SQL.
 */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DyadError } from '../../core/errors.js';

/** True when the text holds a C0 control character or DEL. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;

/** Checks `path` for a file DuckDB will write and returns it absolute; throws DyadError naming `option`. */
export function checkedExportPath(path: string, extension: string, option = '--out'): string {
  const fail = (message: string): never => {
    throw new DyadError(option, message);
  };
  if (typeof path !== 'string' || path.trim() === '') fail('must be a file path');
  if (path.length > 4096) fail('is longer than 4,096 characters');
  if (hasControl(path)) fail('must not contain control characters');
  if (SCHEME.test(path)) fail(`must be a local file, not a URL ("${path.slice(0, 40)}")`);
  const absolute = resolve(path);
  if (!absolute.toLowerCase().endsWith(extension.toLowerCase()))
    fail(`must end in ${extension} (got "${path}")`);
  let parent: ReturnType<typeof statSync> | undefined;
  try {
    parent = statSync(dirname(absolute));
  } catch {
    fail(`folder ${dirname(absolute)} does not exist`);
  }
  if (!parent?.isDirectory()) fail(`${dirname(absolute)} is not a folder`);
  try {
    if (statSync(absolute).isDirectory()) fail(`${absolute} is a folder`);
  } catch (error) {
    if (error instanceof DyadError) throw error;
  }
  return absolute;
}
