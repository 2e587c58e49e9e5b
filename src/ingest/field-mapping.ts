import { DyadError } from '../core/errors.js';
import type { FieldMapping, RecordField } from './types.js';

export const RECORD_FIELDS: readonly RecordField[] = Object.freeze([
  'text',
  'title',
  'published',
  'source',
  'url',
  'id',
]);

/**
 * Where each field is looked for in a JSON record, in order; the first path holding a non-empty
 * string (or, for dates and ids, a number) wins. These fit the VOA stories (`id, url, title,
 * published, text`) and the Wikipedia Current Events items (`date, text, sources[{name,url}]`).
 */
export const DEFAULT_FIELD_MAPPING: Readonly<Record<RecordField, readonly string[]>> = Object.freeze({
  text: Object.freeze(['text', 'body', 'content', 'article', 'story', 'full_text']),
  title: Object.freeze(['title', 'headline']),
  published: Object.freeze([
    'published',
    'date',
    'published_at',
    'publishedAt',
    'pubDate',
    'datePublished',
    'publish_date',
  ]),
  source: Object.freeze([
    'source',
    'source.name',
    'sources.0.name',
    'publisher',
    'publisher.name',
    'site_name',
    'site',
  ]),
  url: Object.freeze(['url', 'link', 'source.url', 'sources.0.url']),
  id: Object.freeze(['id', 'guid', 'uuid']),
});

/** The paths to try for each field: the given mapping over the defaults. */
export function resolveMapping(mapping: FieldMapping = {}): Readonly<Record<RecordField, readonly string[]>> {
  const resolved = { ...DEFAULT_FIELD_MAPPING };
  for (const field of RECORD_FIELDS) {
    const given = mapping[field];
    if (given !== undefined)
      resolved[field] = Object.freeze(typeof given === 'string' ? [given] : [...given]);
  }
  return Object.freeze(resolved);
}

/** Checks a mapping from code or a config file; throws DyadError naming the bad field. */
export function validateMapping(mapping: FieldMapping, input = 'mapping'): FieldMapping {
  for (const [field, paths] of Object.entries(mapping) as [string, unknown][]) {
    if (!(RECORD_FIELDS as readonly string[]).includes(field)) {
      throw new DyadError(input, `unknown field "${field}" (expected one of ${RECORD_FIELDS.join(', ')})`);
    }
    const list = typeof paths === 'string' ? [paths] : paths;
    if (
      !Array.isArray(list) ||
      list.length === 0 ||
      !list.every((p) => typeof p === 'string' && p.trim() !== '')
    ) {
      throw new DyadError(input, `field "${field}" needs a path or a non-empty list of paths`);
    }
  }
  return mapping;
}

/**
 * Reads a mapping written on the command line: `text=body,source=sources.0.name|publisher`
 * (fields separated by commas, alternative paths by `|`).
 */
export function parseFieldMapping(spec: string, input = '--fields'): FieldMapping {
  const mapping: Record<string, string[]> = {};
  for (const part of spec.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) throw new DyadError(input, `"${part.trim()}" is not field=path`);
    const field = part.slice(0, eq).trim();
    mapping[field] = part
      .slice(eq + 1)
      .split('|')
      .map((path) => path.trim())
      .filter((path) => path !== '');
  }
  return validateMapping(mapping, input);
}
