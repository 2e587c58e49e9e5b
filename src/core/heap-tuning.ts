import { setFlagsFromString } from 'node:v8';

/**
 * The V8 setting Dyad's processes run with (the CLI, the API server, the benchmarks; V8 flags are
 * the process's, so worker threads share it). Called once, first, before any article is read.
 *
 * Pretenuring off. V8 watches, per allocation site, how many of the objects made there survive
 * a young-generation collection, and when nearly all do it makes that site's objects in the old
 * generation from then on. An article's tokens, mentions and parse all live until it is coded,
 * so a collection during an article finds them alive and V8 moves their sites to the old
 * generation, where the same objects, dead a moment later, are reclaimed only by the much
 * costlier full collections. Measured on VOA and Wikipedia items, one core: repeated passes of
 * the reading stages ran at about 9,000 sentences/s with it and 14,000 without; peak memory fell
 * from 365 to 290 MB (ARCHITECTURE.md, invariants).
 */
export const HEAP_FLAGS = '--no-allocation-site-pretenuring';

/** Applies `HEAP_FLAGS` to this process. Idempotent. */
export function tuneHeap(): void {
  setFlagsFromString(HEAP_FLAGS);
}
