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
  /**
   * Per token, which dictionaries may start a phrase there (`Starts` bits, see
   * dict/vocabulary.ts): a recognizer asks its dictionary only where its bit is set.
   */
  readonly starts: ArrayLike<number>;
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
  // Built by push, not `map` (see core/packed.ts), both in one pass over the tokens.
  const norms: string[] = [];
  const texts: string[] = [];
  for (const t of tokens) {
    norms.push(t.norm);
    texts.push(t.text);
  }
  return {
    text,
    tokens,
    sentences,
    norms,
    texts,
    starts: dicts.vocabulary.tokenStarts(norms),
    published,
    dicts,
  };
}
