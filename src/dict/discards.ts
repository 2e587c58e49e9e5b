/**
 * The discard list: phrases that mark a sentence (or, with `+`, a whole story)
 * as not to be coded — sport, celebrity, chronologies. An open last word is a
 * stem, a trailing `_` requires the whole word (PETRARCH's documented rule).
 */
import type { DiscardEntry, DiscardFile } from './discard-file.js';
import { PhraseIndex } from './phrase-index.js';
import { phraseParts } from './text.js';

export interface DiscardMatch {
  readonly start: number;
  readonly length: number;
  readonly entry: DiscardEntry;
}

export interface DiscardList {
  readonly files: readonly string[];
  readonly entries: readonly DiscardEntry[];
  /** Discard phrases starting at token `i`, longest first. */
  matchAt(norms: readonly string[], i: number): DiscardMatch[];
  /** Whether a phrase may begin at a token whose first part (see text.ts) is `first`; false: `matchAt` finds none there. */
  begins(first: string): boolean;
  /** Every discard phrase found in a token sequence (a sentence or a story), in text order. */
  find(norms: readonly string[]): DiscardMatch[];
}

export function buildDiscardList(files: readonly DiscardFile[]): DiscardList {
  const index = new PhraseIndex();
  const entries: DiscardEntry[] = [];
  for (const file of files) {
    for (const entry of file.entries) {
      index.add(phraseParts(entry.phrase), entries.length, entry.exact ? 'exact' : 'prefix');
      entries.push(entry);
    }
  }
  Object.freeze(entries);
  const matchAt = (norms: readonly string[], i: number): DiscardMatch[] => {
    const out: DiscardMatch[] = [];
    for (const m of index.matchAt(norms, i)) {
      for (const id of m.ids) {
        const entry = entries[id];
        if (entry) out.push({ start: i, length: m.length, entry });
      }
    }
    return out;
  };
  const find = (norms: readonly string[]): DiscardMatch[] => {
    const out: DiscardMatch[] = [];
    for (let i = 0; i < norms.length; i++) {
      const found = matchAt(norms, i);
      if (found.length > 0) out.push(...found);
    }
    return out;
  };
  return Object.freeze({
    files: Object.freeze(files.map((f) => f.file)),
    entries,
    matchAt,
    begins: (first: string) => index.begins(first),
    find,
  });
}
