/** File helpers for the data build: read ../shared, write data/ deterministically. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface BuildContext {
  /** Root of the shared reference data (../shared). */
  readonly shared: string;
  /** Output folder (data/). */
  readonly out: string;
  /** Notes printed at the end (what was skipped and why). */
  readonly log: (line: string) => void;
}

export function readShared(ctx: BuildContext, relative: string): string {
  return readFileSync(join(ctx.shared, relative), 'utf8');
}

export function readSharedBytes(ctx: BuildContext, relative: string): Buffer {
  return readFileSync(join(ctx.shared, relative));
}

export function readData(ctx: BuildContext, relative: string): string {
  return readFileSync(join(ctx.out, relative), 'utf8');
}

export function writeData(ctx: BuildContext, relative: string, content: string | Buffer): void {
  const path = join(ctx.out, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** A TSV cell: tabs and newlines would break the format, so they become spaces. */
export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/[\t\r\n]+/g, ' ')
    .trim();
}

/** Writes a TSV table: header row, then rows, `\n` line ends, trailing newline. */
export function tsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return [header.join('\t'), ...rows.map((r) => r.map(cell).join('\t'))].join('\n') + '\n';
}

/** Parses RFC 4180 CSV (quoted fields may hold commas, quotes doubled). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.length > 0));
}

/** CSV rows as records keyed by the header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** TSV rows (after `#` comment lines) as records keyed by the header. */
export function tsvRecords(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0 && !l.startsWith('#'));
  const [header, ...rows] = lines;
  if (!header) return [];
  const keys = header.split('\t');
  return rows.map((r) => {
    const cells = r.split('\t');
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? '']));
  });
}

/** Removes diacritics: "Lukašenka" → "Lukasenka". */
export function asciiFold(s: string): string {
  const spelled: Record<string, string> = {
    ø: 'o',
    Ø: 'O',
    ł: 'l',
    Ł: 'L',
    đ: 'd',
    Đ: 'D',
    ß: 'ss',
    æ: 'ae',
    Æ: 'AE',
    œ: 'oe',
    Œ: 'OE',
    ı: 'i',
    ð: 'd',
    þ: 'th',
  };
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØłŁđĐßæÆœŒıðþ]/g, (c) => spelled[c] ?? c)
    .normalize('NFC');
}

/** Compares strings by UTF-16 code units (locale-independent, deterministic). */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
