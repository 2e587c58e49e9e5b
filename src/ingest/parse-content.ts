import { parseFeed } from './feed.js';
import type { Format } from './format.js';
import { sniffFormat } from './format.js';
import { parseHtml } from './html.js';
import { parseJsonlText } from './jsonl.js';
import { inputError } from './origin.js';
import { parseMarkdown, parsePlainText } from './text.js';
import type { InputResult, Origin, ParseOptions } from './types.js';

/**
 * Text already in memory (a file read whole, stdin, a fetched page, an API body) in the given
 * format, or sniffed when none is given. Never throws.
 */
export function parseContent(
  text: string,
  origin: Origin,
  options: ParseOptions & { readonly format?: Format | null } = {},
): InputResult[] {
  if (text.trim() === '') return [inputError(origin, 'empty (whitespace only)')];
  const format = options.format ?? sniffFormat(text);
  try {
    switch (format) {
      case 'text':
        return [parsePlainText(text, origin, options)];
      case 'markdown':
        return [parseMarkdown(text, origin, options)];
      case 'html':
        return [parseHtml(text, origin, options)];
      case 'feed':
        return parseFeed(text, origin, options);
      case 'jsonl':
        return parseJsonlText(text, origin, options);
      case 'json':
        return [
          inputError(
            origin,
            "a JSON document, not JSON Lines (one object per line): convert it, e.g. jq -c '.[]'",
          ),
        ];
    }
  } catch (error) {
    return [
      inputError(origin, `could not be read (${error instanceof Error ? error.message : String(error)})`),
    ];
  }
}
