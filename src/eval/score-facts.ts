/**
 * Facts and designations of the seed gold.
 *
 * A produced fact matches a gold fact when the kind is the same, the parties are the same
 * set (compared by country, IGO codes whole), the value is within 1% of the gold value, the
 * units agree (equal, or one's words contained in the other's: `doses` ~ `vaccine doses`,
 * `percent` ~ `percent per year`) and the periods overlap (a gold fact without a period, or
 * `undated`, accepts any). Direction, qualifier and subject are not scored.
 *
 * A produced designation matches when kind, parties (as a set), normalised label and date
 * (inside the gold period; `undated` accepts any) agree.
 *
 * Matching is one-to-one, must records first; optional records count when found and are
 * never misses, as for events.
 */
import { actorKey } from './actor-key.js';
import { maximumMatching } from './matching.js';
import { dateWithin, parsePeriod, periodsOverlap } from './periods.js';
import { levelScore } from './level-score.js';
import type { GoldDesignation, GoldFact, RecordScore, ScorableDesignation, ScorableFact } from './types.js';

function partySet(parties: readonly string[]): string {
  return [...new Set(parties.map((p) => actorKey(p, 'country') ?? ''))].sort().join(',');
}

function words(unit: string): string[] {
  return unit
    .toLowerCase()
    .replace(/[()]/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** Units agree: equal, or the words of one are all among the words of the other. */
export function unitsAgree(gold: string, produced: string): boolean {
  const g = words(gold);
  const p = words(produced);
  if (g.length === 0 || p.length === 0) return false;
  return p.every((w) => g.includes(w)) || g.every((w) => p.includes(w));
}

/** Within 1% of the gold value (exact when the gold value is 0). */
export function valueWithin(gold: number, produced: number): boolean {
  return Math.abs(produced - gold) <= Math.abs(gold) * 0.01;
}

export function factMatches(g: GoldFact, p: ScorableFact): boolean {
  return (
    g.kind.toLowerCase() === p.kind.toLowerCase() &&
    partySet(g.parties) === partySet(p.parties) &&
    valueWithin(g.value, p.value) &&
    unitsAgree(g.unit, p.unit) &&
    periodsOverlap(g.period, p.period)
  );
}

/** Lower case, quotes and punctuation removed, hyphens and dashes as spaces, no leading "the". */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐‑‒–—-]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export function designationMatches(g: GoldDesignation, p: ScorableDesignation): boolean {
  if (g.kind.toLowerCase() !== p.kind.toLowerCase()) return false;
  if (partySet(g.parties) !== partySet(p.parties)) return false;
  const wanted = normaliseLabel(g.label);
  if (wanted !== normaliseLabel(p.label) && (!p.level || wanted !== normaliseLabel(p.level))) return false;
  if (g.date === null || g.date.kind === 'undated') return true;
  if (p.date === null || p.date.precision === 'undated') return false;
  return dateWithin(g.date, parsePeriod(p.date.value));
}

function scoreRecords<G extends { id: string; must: boolean }, P>(
  gold: readonly G[],
  produced: readonly P[],
  matches: (g: G, p: P) => boolean,
  describe: (p: P) => string,
): RecordScore {
  const ordered = [...gold].sort((a, b) => Number(b.must) - Number(a.must));
  const edges = ordered.map((g) => produced.flatMap((p, j) => (matches(g, p) ? [j] : [])));
  const matchOfProduced = maximumMatching(edges, produced.length);
  const found = new Set<number>();
  for (const i of matchOfProduced) if (i >= 0) found.add(i);
  const tp = found.size;
  const misses = ordered
    .filter((g, i) => g.must && !found.has(i))
    .map((g) => ({
      id: g.id,
      reason: produced.some((p) => matches(g, p)) ? 'its match was used for another record' : 'not produced',
    }));
  const falsePositives = produced
    .filter((_, j) => (matchOfProduced[j] ?? -1) < 0)
    .map((p) => ({ description: describe(p) }));
  return { ...levelScore(tp, falsePositives.length, misses.length), misses, falsePositives };
}

export function scoreFacts(gold: readonly GoldFact[], produced: readonly ScorableFact[]): RecordScore {
  return scoreRecords(gold, produced, factMatches, (p) => {
    const period =
      p.period?.value ?? (p.period?.start ? `${p.period.start}/${p.period.end ?? ''}` : 'undated');
    return `${p.kind} ${p.parties.join('+')} ${p.value} ${p.unit} ${period}${p.rule ? ` (${p.rule.id})` : ''}`;
  });
}

export function scoreDesignations(
  gold: readonly GoldDesignation[],
  produced: readonly ScorableDesignation[],
): RecordScore {
  return scoreRecords(
    gold,
    produced,
    designationMatches,
    (p) =>
      `${p.kind} ${p.parties.join('+')} "${p.label}" ${p.date?.value ?? 'undated'}${p.rule ? ` (${p.rule.id})` : ''}`,
  );
}
