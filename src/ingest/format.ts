import { extname } from 'node:path';

/** The input formats Dyad reads. */
export type Format = 'text' | 'markdown' | 'html' | 'jsonl' | 'feed';

const BY_EXTENSION: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
};

/** Extensions of files that are never text: skipped in folders without being read. */
const BINARY_EXTENSIONS = new Set(
  (
    '.png .jpg .jpeg .gif .webp .bmp .ico .tif .tiff .heic .pdf .zip .gz .tgz .bz2 .xz .7z .rar .zst .tar ' +
    '.doc .docx .xls .xlsx .ppt .pptx .odt .ods .epub .mp3 .mp4 .m4a .wav .ogg .webm .mov .avi .mkv .flac ' +
    '.woff .woff2 .ttf .otf .exe .dll .so .dylib .bin .class .jar .pyc .o .a .wasm .sqlite .db .duckdb ' +
    '.parquet .arrow .feather .pkl .npy .npz'
  ).split(' '),
);

/**
 * The format an extension names, or null for unknown ones (sniffed from the content). `.xml`
 * is sniffed too: a feed, or XHTML.
 */
export function formatFromPath(path: string): Format | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

export function hasBinaryExtension(path: string): boolean {
  return BINARY_EXTENSIONS.has(extname(path).toLowerCase());
}

/** The format a Content-Type header names, or null when it says nothing useful. */
export function formatFromContentType(contentType: string | null): Format | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'application/rss+xml' || type === 'application/atom+xml' || type === 'application/rdf+xml') {
    return 'feed';
  }
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/x-jsonlines') {
    return 'jsonl';
  }
  if (type === 'text/plain') return 'text';
  return null;
}

/** The charset a Content-Type header names, or null. */
export function charsetFromContentType(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return m?.[1] ?? null;
}

/**
 * Guesses the format from the text itself: markup whose root is rss/feed/rdf:RDF is a feed, other
 * markup is HTML; a first line holding a JSON object means JSON Lines; a front matter block or a
 * `# heading` first line means Markdown; anything else is plain text. (A whole JSON document
 * is reported as `json`, which Dyad does not read.)
 */
export function sniffFormat(text: string): Format | 'json' {
  const head = text
    .slice(0, 8192)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('<')) {
    const root = rootElementName(head);
    if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'feed';
    if (root === 'html' || !head.startsWith('<?xml')) return 'html';
    return 'feed';
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    const firstLine = head.split('\n', 1)[0] ?? '';
    if (head.startsWith('{') && isJsonObject(firstLine)) return 'jsonl';
    if (isJson(text)) return 'json';
  }
  if (/^---[ \t]*\r?\n/.test(head) || /^#{1,6}[ \t]+\S/.test(head)) return 'markdown';
  return 'text';
}

/** The lower-case name of the first element, past the XML declaration, comments and doctype. */
function rootElementName(head: string): string | null {
  const m =
    /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>))*\s*<([A-Za-z][\w.:-]*)/i.exec(
      head,
    );
  return m?.[1]?.toLowerCase() ?? null;
}

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
