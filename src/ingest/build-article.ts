import type { Article, PublishedSource } from '../core/types.js';
import { contentId } from './content-id.js';
import { detectLanguage } from './language.js';
import { normaliseLine, normaliseText } from './normalise.js';
import { describeOrigin, inputError } from './origin.js';
import { parsePublishedDate } from './published-date.js';
import type { ArticleDraft, InputResult, Origin, ParseOptions } from './types.js';

/**
 * Turns what a format parser found into a frozen Article: normalises the text, computes the id,
 * settles the publication date, falls back to the URL host for the source, and detects the script.
 * Publication date: `options.published` wins when `publishedPolicy` is `override` (the default);
 * with `fallback` it only fills in a missing or unrecognised date.
 */
export function buildArticle(draft: ArticleDraft, origin: Origin, options: ParseOptions = {}): InputResult {
  const where = describeOrigin(origin);
  const text = normaliseText(draft.text);
  if (text.trim() === '') return inputError(origin, 'no text');
  const warnings: string[] = [];

  const rawDate = normaliseLine(draft.published);
  const fileDate = rawDate === null ? null : parsePublishedDate(rawDate);
  if (rawDate !== null && fileDate === null) warnings.push(`${where}: unrecognised date "${clip(rawDate)}"`);
  const optionDate = options.published === undefined ? null : parsePublishedDate(options.published);
  if (options.published !== undefined && optionDate === null) {
    warnings.push(`${where}: unrecognised --published date "${clip(options.published)}"`);
  }
  const { published, publishedSource } = settleDate(fileDate, optionDate, options);
  if (publishedSource === 'option' && fileDate !== null && fileDate !== optionDate) {
    warnings.push(`${where}: --published ${optionDate} overrides the date in the input (${fileDate})`);
  }
  if (published === null && rawDate === null) warnings.push(`${where}: no publication date`);

  const url = resolveUrl(normaliseLine(draft.url), options.baseUrl);
  const source = normaliseLine(draft.source) ?? hostOf(url) ?? hostOf(options.baseUrl ?? null);
  const language = detectLanguage(text);
  if (language !== 'en') warnings.push(`${where}: text looks like language "${language}", not English`);

  const article: Article = Object.freeze({
    id: contentId(text),
    title: normaliseLine(draft.title),
    source,
    url,
    published,
    publishedSource,
    language,
    text,
    origin: Object.freeze(
      origin.line === undefined ? { path: origin.path } : { path: origin.path, line: origin.line },
    ),
  });
  const externalId = normaliseLine(draft.externalId);
  return externalId === null
    ? { kind: 'article', article, warnings: Object.freeze(warnings) }
    : { kind: 'article', article, warnings: Object.freeze(warnings), externalId };
}

function settleDate(
  fileDate: string | null,
  optionDate: string | null,
  options: ParseOptions,
): { published: string | null; publishedSource: PublishedSource } {
  const optionWins = optionDate !== null && (options.publishedPolicy !== 'fallback' || fileDate === null);
  if (optionWins) return { published: optionDate, publishedSource: 'option' };
  if (fileDate !== null) return { published: fileDate, publishedSource: 'file' };
  return { published: null, publishedSource: 'missing' };
}

/** An absolute URL (relative ones resolved against the base), or the value as given if it will not parse. */
function resolveUrl(url: string | null, base: string | undefined): string | null {
  if (url === null) return null;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** The host of an http(s) URL without a leading "www.", or null. */
export function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.replace(/^www\./i, '') || null;
  } catch {
    return null;
  }
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
