import type { Sentence, Token } from '../core/types.js';
import type { Dictionaries } from '../dict/index.js';

/**
 * What every reading stage of one article sees. Built once per article and passed
 * explicitly; stages never keep state between articles.
 */
export interface ReadContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Token norms and surface texts, parallel to `tokens` (dictionary matchers take these). */
  readonly norms: readonly string[];
  readonly texts: readonly string[];
  /** Publication date (YYYY-MM-DD) or null. */
  readonly published: string | null;
  readonly dicts: Dictionaries;
}

/** Builds the context of one article from its tokenized text. */
export function createContext(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  published: string | null,
  dicts: Dictionaries,
): ReadContext {
  return {
    text,
    tokens,
    sentences,
    norms: tokens.map((t) => t.norm),
    texts: tokens.map((t) => t.text),
    published,
    dicts,
  };
}
