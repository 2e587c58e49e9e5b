/** Look-ups over a loaded verb dictionary. */
import type { FormRef, VerbBlock, VerbDictionary, VerbPattern } from './types.js';

/**
 * Every form built on the verb word `word` (any case): multi-word forms first (their other
 * words must be checked around the verb), then one-word forms, in precedence order.
 */
export function findVerbForms(dictionary: VerbDictionary, word: string): readonly FormRef[] {
  return dictionary.formsByVerbWord.get(word.toUpperCase()) ?? [];
}

/** The block a form leads to. */
export function blockOf(dictionary: VerbDictionary, ref: FormRef): VerbBlock {
  const block = dictionary.blocks.get(ref.block);
  if (block === undefined) throw new Error(`verb dictionary has no block ${ref.block}`);
  return block;
}

/** The patterns to try for a form, in precedence order. */
export function patternsFor(dictionary: VerbDictionary, ref: FormRef): readonly VerbPattern[] {
  return blockOf(dictionary, ref).patterns;
}

/** Every word sequence a synset stands for (empty when it is not defined). */
export function synsetPhrases(dictionary: VerbDictionary, name: string): readonly (readonly string[])[] {
  return dictionary.synsets.get(name.replace(/^&/, '').replace(/_+$/, '').toUpperCase())?.phrases ?? [];
}
