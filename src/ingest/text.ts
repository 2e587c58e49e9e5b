import { buildArticle } from './build-article.js';
import { splitFrontMatter } from './front-matter.js';
import { normaliseText } from './normalise.js';
import type { InputResult, Origin, ParseOptions } from './types.js';

/**
 * Plain text and Markdown. Optional front matter (see front-matter.ts) gives title, published
 * (also `date`), source and url; the article text is what follows it, kept verbatim (Markdown is not
 * rendered), so every offset into the article slices the file's own words.
 *
 * Title: the front matter's, else (Markdown) a first-line `# Heading`, else a short first line
 * followed by a blank line. The title line stays in the text.
 */
export function parsePlainText(text: string, origin: Origin, options: ParseOptions = {}): InputResult {
  return parseTextDocument(text, origin, options, false);
}

/** Markdown: as plain text, and a first-line ATX heading (`# Title`) is the title. */
export function parseMarkdown(text: string, origin: Origin, options: ParseOptions = {}): InputResult {
  return parseTextDocument(text, origin, options, true);
}

const TITLE_KEYS = ['title', 'headline'];
const PUBLISHED_KEYS = ['published', 'date', 'pubdate', 'published_at', 'publishdate', 'date_published'];
const SOURCE_KEYS = ['source', 'publisher', 'site', 'site_name'];
const URL_KEYS = ['url', 'link', 'canonical', 'canonical_url'];

function parseTextDocument(
  raw: string,
  origin: Origin,
  options: ParseOptions,
  markdown: boolean,
): InputResult {
  const text = normaliseText(raw);
  const frontMatter = splitFrontMatter(text);
  const fields = frontMatter?.fields ?? {};
  const body = frontMatter ? normaliseText(frontMatter.body) : text;
  const title = pick(fields, TITLE_KEYS) ?? (markdown ? headingTitle(body) : null) ?? firstLineTitle(body);
  return buildArticle(
    {
      text: body,
      title,
      published: pick(fields, PUBLISHED_KEYS),
      source: pick(fields, SOURCE_KEYS),
      url: pick(fields, URL_KEYS),
    },
    origin,
    options,
  );
}

function pick(fields: Readonly<Record<string, string>>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = fields[key];
    if (value !== undefined) return value;
  }
  return null;
}

const MAX_TITLE_LENGTH = 150;

/** `# Title` (or `## Title`...) on the first line, without the markers. */
function headingTitle(body: string): string | null {
  const m = /^#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*(?:\n|$)/.exec(body);
  return m?.[1] ?? null;
}

/**
 * The first line is a title when it is short, followed by a blank line and more text, and does not
 * end like a sentence or clause (`.`, `,`, `;`, `:`).
 */
function firstLineTitle(body: string): string | null {
  const m = /^([^\n]+)\n[ \t]*\n\s*\S/.exec(body);
  const line = m?.[1]?.trim();
  if (line === undefined || line === '' || line.length > MAX_TITLE_LENGTH) return null;
  if (/[.,;:]$/.test(line)) return null;
  return line;
}
