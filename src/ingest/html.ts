import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { buildArticle } from './build-article.js';
import { domToText } from './dom-text.js';
import { readHtmlMetadata } from './html-meta.js';
import { inputError } from './origin.js';
import { parsePublishedDate } from './published-date.js';
import type { InputResult, Origin, ParseOptions } from './types.js';

/**
 * An HTML page: the main text by Readability over a linkedom DOM (the whole body when Readability
 * finds no article), paragraphs separated by blank lines; title, date, URL and site name from the
 * head (see html-meta.ts). A page without body text is an error.
 */
export function parseHtml(html: string, origin: Origin, options: ParseOptions = {}): InputResult {
  try {
    const document = loadDocument(html);
    const metadata = readHtmlMetadata(document);
    const text = mainText(html, document);
    if (text.trim() === '') return inputError(origin, 'HTML has no body text');
    return buildArticle(
      {
        text,
        title: metadata.titles[0] ?? null,
        published:
          metadata.dates.find((date) => parsePublishedDate(date) !== null) ?? metadata.dates[0] ?? null,
        url: metadata.urls[0] ?? null,
        source: metadata.sources[0] ?? null,
      },
      origin,
      options,
    );
  } catch (error) {
    return inputError(origin, `unreadable HTML (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** A full document even for a fragment (linkedom makes the first element the root otherwise). */
function loadDocument(html: string): Document {
  const document = parseHTML(html).document as unknown as Document;
  if (document.documentElement?.nodeName.toLowerCase() === 'html' && document.body) return document;
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`)
    .document as unknown as Document;
}

/**
 * The article's text by Readability (which changes the document it reads, so it gets a copy of its
 * own), else the whole body of the untouched document.
 */
function mainText(html: string, document: Document): string {
  const text = readabilityText(html);
  if (text.trim() !== '') return text;
  return document.body ? domToText(document.body) : '';
}

function readabilityText(html: string): string {
  try {
    const article = new Readability<Node>(loadDocument(html), { serializer: (node) => node }).parse();
    return article?.content ? domToText(article.content) : '';
  } catch {
    return '';
  }
}
