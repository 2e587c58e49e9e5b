import { Starts, type DiscardMatch, type Dictionaries } from '../dict/index.js';

/**
 * Every discard phrase of an article's tokens, in text order (what `DiscardList.find` returns),
 * asking the discard list only at the tokens where the vocabulary says a discard phrase may start.
 */
export function findDiscards(dicts: Dictionaries, norms: readonly string[]): DiscardMatch[] {
  const starts = dicts.vocabulary.tokenStarts(norms);
  const out: DiscardMatch[] = [];
  for (let i = 0; i < norms.length; i++) {
    if (((starts[i] ?? 0) & Starts.DISCARD) === 0) continue;
    const found = dicts.discards.matchAt(norms, i);
    if (found.length > 0) out.push(...found);
  }
  return out;
}
