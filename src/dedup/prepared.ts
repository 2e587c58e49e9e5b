/**
 * The matching rule precomputed per report, for grouping many reports quickly: pair
 * keys, lookup keys and day numbers are computed once, and `matches` decides without
 * building the explanation. It must agree with `compatible(a, b).ok` (tested).
 */
import { dayNumber } from './days.js';
import { candidateKeys, pairKeys } from './keys.js';
import { placesAgree } from './place.js';
import { speakers, speakersAgree } from './speakers.js';
import type { DateClass, DedupItem } from './types.js';
import { dateClass, dateRule } from './window.js';

export interface Prepared<T extends DedupItem = DedupItem> {
  readonly item: T;
  readonly pairs: ReadonlySet<string>;
  readonly keys: readonly string[];
  readonly dateClass: DateClass;
  /** Day numbers of the date's first and last day; NaN when undated. */
  readonly start: number;
  readonly end: number;
  /** The persons who acted (speakers.ts); empty when unnamed or a material act. */
  readonly speakers: readonly string[];
}

export function prepare<T extends DedupItem>(item: T): Prepared<T> {
  return {
    item,
    pairs: new Set(pairKeys(item)),
    keys: candidateKeys(item),
    dateClass: dateClass(item.date),
    start: item.date ? dayNumber(item.date.start) : Number.NaN,
    end: item.date ? dayNumber(item.date.end) : Number.NaN,
    speakers: speakers(item),
  };
}

/** `compatible(a.item, b.item).ok`, computed fast. */
export function matches(a: Prepared, b: Prepared): boolean {
  const x = a.item;
  const y = b.item;
  if (x.root !== y.root || x.modality !== y.modality || x.date === null || y.date === null) return false;
  const { tolerance } = dateRule(x.date, y.date, [a.dateClass, b.dateClass]);
  if (tolerance === null) return false;
  if (Math.max(0, b.start - a.end, a.start - b.end) > tolerance) return false;
  if (!placesAgree(x.place, y.place).ok) return false;
  if (!speakersAgree(a.speakers, b.speakers)) return false;
  for (const p of a.pairs) if (b.pairs.has(p)) return true;
  return false;
}
