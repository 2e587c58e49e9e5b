/**
 * Ingest: raw inputs (text, Markdown, HTML, JSON Lines, RSS/Atom, URLs, folders, stdin) to Article
 * records. See README.md in this folder for formats, defaults and decisions.
 */
export type {
  ArticleDraft,
  FieldMapping,
  IngestOptions,
  InputResult,
  Origin,
  ParseOptions,
  PublishedPolicy,
  RecordField,
} from './types.js';
export type { Format } from './format.js';
export { readInputs, STDIN_PATH } from './read-inputs.js';
export { resolveIngestOptions, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './options.js';
export { parseContent } from './parse-content.js';
export { parsePlainText, parseMarkdown } from './text.js';
export { parseHtml } from './html.js';
export { parseJsonlLine, parseJsonlText, parseRecord } from './jsonl.js';
export { parseFeed } from './feed.js';
export { buildArticle } from './build-article.js';
export { parsePublishedDate } from './published-date.js';
export { detectLanguage } from './language.js';
export { normaliseText } from './normalise.js';
export { contentId } from './content-id.js';
export { sniffFormat, formatFromPath, formatFromContentType } from './format.js';
export { decodeBytes } from './bytes.js';
export { DEFAULT_FIELD_MAPPING, parseFieldMapping, validateMapping } from './field-mapping.js';
export { describeOrigin, describeResult } from './origin.js';
