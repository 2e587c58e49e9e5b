import type { Article } from '../core/types.js';

/** Where a piece of input came from: a path, a URL, or "stdin", and the line for line-based formats. */
export interface Origin {
  readonly path: string;
  readonly line?: number;
}

/**
 * One result of reading input. Errors and skips never stop a batch.
 * - `article`: `warnings` are whole lines naming the input (`file[:line]: ...`).
 * - `error`: `input` names the file (`file` or `file:line`), `message` says what is wrong (one line,
 *   without the input; print `${input}: ${message}`).
 * - `skipped`: a folder entry left out on purpose (hidden, binary), with the reason.
 */
export type InputResult =
  | {
      readonly kind: 'article';
      readonly article: Article;
      readonly warnings: readonly string[];
      /** The record's own id (JSONL `id`, feed `guid`/`id`) when it has one; not the article id. */
      readonly externalId?: string;
    }
  | { readonly kind: 'error'; readonly input: string; readonly message: string }
  | { readonly kind: 'skipped'; readonly input: string; readonly reason: string };

/** Article fields that can be read from a JSON record. */
export type RecordField = 'text' | 'title' | 'published' | 'source' | 'url' | 'id';

/**
 * Where each field is found in a JSON record: a dotted path (`sources.0.name`) or a list of paths
 * tried in order. Fields left out keep their default candidates.
 */
export type FieldMapping = { readonly [K in RecordField]?: string | readonly string[] };

/**
 * `override`: the date given by the user wins over the file's date (default).
 * `fallback`: the user's date is used only when the input has no usable date.
 */
export type PublishedPolicy = 'override' | 'fallback';

/** Options the pure per-format parsers take. */
export interface ParseOptions {
  /** A publication date given by the user (`--published`), in any accepted date format. */
  readonly published?: string;
  readonly publishedPolicy?: PublishedPolicy;
  /** Field names for JSON Lines records. */
  readonly mapping?: FieldMapping;
  /** The URL the content was fetched from: resolves relative links, and gives the source host. */
  readonly baseUrl?: string;
}

/** Options for `readInputs`. */
export interface IngestOptions extends ParseOptions {
  /** Largest file read whole, in bytes (default 20 MB). JSON Lines files are streamed: the limit applies per line. */
  readonly maxBytes?: number;
  /** Timeout for fetching a URL, in milliseconds (default 30 s). */
  readonly timeoutMs?: number;
  /** What `-` reads (default process.stdin). */
  readonly stdin?: AsyncIterable<Uint8Array>;
}

/** What a format parser found, before normalisation and validation. Dates are raw strings. */
export interface ArticleDraft {
  readonly text: string;
  readonly title?: string | null;
  readonly source?: string | null;
  readonly url?: string | null;
  readonly published?: string | null;
  readonly externalId?: string | null;
}
