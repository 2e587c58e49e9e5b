import { DyadError } from '../core/errors.js';

/** Validates a YYYY-MM-DD (or YYYYMMDD) option value and returns it as YYYY-MM-DD. */
export function parseDateOption(name: string, value: string): string {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  if (m) {
    const iso = `${m[1]}-${m[2]}-${m[3]}`;
    const d = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso) return iso;
  }
  throw new DyadError(name, `"${value}" is not a date (use YYYY-MM-DD)`);
}
