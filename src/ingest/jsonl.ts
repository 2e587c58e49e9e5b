import { buildArticle } from './build-article.js';
import { resolveMapping } from './field-mapping.js';
import { isRecord, valueAtPath } from './json-path.js';
import { inputError } from './origin.js';
import type { InputResult, Origin, ParseOptions, RecordField } from './types.js';

/**
 * One JSON Lines line: an article, an error for this line (malformed JSON, not an object, no text),
 * or null for a blank line. `origin.line` should be the line number.
 */
export function parseJsonlLine(line: string, origin: Origin, options: ParseOptions = {}): InputResult | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return inputError(origin, jsonProblem(error));
  }
  if (!isRecord(value))
    return inputError(origin, `not a JSON object (${Array.isArray(value) ? 'an array' : typeof value})`);
  return parseRecord(value, origin, options);
}

/** A whole JSON Lines text (an API body, say); line numbers count from 1. */
export function parseJsonlText(text: string, origin: Origin, options: ParseOptions = {}): InputResult[] {
  const results: InputResult[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const result = parseJsonlLine(
      index === 0 ? line.replace(/^\uFEFF/, '') : line,
      { path: origin.path, line: index + 1 },
      options,
    );
    if (result) results.push(result);
  }
  return results.length > 0 ? results : [inputError(origin, 'no JSON Lines records')];
}

/** A parsed JSON record, read through the field mapping. */
export function parseRecord(
  record: Record<string, unknown>,
  origin: Origin,
  options: ParseOptions = {},
): InputResult {
  const mapping = resolveMapping(options.mapping);
  const field = (name: RecordField, numbers: boolean): string | null => {
    for (const path of mapping[name]) {
      const value = valueAtPath(record, path);
      if (typeof value === 'string' && value.trim() !== '') return value;
      if (numbers && typeof value === 'number' && Number.isFinite(value)) return String(value);
    }
    return null;
  };
  const text = field('text', false);
  if (text === null) return inputError(origin, `no text (looked for ${mapping.text.join(', ')})`);
  return buildArticle(
    {
      text,
      title: field('title', false),
      published: field('published', true),
      source: field('source', false),
      url: field('url', false),
      externalId: field('id', true),
    },
    origin,
    options,
  );
}

/** The parser's reason (`unterminated string at position 20`), without echoing the line's content. */
function jsonProblem(error: unknown): string {
  const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  const message = firstLine
    .replace(/, ".*" is not valid JSON$/, '')
    .replace(/ in JSON\b/, '')
    .trim();
  if (message === '') return 'malformed JSON';
  const reason = message.length > 80 ? `${message.slice(0, 77)}...` : message;
  return `malformed JSON: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
}
