/**
 * The bridge to the reading layer for the end-to-end test and the report script: `readArticle` from
 * src/nlp/read.ts, imported dynamically because that module is being written in parallel. It is
 * called with an Article record and must return (or resolve to) `{ text, sentences, tokens,
 * mentions, published }`. Returns null while the module (or the export) does not exist.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article, Mention, Sentence, Token } from '../core/types.js';

export interface ReadArticle {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly published: string | null;
}

export type Reader = (article: Article) => Promise<ReadArticle>;

const MODULE = new URL('../nlp/read.ts', import.meta.url);

/** Whether src/nlp/read.ts exists. */
export function readerModuleExists(): boolean {
  return existsSync(fileURLToPath(MODULE));
}

/** `readArticle`, or null when the reading layer has not landed. */
export async function loadReader(): Promise<Reader | null> {
  if (!readerModuleExists()) return null;
  const specifier = '../nlp/read.js';
  const module = (await import(specifier)) as { readArticle?: unknown };
  const read = module.readArticle;
  if (typeof read !== 'function') return null;
  return async (article) => (await (read as (a: Article) => unknown)(article)) as ReadArticle;
}

/** An Article record for a text from a corpus file. */
export function articleFor(text: string, published: string | null, path: string, line?: number): Article {
  return {
    id: `facts-${path}-${line ?? 0}`,
    title: null,
    source: null,
    url: null,
    published,
    publishedSource: published ? 'file' : 'missing',
    language: 'en',
    text: text.normalize('NFC').replace(/\r\n?/g, '\n'),
    origin: line === undefined ? { path } : { path, line },
  };
}
