/**
 * A tab-separated row held as its line and the offsets of its fields, so that the event
 * parser makes a string only of the fields it keeps (a GDELT 2.0 row has 61; splitting it
 * into 61 strings costs more than the rest of the parse), compares the others in place, and
 * takes a run of adjacent fields as one cache key (`span`).
 */

/** Rows with more fields than this are only counted (no layout has as many). */
export const MAX_FIELDS = 64;

export interface FieldRow {
  readonly text: string;
  /** starts[i] is where field i begins; starts[count] is text.length + 1 (when count ≤ MAX_FIELDS). */
  readonly starts: Int32Array;
  readonly count: number;
  /**
   * Whether `span` identifies its fields: true for a line split on tabs; false when fields
   * given one by one contain a tab themselves (a quoted CSV cell), so that two different
   * runs of fields could join to the same text.
   */
  readonly exactKeys: boolean;
}

/** Scratch offsets for `rowOfLine`, one per reader (a row is parsed before the next is read). */
export function newOffsets(): Int32Array {
  return new Int32Array(MAX_FIELDS + 1);
}

/** The row of a tab-separated line; `starts` is overwritten. */
export function rowOfLine(text: string, starts: Int32Array): FieldRow {
  let count = 1;
  starts[0] = 0;
  for (let at = text.indexOf('\t'); at >= 0; at = text.indexOf('\t', at + 1)) {
    if (count < MAX_FIELDS) starts[count] = at + 1;
    count++;
  }
  if (count <= MAX_FIELDS) starts[count] = text.length + 1;
  return { text, starts, count, exactKeys: true };
}

/** The row of fields given one by one (a CSV record, a test's array). */
export function rowOfFields(fields: readonly string[]): FieldRow {
  const starts = new Int32Array(Math.max(fields.length, MAX_FIELDS) + 1);
  let at = 0;
  let exactKeys = true;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as string;
    starts[i] = at;
    at += field.length + 1;
    if (exactKeys && field.includes('\t')) exactKeys = false;
  }
  starts[fields.length] = at;
  return { text: fields.join('\t'), starts, count: fields.length, exactKeys };
}

/** Field i's text (i < count ≤ MAX_FIELDS). */
export function field(row: FieldRow, i: number): string {
  return row.text.slice(row.starts[i] as number, (row.starts[i + 1] as number) - 1);
}

export function fieldLength(row: FieldRow, i: number): number {
  return (row.starts[i + 1] as number) - 1 - (row.starts[i] as number);
}

export function isEmpty(row: FieldRow, i: number): boolean {
  return row.starts[i + 1] === (row.starts[i] as number) + 1;
}

/** Whether fields from..to (inclusive) are all empty: nothing between them but their tabs. */
export function allEmpty(row: FieldRow, from: number, to: number): boolean {
  return (row.starts[to + 1] as number) - 1 - (row.starts[from] as number) === to - from;
}

/** Whether field i is exactly `value`, without making a string of it. */
export function fieldEquals(row: FieldRow, i: number, value: string): boolean {
  const start = row.starts[i] as number;
  return (row.starts[i + 1] as number) - 1 - start === value.length && row.text.startsWith(value, start);
}

/** Fields from..to (inclusive) as written, tabs between them. */
export function span(row: FieldRow, from: number, to: number): string {
  return row.text.slice(row.starts[from] as number, (row.starts[to + 1] as number) - 1);
}
