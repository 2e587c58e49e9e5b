import type { PosTag, Token } from './types.js';

/**
 * A token, built field by field in one order. Every token of Dyad is made here, so all tokens
 * share one hidden class in V8: the functions that read tokens are compiled for one shape, and
 * are not thrown away (deoptimised) the first time a token made elsewhere reaches them.
 */
export function makeToken(
  index: number,
  start: number,
  end: number,
  text: string,
  norm: string,
  lemma: string,
  pos: PosTag,
  sentence: number,
): Token {
  return { index, start, end, text, norm, lemma, pos, sentence };
}

/** The token with another part-of-speech tag (the input is not changed). */
export function withPos(t: Token, pos: PosTag): Token {
  return makeToken(t.index, t.start, t.end, t.text, t.norm, t.lemma, pos, t.sentence);
}
