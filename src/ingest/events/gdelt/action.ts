/**
 * GDELT's action columns IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass and
 * GoldsteinScale (25–30, the same in every layout) → the event's code, root, quad class and
 * Goldstein score, and which of the columns go to `extra` as written. Like actor and geography
 * blocks, they depend on their text alone and repeat heavily (170 distinct among the 2,111 rows
 * of the 15-minute export), so the row parser keeps results per import run by the columns'
 * text; one look-up then stands for two slices, two comparisons in place, a number parse and
 * two smaller caches.
 */
import type { QuadClass } from '../../../core/types.js';
import { allDigits, oneDecimal, parseDecimal, parseInteger, quadOfCode } from '../fields.js';
import { field, fieldEquals, isEmpty, type FieldRow } from './row.js';

export const ACTION_FIRST = 25;
export const ACTION_LAST = 30;

export interface ActionBlock {
  readonly code: string;
  readonly root: string;
  readonly quad: QuadClass | null;
  readonly goldstein: number | null;
  /** Columns (not offsets) whose text goes to `extra`, in the order kept. */
  readonly keep: readonly number[];
}

const numberText = (value: number | null): string => (value === null ? '' : String(value));

/**
 * Parses columns 25–30; a malformed value gives a one-line reason, the first in column order
 * of EventCode, QuadClass, GoldsteinScale. EventBaseCode and EventRootCode are kept unless
 * they are the code's first three and two digits, QuadClass unless it is written as its
 * number renders (or, when empty, unless the code's root has no quad class), GoldsteinScale
 * unless written with one decimal ("-2.0").
 */
export function parseActionBlock(row: FieldRow): ActionBlock | string {
  const code = field(row, 26);
  if (code.length < 2 || code.length > 4 || !allDigits(code))
    return `invalid EventCode "${code.slice(0, 40)}"`;
  const keep: number[] = [];
  if (!fieldEquals(row, 27, code.slice(0, 3))) keep.push(27);
  if (!fieldEquals(row, 28, code.slice(0, 2))) keep.push(28);
  if (!isEmpty(row, 25)) keep.push(25);

  const quadText = field(row, 29);
  const quad = quadText === '' ? null : parseInteger(quadText);
  if (quadText !== '' && (quad === null || quad < 1 || quad > 4))
    return `invalid QuadClass "${quadText.slice(0, 40)}"`;
  if (!fieldEquals(row, 29, quad === null ? numberText(quadOfCode(code)) : String(quad))) keep.push(29);

  const goldsteinText = field(row, 30);
  const goldstein = goldsteinText === '' ? null : parseDecimal(goldsteinText);
  if (goldstein === null && goldsteinText !== '')
    return `non-numeric GoldsteinScale "${goldsteinText.slice(0, 40)}"`;
  if (goldstein !== null && oneDecimal(goldstein) !== goldsteinText) keep.push(30);
  return { code, root: code.slice(0, 2), quad: quad as QuadClass | null, goldstein, keep };
}
