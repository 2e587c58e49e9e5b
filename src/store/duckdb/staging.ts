/**
 * Staging files for bulk loads. Rows built in JavaScript (rows.ts) are written to a
 * tab-separated file in a private temporary folder, then DuckDB reads the file with its own
 * CSV reader (C++, parallel) and casts each column to the table's type. This is several
 * times faster than the Node appender, whose per-value conversions dominate a large import.
 *
 * Encoding (read back by `stagedRows`): tab-separated, no header; `\N` is NULL; lists and
 * structs are JSON text; DATE as YYYY-MM-DD; TIMESTAMP as `YYYY-MM-DD HH:MM:SS.mmm` (UTC).
 * The quote character is U+001E (record separator), not `"`: it quotes text holding a tab,
 * a line break, U+001E or the null marker, and is doubled inside. JSON never holds it
 * (JSON.stringify escapes control characters), so JSON, which is full of `"`, is written as
 * it is: nothing to double in JavaScript, and DuckDB's reader stays on its fast path.
 * The first column is the row's ordinal in the input, so the first of repeated keys wins.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBDateValue, type DuckDBConnection } from '@duckdb/node-api';
import type { Cell } from './rows.js';

const NULL = '\\N';
/** The quote (and escape) character of staging files, U+001E; bind it as `$stagingQuote`. */
export const STAGING_QUOTE = '\u001e';
/** True when the text holds a tab, a line break or the quote character. */
function needsQuotes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || c === 0x1e) return true;
  }
  return false;
}

function quoted(text: string): string {
  if (!needsQuotes(text) && text !== NULL) return text;
  return `${STAGING_QUOTE}${text.replaceAll(STAGING_QUOTE, STAGING_QUOTE + STAGING_QUOTE)}${STAGING_QUOTE}`;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A JavaScript Date as a DuckDB TIMESTAMP literal (UTC). */
function timestamp(d: Date): string {
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`
  );
}

/** Encodes one cell as staged text. */
export function stageCell(value: Cell | undefined): string {
  if (value === null || value === undefined) return NULL;
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`cannot stage the number ${value}`);
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return String(value);
    default:
      if (value instanceof DuckDBDateValue) return value.toString();
      if (value instanceof Date) return timestamp(value);
      // JSON text holds no raw control character and starts with [ or {: never quoted.
      return JSON.stringify(value);
  }
}

/** One staged line (without its line end): the ordinal, then the row's cells. */
export function stageLine(ordinal: number, row: readonly (Cell | undefined)[]): string {
  let line = String(ordinal);
  for (const cell of row) line += `\t${stageCell(cell)}`;
  return line;
}

/** Bytes of text encoded before a chunk is handed to the file. */
const CHUNK = 1 << 20;

/**
 * A staging file being written. Each line is encoded to UTF-8 into a 1 MB chunk as soon as
 * it is added, so its string dies young: holding a megabyte of lines as strings until the
 * next write (each line a tree of the cells concatenated into it) made them outlive the
 * young generation, and the garbage collector cost more than the staging itself. Full
 * chunks are written by `drain`, which honours back-pressure.
 */
export class StagingFile {
  private full: Buffer[] = [];
  private chunk: Buffer = Buffer.allocUnsafe(CHUNK);
  private used = 0;
  private readonly out: WriteStream;
  private failure: Error | null = null;
  rows = 0;

  constructor(readonly path: string) {
    this.out = createWriteStream(path);
    this.out.on('error', (error) => {
      this.failure = error;
    });
  }

  add(ordinal: number, row: readonly (Cell | undefined)[]): void {
    this.addLine(stageLine(ordinal, row));
  }

  /** Adds a line already encoded (its ordinal first). */
  addLine(line: string): void {
    // A UTF-16 unit takes at most 3 bytes in UTF-8; one more for the line end.
    const room = line.length * 3 + 1;
    if (this.used + room > this.chunk.length) {
      this.seal();
      if (room > this.chunk.length) this.chunk = Buffer.allocUnsafe(room);
    }
    this.used += this.chunk.write(line, this.used);
    this.chunk[this.used++] = 0x0a;
    this.rows += 1;
  }

  /** Moves the current chunk, if it holds anything, to the ones to write. */
  private seal(): void {
    if (this.used === 0) return;
    this.full.push(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(CHUNK);
    this.used = 0;
  }

  /** Writes the full chunks (all that is buffered when `force`); waits while the stream is full. */
  async drain(force = false): Promise<void> {
    if (this.failure) throw this.failure;
    if (force) this.seal();
    const chunks = this.full;
    this.full = [];
    for (const chunk of chunks) {
      if (!this.out.write(chunk)) await once(this.out, 'drain');
      if (this.failure) throw this.failure;
    }
  }

  async close(): Promise<void> {
    await this.drain(true);
    this.out.end();
    await once(this.out, 'finish');
    if (this.failure) throw this.failure;
  }

  /** Closes without waiting (after a failure elsewhere). */
  abandon(): void {
    this.out.destroy();
  }
}

/** A private temporary folder for staging files, removed by `release`. */
export async function stagingFolder(): Promise<{ dir: string; release(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dyad-import-'));
  return { dir, release: () => rm(dir, { recursive: true, force: true }) };
}

/** A table's column names and DuckDB types, in order, from DuckDB's catalog. */
export async function tableTypes(
  conn: DuckDBConnection,
  table: string,
): Promise<readonly { readonly name: string; readonly type: string }[]> {
  const reader = await conn.runAndReadAll(
    `SELECT column_name, data_type FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = 'main' AND table_name = $table
     ORDER BY column_index`,
    { table },
  );
  return reader.getRows().map((r) => ({ name: String(r[0]), type: String(r[1]) }));
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const TYPE = /^[A-Za-z0-9_(), "[\]]*$/;

/**
 * The SELECT list and FROM clause reading a staging file back as the table's columns.
 * Identifiers and types come from Dyad's own schema (checked against strict patterns
 * anyway); the file path is the bound parameter `pathParam`, the quote character the
 * parameter `stagingQuote` (bind STAGING_QUOTE).
 */
export function stagedRows(
  columns: readonly { readonly name: string; readonly type: string }[],
  pathParam: string,
): { select: string; from: string } {
  const names = ['ord', ...columns.map((c) => c.name)];
  for (const c of columns) {
    if (!IDENTIFIER.test(c.name) || !TYPE.test(c.type))
      throw new Error(`unexpected column ${c.name} ${c.type}`);
  }
  const spec = names.map((n) => `'${n}': 'VARCHAR'`).join(', ');
  const from = `read_csv($${pathParam}, delim = '\t', header = false, quote = $stagingQuote,
    escape = $stagingQuote, nullstr = '\\N', allow_quoted_nulls = false, auto_detect = false,
    new_line = '\\n', max_line_size = 67108864, columns = {${spec}})`;
  const cast = (c: { name: string; type: string }): string => {
    if (c.type === 'VARCHAR') return `"${c.name}"`;
    if (c.type === 'JSON') return `CAST("${c.name}" AS JSON) AS "${c.name}"`;
    if (c.type.endsWith('[]') || c.type.startsWith('STRUCT') || c.type.startsWith('MAP')) {
      return `CAST(CAST("${c.name}" AS JSON) AS ${c.type}) AS "${c.name}"`;
    }
    return `CAST("${c.name}" AS ${c.type}) AS "${c.name}"`;
  };
  return { select: ['CAST(ord AS BIGINT) AS ord', ...columns.map(cast)].join(', '), from };
}
