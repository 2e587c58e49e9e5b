/**
 * Output of the query commands (events, facts, designations): JSON lines, CSV (RFC 4180)
 * or an aligned text table, written row by row as pages arrive.
 */
import { DyadError } from '../../core/errors.js';
import { csvField } from '../../export/index.js';

export type OutputFormat = 'jsonl' | 'csv' | 'table';

export function parseFormat(value: string): OutputFormat {
  if (value === 'jsonl' || value === 'csv' || value === 'table') return value;
  throw new DyadError('--format', `must be jsonl, csv or table; got "${value}"`);
}

export interface Column<T> {
  readonly name: string;
  readonly value: (row: T) => string | number | null;
  /** Widest a table cell gets (longer text is cut with …). */
  readonly max?: number;
}

/** Writes rows in a format; for tables, rows are buffered to align the columns. */
export class RowWriter<T> {
  private readonly buffered: string[][] = [];
  private started = false;

  constructor(
    private readonly format: OutputFormat,
    private readonly columns: readonly Column<T>[],
    private readonly json: (row: T) => unknown,
    private readonly write: (text: string) => void = (t) => process.stdout.write(t),
  ) {}

  add(row: T): void {
    if (this.format === 'jsonl') {
      this.write(`${JSON.stringify(this.json(row))}\n`);
      return;
    }
    const cells = this.columns.map((c) => {
      const v = c.value(row);
      return v === null ? '' : String(v);
    });
    if (this.format === 'csv') {
      if (!this.started) this.write(`${this.columns.map((c) => csvField(c.name)).join(',')}\r\n`);
      this.started = true;
      this.write(`${cells.map((c) => csvField(c)).join(',')}\r\n`);
      return;
    }
    this.buffered.push(
      cells.map((c, i) => {
        const max = this.columns[i]!.max ?? 40;
        const flat = c.replace(/\s+/g, ' ');
        return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
      }),
    );
  }

  end(): void {
    if (this.format === 'csv' && !this.started) {
      this.write(`${this.columns.map((c) => csvField(c.name)).join(',')}\r\n`);
    }
    if (this.format !== 'table') return;
    const header = this.columns.map((c) => c.name);
    const widths = header.map((h, i) => Math.max(h.length, ...this.buffered.map((r) => r[i]!.length)));
    const line = (cells: readonly string[]) =>
      cells
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd();
    this.write(`${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
    for (const r of this.buffered) this.write(`${line(r)}\n`);
  }
}

/** `CHN-BLR` → ['CHN', 'BLR']. */
export function parseDyadOption(value: string): [string, string] {
  const m = /^([A-Z][A-Z0-9]{2,15})-([A-Z][A-Z0-9]{2,15})$/.exec(value.trim().toUpperCase());
  if (!m) throw new DyadError('--dyad', `must be two actor keys joined by "-", e.g. CHN-BLR; got "${value}"`);
  return [m[1]!, m[2]!];
}

export function parseActorOption(name: string, value: string): string {
  const key = value.trim().toUpperCase();
  if (!/^[A-Z][A-Z0-9]{2,15}$/.test(key))
    throw new DyadError(name, `must be an actor key like CHN or IGOEUREEC; got "${value}"`);
  return key;
}

export function parseCount(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1)
    throw new DyadError(name, `must be a positive integer, got "${value}"`);
  return n;
}

export function checkRange(from: string | undefined, to: string | undefined): void {
  if (from !== undefined && to !== undefined && from > to) {
    throw new DyadError('--to', `must not be before --from (${from} > ${to})`);
  }
}
