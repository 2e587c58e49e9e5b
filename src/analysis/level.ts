/**
 * The partnership level of a dyad over time, from designations found in articles and
 * from Dyad's reference table of dated upgrades (data/partnerships/upgrades.tsv).
 */
import type { Partnerships } from '../dict/partnerships.js';
import type { StoredDesignation } from '../store/types.js';

/** The lowest rung of China's ladder (data/partnerships/scale.tsv): rank 1 is the highest. */
export const LOWEST_RANK = 9;

export interface LevelEntry {
  /** First day the label is known to hold. */
  readonly day: string;
  readonly rank: number;
  readonly label: string;
  /** True when the day is stated (designation date, reference row); false when it is the article's date. */
  readonly stated: boolean;
  readonly source: 'designation' | 'reference';
  readonly designation: StoredDesignation | null;
  /** The reference row, file:line. */
  readonly reference: string | null;
}

export interface Level {
  /** 0..1: (LOWEST_RANK + 1 - rank) / LOWEST_RANK, 0 without a ranked partnership. */
  readonly score: number;
  readonly entry: LevelEntry | null;
}

export function rankScore(rank: number | null): number {
  if (rank === null) return 0;
  return Math.min(1, Math.max(0, (LOWEST_RANK + 1 - rank) / LOWEST_RANK));
}

/** Ranked partnership designations between the dyad's two keys (either order). */
export function designationEntries(
  designations: readonly StoredDesignation[],
  dyad: readonly [string, string],
): LevelEntry[] {
  const out: LevelEntry[] = [];
  for (const d of designations) {
    if (d.kind !== 'partnership' || d.rank === null || d.day === null) continue;
    if (!d.parties.includes(dyad[0]) || !d.parties.includes(dyad[1])) continue;
    out.push({
      day: d.day,
      rank: d.rank,
      label: d.label,
      stated: d.date.precision !== 'undated',
      source: 'designation',
      designation: d,
      reference: null,
    });
  }
  return out;
}

/** Dated upgrades of the reference table between the dyad's keys, ranked on the actor's scale. */
export function referenceEntries(partnerships: Partnerships, dyad: readonly [string, string]): LevelEntry[] {
  const out: LevelEntry[] = [];
  for (const e of partnerships.events) {
    const pair = [e.actor, e.partner];
    if (!pair.includes(dyad[0]) || !pair.includes(dyad[1]) || e.date === '') continue;
    const rank = partnerships.label(e.actor, e.labelCanonical)?.rank ?? null;
    if (rank === null) continue;
    const day = e.date.length === 4 ? `${e.date}-01-01` : e.date.length === 7 ? `${e.date}-01` : e.date;
    out.push({
      day,
      rank,
      label: e.labelCanonical,
      stated: true,
      source: 'reference',
      designation: null,
      reference: `data/partnerships/${e.id}`,
    });
  }
  return out;
}

/**
 * The level in force on `day`: the most recent entry with a stated date (on one day, the
 * highest rank); an entry dated only by its article (an undated mention) may confirm or
 * raise that level but never lower it, since articles also recall older labels.
 */
export function levelAt(entries: readonly LevelEntry[], day: string): Level {
  let current: LevelEntry | null = null;
  for (const e of entries) {
    if (!e.stated || e.day > day) continue;
    if (current === null || e.day > current.day || (e.day === current.day && e.rank < current.rank))
      current = e;
  }
  for (const e of entries) {
    if (e.stated || e.day > day) continue;
    if (current !== null && e.day < current.day) continue;
    if (current === null || e.rank < current.rank) current = e;
  }
  return { score: rankScore(current?.rank ?? null), entry: current };
}
