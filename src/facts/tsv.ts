/**
 * Reader for the facts stage's TSV tables: `#` comment lines, one header row, then one row per line.
 * Problems are collected as `file:line: message` strings; the loaders turn them into a DyadError.
 */
import { DyadError } from '../core/errors.js';

export interface TsvRow {
  /** 1-based line number. */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

export interface Parsed<T> {
  readonly value: T;
  readonly errors: readonly string[];
}

/** Parses a table whose header must hold `columns` (in any order; others are ignored). */
export function parseTsv(text: string, file: string, columns: readonly string[]): Parsed<readonly TsvRow[]> {
  const errors: string[] = [];
  const rows: TsvRow[] = [];
  let header: readonly string[] | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim().length === 0 || raw.startsWith('#')) continue;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!header) {
      const missing = columns.filter((c) => !cells.includes(c));
      if (missing.length > 0) {
        errors.push(`${file}:${i + 1}: header lacks column(s) ${missing.join(', ')}`);
        return { value: [], errors };
      }
      header = cells;
      continue;
    }
    if (cells.length !== header.length) {
      errors.push(`${file}:${i + 1}: ${cells.length} cells, expected ${header.length}`);
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((name, k) => (record[name] = cells[k] ?? ''));
    rows.push({ line: i + 1, cells: record });
  }
  if (!header) errors.push(`${file}:1: no header row`);
  return { value: rows, errors };
}

/** A `|`-separated list cell; `-` or empty is the empty list. */
export function listCell(value: string | undefined): string[] {
  if (value === undefined || value === '-') return [];
  return value
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Throws one DyadError naming the first bad line and how many problems there were. */
export function throwIfErrors(errors: readonly string[]): void {
  const first = errors[0];
  if (first === undefined) return;
  const at = first.indexOf(': ');
  const input = at > 0 ? first.slice(0, at) : first;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more: ${errors.slice(1, 4).join('; ')})` : '';
  throw new DyadError(input, `${first.slice(at + 2)}${more}`);
}

/** Problems in file and line order. */
export function sortedErrors(errors: readonly string[]): string[] {
  const key = (e: string): [string, number] => {
    const m = /^(.*):(\d+): /.exec(e);
    return m ? [m[1] ?? '', Number(m[2])] : [e, 0];
  };
  return [...errors].sort((a, b) => {
    const [fa, la] = key(a);
    const [fb, lb] = key(b);
    return fa === fb ? la - lb : fa < fb ? -1 : 1;
  });
}
