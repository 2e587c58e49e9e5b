import { decodeBytes, htmlMetaCharset, tooLargeMessage } from './bytes.js';
import { charsetFromContentType, formatFromContentType, formatFromPath } from './format.js';
import type { Format } from './format.js';
import type { ResolvedOptions } from './options.js';
import { inputError } from './origin.js';
import { parseContent } from './parse-content.js';
import { readStreamBytes } from './read-stream.js';
import type { InputResult } from './types.js';

const ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.9, ' +
  'text/markdown;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5';

/**
 * An http(s) URL fetched with the global fetch (redirects followed), within the timeout and the size
 * limit, then read as HTML, a feed, text or JSON Lines by its Content-Type (else its path's
 * extension, else the content). The article's url falls back to the final URL, its source to the host.
 */
export async function* readUrl(url: string, options: ResolvedOptions): AsyncGenerator<InputResult> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: ACCEPT, 'user-agent': 'dyad' },
    });
  } catch (error) {
    yield inputError(url, fetchFailure(error, options.timeoutMs));
    return;
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    yield inputError(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    return;
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    yield inputError(url, tooLargeMessage(declared, options.maxBytes));
    return;
  }
  let bytes: Uint8Array;
  try {
    const read = response.body
      ? await readStreamBytes(response.body, options.maxBytes)
      : { ok: true as const, bytes: new Uint8Array() };
    if (!read.ok) {
      await response.body?.cancel().catch(() => undefined);
      yield inputError(url, tooLargeMessage(null, options.maxBytes));
      return;
    }
    bytes = read.bytes;
  } catch (error) {
    yield inputError(url, fetchFailure(error, options.timeoutMs));
    return;
  }
  const contentType = response.headers.get('content-type');
  const finalUrl = response.url || url;
  const format: Format | null = formatFromContentType(contentType) ?? pathFormat(finalUrl);
  const charset =
    charsetFromContentType(contentType) ??
    (format === 'html' || format === null ? htmlMetaCharset(bytes) : null);
  const decoded = decodeBytes(bytes, charset);
  if (!decoded.ok) {
    yield inputError(url, decoded.message === 'empty file' ? 'empty response' : decoded.message);
    return;
  }
  yield* parseContent(decoded.text, { path: url }, { ...options.parse, baseUrl: finalUrl, format });
}

function pathFormat(url: string): Format | null {
  try {
    return formatFromPath(new URL(url).pathname);
  } catch {
    return null;
  }
}

function fetchFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `timed out after ${timeoutMs / 1000} s`;
  }
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const detail =
    typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : null;
  const message = error instanceof Error ? error.message : String(error);
  return `fetch failed (${detail ?? message})`;
}
