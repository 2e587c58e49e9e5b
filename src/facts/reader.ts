/**
 * The bridge to the reading layer for the end-to-end test and the report script, imported
 * dynamically so this area builds without it. It accepts either shape of src/nlp/read.ts:
 *   - `createReader(loadDictionaries()).read({ text, published })` (main, with src/dict), or
 *   - `readArticle(article)` returning (or resolving to) the same record.
 * Either way the result must hold `{ text, sentences, tokens, mentions, published }`. Returns null
 * while src/nlp/read.ts (or both exports) is missing.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Mention, Sentence, Token } from '../core/types.js';

export interface ReadArticle {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  readonly published: string | null;
}

export interface ReaderInput {
  readonly text: string;
  readonly published: string | null;
}

export type Reader = (input: ReaderInput) => Promise<ReadArticle>;

const MODULE = new URL('../nlp/read.ts', import.meta.url);

/** Whether src/nlp/read.ts exists. */
export function readerModuleExists(): boolean {
  return existsSync(fileURLToPath(MODULE));
}

type Module = Record<string, unknown>;

async function importModule(specifier: string): Promise<Module> {
  return (await import(specifier)) as Module;
}

/** The reading layer as one async function, or null when it has not landed. */
export async function loadReader(): Promise<Reader | null> {
  if (!readerModuleExists()) return null;
  const read = await importModule('../nlp/read.js');
  const createReader = read['createReader'];
  if (typeof createReader === 'function') {
    const dict = await importModule('../dict/index.js');
    const loadDictionaries = dict['loadDictionaries'];
    if (typeof loadDictionaries !== 'function') return null;
    const reader = (createReader as (d: unknown) => { read(input: ReaderInput): ReadArticle })(
      (loadDictionaries as () => unknown)(),
    );
    return async (input) => reader.read(input);
  }
  const readArticle = read['readArticle'];
  if (typeof readArticle !== 'function') return null;
  return async (input) => (await (readArticle as (a: ReaderInput) => unknown)(input)) as ReadArticle;
}

/** The reader input for a text from a corpus file: NFC, \n line endings. */
export function readerInput(text: string, published: string | null): ReaderInput {
  return { text: text.normalize('NFC').replace(/\r\n?/g, '\n'), published };
}
