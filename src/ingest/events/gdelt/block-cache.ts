/**
 * Results kept by the text of a run of adjacent fields (an actor or geography block), found
 * through one short field of the run. V8 hashes a string key over all its characters, and a
 * geography block is some 80 of them: hashing it cost more than the rest of its look-up. So
 * the first level is a short field (FeatureID, an actor's Name), whose hash is cheap, and each
 * entry holds the whole run's text (tabs between its fields), compared with `===` (a memory
 * comparison). A hit therefore has exactly the text parsed for it, field for field
 * (`FieldRow.exactKeys`), and its result is the one parsing the run afresh would give.
 */
import { field, span, type FieldRow } from './row.js';

interface Entry<V> {
  readonly text: string;
  readonly value: V;
}

export interface BlockCache<V> {
  /** By the short field's text: the runs seen with it, most recent last. */
  readonly buckets: Map<string, Entry<V>[]>;
}

/** Short-field values kept before the cache starts afresh (bounds memory on endless input). */
const CACHE_LIMIT = 50_000;
/** Runs kept per short-field value: a full bucket drops its oldest, so look-ups stay short. */
const BUCKET_LIMIT = 32;

export function newBlockCache<V>(): BlockCache<V> {
  return { buckets: new Map() };
}

/** The value kept for fields first..last of `row` as written (found by field `by`), or undefined. */
export function lookupBlock<V>(
  cache: BlockCache<V>,
  row: FieldRow,
  first: number,
  last: number,
  by: number,
): V | undefined {
  const bucket = cache.buckets.get(field(row, by));
  if (bucket === undefined) return undefined;
  const text = span(row, first, last);
  for (const entry of bucket) if (entry.text === text) return entry.value;
  return undefined;
}

/** Keeps `value` for fields first..last of `row` as written (found by field `by`); returns it. */
export function rememberBlock<V>(
  cache: BlockCache<V>,
  row: FieldRow,
  first: number,
  last: number,
  by: number,
  value: V,
): V {
  const key = field(row, by);
  let bucket = cache.buckets.get(key);
  if (bucket === undefined) {
    if (cache.buckets.size >= CACHE_LIMIT) cache.buckets.clear();
    bucket = [];
    cache.buckets.set(key, bucket);
  } else if (bucket.length >= BUCKET_LIMIT) bucket.shift();
  bucket.push({ text: span(row, first, last), value });
  return value;
}
