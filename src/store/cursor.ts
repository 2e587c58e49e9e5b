import { DyadError } from '../core/errors.js';

/** A keyset position: the sort values of the last row of a page. */
export type CursorKey = readonly (string | number)[];

/**
 * Encodes the sort key of a page's last row as an opaque cursor. `tag` names the
 * listing so a cursor from one listing is refused by another.
 */
export function encodeCursor(tag: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([tag, ...key]), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by `encodeCursor` for the same listing. `shape` gives the
 * expected type of each key part. Throws DyadError('cursor', ...) on anything else.
 */
export function decodeCursor(
  tag: string,
  cursor: string,
  shape: readonly ('string' | 'number')[],
): (string | number)[] {
  const refuse = (): never => {
    throw new DyadError('cursor', 'not a cursor returned by this listing');
  };
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length + 1 || parsed[0] !== tag) refuse();
  const key = (parsed as unknown[]).slice(1);
  key.forEach((part, i) => {
    const want = shape[i];
    if (want === 'number' ? !Number.isSafeInteger(part) : typeof part !== 'string') refuse();
  });
  return key as (string | number)[];
}
