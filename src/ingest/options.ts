import { DyadError } from '../core/errors.js';
import { validateMapping } from './field-mapping.js';
import { parsePublishedDate } from './published-date.js';
import type { IngestOptions, ParseOptions } from './types.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Options checked once, with defaults filled in. */
export interface ResolvedOptions {
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly stdin: AsyncIterable<Uint8Array>;
  /** What the parsers get; `published` is already YYYY-MM-DD. */
  readonly parse: ParseOptions;
}

/** Checks the options (throws DyadError naming the bad one) and fills in defaults. */
export function resolveIngestOptions(options: IngestOptions = {}): ResolvedOptions {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (!Number.isInteger(maxBytes) || maxBytes <= 0)
    throw new DyadError('maxBytes', 'must be a positive whole number');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new DyadError('timeoutMs', 'must be a positive number');
  let published: string | undefined;
  if (options.published !== undefined) {
    const date = parsePublishedDate(options.published);
    if (date === null) {
      throw new DyadError('--published', `unrecognised date "${options.published}" (use YYYY-MM-DD)`);
    }
    published = date;
  }
  const policy = options.publishedPolicy ?? 'override';
  if (policy !== 'override' && policy !== 'fallback') {
    throw new DyadError('publishedPolicy', `must be "override" or "fallback", not "${String(policy)}"`);
  }
  const mapping = options.mapping === undefined ? undefined : validateMapping(options.mapping);
  const parse: ParseOptions = Object.freeze({
    ...(published === undefined ? {} : { published }),
    publishedPolicy: policy,
    ...(mapping === undefined ? {} : { mapping }),
    ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl }),
  });
  return Object.freeze({ maxBytes, timeoutMs, stdin: options.stdin ?? process.stdin, parse });
}
