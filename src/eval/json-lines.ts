/** Reading JSON and JSON Lines gold files, collecting every bad line as `file:line: problem`. */
import type { z } from 'zod';

export interface Parsed<T> {
  readonly value: T;
  readonly errors: readonly string[];
}

/** The first zod issue as `path: message`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid record';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** Parses every non-blank line with `schema`; bad lines become errors. */
export function parseJsonLines<T>(
  text: string,
  file: string,
  schema: z.ZodType<T>,
): Parsed<{ line: number; record: T }[]> {
  const out: { line: number; record: T }[] = [];
  const errors: string[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      errors.push(`${file}:${index + 1}: not valid JSON`);
      continue;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) errors.push(`${file}:${index + 1}: ${describeIssue(parsed.error)}`);
    else out.push({ line: index + 1, record: parsed.data });
  }
  return { value: out, errors };
}
