/**
 * Reader for Dyad's TSV tables: `#` comment lines, then a header row, then one
 * row per line. Every row with the wrong number of cells is reported.
 */
import type { ParseResult } from './parse-result.js';

export interface TsvRow {
  /** 1-based line number. */
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** Parses a table whose header must contain `required` columns (others are kept). */
export function parseTsv(
  text: string,
  fileName: string,
  required: readonly string[],
): ParseResult<readonly TsvRow[]> {
  const errors: string[] = [];
  const rows: TsvRow[] = [];
  const lines = text.split(/\r?\n/);
  let header: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.length === 0 || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    if (!header) {
      header = cells;
      const missing = required.filter((c) => !cells.includes(c));
      if (missing.length > 0) {
        errors.push(`${fileName}:${i + 1}: header lacks column(s) ${missing.join(', ')}`);
        return { value: [], errors, warnings: [] };
      }
      continue;
    }
    if (cells.length !== header.length) {
      errors.push(`${fileName}:${i + 1}: ${cells.length} cells, expected ${header.length}`);
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((h, k) => (record[h] = cells[k] ?? ''));
    rows.push({ line: i + 1, cells: record });
  }
  if (!header) errors.push(`${fileName}:1: no header row`);
  return { value: rows, errors, warnings: [] };
}

/** A `|`-separated list cell. */
export function listCell(value: string | undefined): string[] {
  return (value ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A number cell; null when empty, NaN reported by the caller. */
export function numberCell(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  return Number(value);
}
