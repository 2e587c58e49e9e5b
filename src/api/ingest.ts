/**
 * POST /api/ingest: the pipeline of `dyad ingest` over a request body — parse the body
 * into articles, read and code each, store the bundles (each all-or-nothing).
 */
import { describeError } from '../core/errors.js';
import type { Article } from '../core/types.js';
import { parseContent, parseRecord, type Format, type InputResult } from '../ingest/index.js';
import { tryAnalyzeGroup, type Analyzer } from '../pipeline/analyze.js';
import { groupArticles } from '../pipeline/group.js';
import type { ArticleBundle, Store } from '../store/types.js';
import { ApiError } from './errors.js';

/** What ingesting needs: the analyzer and the reader version stamped on the bundles. */
export interface IngestEngine {
  readonly analyzer: Analyzer;
  readonly readerVersion: string;
}

export interface IngestOptions {
  readonly published?: string;
  readonly format?: 'text' | 'markdown' | 'html' | 'jsonl' | 'feed';
  readonly title?: string;
}

const ORIGIN = { path: 'request' };

/** The body's format from the `format` parameter, else the Content-Type; null means "sniff". */
export function bodyFormat(
  contentType: string | undefined,
  format: IngestOptions['format'],
): Format | 'json' | null {
  if (format) return format;
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  switch (type) {
    case '':
      return null;
    case 'text/plain':
      return 'text';
    case 'text/markdown':
    case 'text/x-markdown':
      return 'markdown';
    case 'text/html':
      return 'html';
    case 'application/x-ndjson':
    case 'application/jsonl':
    case 'application/x-jsonlines':
    case 'application/jsonlines':
      return 'jsonl';
    case 'application/json':
      return 'json';
    case 'application/rss+xml':
    case 'application/atom+xml':
    case 'application/xml':
    case 'text/xml':
      return 'feed';
    default:
      throw new ApiError(415, 'Content-Type', `unsupported body type "${type}"`);
  }
}

/** Articles (and per-record errors) from a body. Throws ApiError 400 on a malformed JSON body. */
export function parseBody(
  body: string,
  format: Format | 'json' | null,
  options: IngestOptions,
): InputResult[] {
  const parse = {
    ...(options.published ? { published: options.published, publishedPolicy: 'fallback' as const } : {}),
  };
  if (format !== 'json') return parseContent(body, ORIGIN, { ...parse, format });
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    throw new ApiError(400, 'body', `malformed JSON: ${describeError(error)}`);
  }
  const records = Array.isArray(value) ? value : [value];
  if (records.length === 0) throw new ApiError(400, 'body', 'an empty JSON array');
  return records.map((r, i) => {
    const origin = { path: ORIGIN.path, line: i + 1 };
    if (r === null || typeof r !== 'object' || Array.isArray(r)) {
      return { kind: 'error', input: `request:${i + 1}`, message: 'not a JSON object' } as const;
    }
    return parseRecord(r as Record<string, unknown>, origin, parse);
  });
}

export interface IngestSummary {
  readonly articles: {
    id: string;
    title: string | null;
    status: 'new' | 'unchanged' | 'updated' | 'failed';
    events: number;
    facts: number;
    designations: number;
    error?: string;
  }[];
  readonly errors: { input: string; message: string }[];
}

export async function ingestBody(
  store: Store,
  engine: IngestEngine,
  body: string,
  contentType: string | undefined,
  options: IngestOptions,
): Promise<IngestSummary> {
  const results = parseBody(body, bodyFormat(contentType, options.format), options);
  const errors: { input: string; message: string }[] = [];
  const articles: Article[] = [];
  for (const r of results) {
    if (r.kind === 'error') errors.push({ input: r.input, message: r.message });
    else if (r.kind === 'article') articles.push(r.article);
  }
  if (articles.length === 0) {
    const first = errors[0];
    throw new ApiError(400, 'body', first ? `${first.input}: ${first.message}` : 'no article in the body');
  }
  if (options.title !== undefined && articles.length === 1) {
    articles[0] = Object.freeze({ ...articles[0]!, title: options.title });
  }
  const bundles: ArticleBundle[] = [];
  for (const group of groupArticles(articles)) {
    const outcomes = tryAnalyzeGroup(engine.analyzer, group);
    for (const [i, article] of group.entries()) {
      const outcome = outcomes[i]!;
      if (outcome.ok) bundles.push({ article, readerVersion: engine.readerVersion, ...outcome.analysis });
      else errors.push({ input: `article ${article.id}`, message: `could not be read: ${outcome.message}` });
    }
  }
  const stored = await store.putArticles(bundles);
  return {
    articles: stored.map((r, i) => {
      const b = bundles[i]!;
      const base = {
        id: b.article.id,
        title: b.article.title,
        events: b.events?.length ?? 0,
        facts: b.facts?.length ?? 0,
        designations: b.designations?.length ?? 0,
      };
      return r.status === 'failed'
        ? { ...base, status: 'failed' as const, error: describeError(r.error) }
        : { ...base, status: r.status };
    }),
    errors,
  };
}
