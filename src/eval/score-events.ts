/**
 * Scores one gold item's events against what was produced for it.
 *
 * An expected dyad is found by a produced dyad with
 * - the same source and target (`actorKey`), or swapped when either side is reciprocal
 *   (the gold convention: "source and target may be swapped"; a reciprocal produced event
 *   asserts both directions); a gold side that is empty accepts any produced actor;
 * - a root among the gold's roots (root level) / a code among its codes (full level);
 * - a date inside the gold period, when the gold has dates (`undated` accepts any).
 *
 * Matching is one-to-one (each produced dyad finds at most one expected dyad), maximal, and
 * gives must events the first claim. Counts per level:
 * - TP: matched dyads (a matched optional dyad counts as correct);
 * - FN: unmatched must dyads (unmatched optional dyads are not misses);
 * - FP: unmatched produced dyads, except, at the full level, those that match an expected
 *   dyad the gold gives no full code for (CAMEO-manual `cameo: null`): those are unscored.
 */
import { dateWithin } from './periods.js';
import { dyadText, goldDyads, producedDyads } from './dyads.js';
import type { GoldDyad, ProducedDyad } from './dyads.js';
import { maximumMatching } from './matching.js';
import { rootLabel } from './roots.js';
import type {
  ActorMode,
  FalsePositive,
  GoldItem,
  Level,
  Miss,
  NoEventViolation,
  ProducedItem,
  ScorableEvent,
} from './types.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ItemEventScore {
  readonly counts: Readonly<Record<Level, Counts>>;
  readonly perCategory: ReadonlyMap<string, Readonly<Record<Level, Counts>>>;
  readonly misses: readonly Miss[];
  readonly falsePositives: readonly FalsePositive[];
  readonly violations: readonly NoEventViolation[];
  readonly expected: number;
  readonly optional: number;
}

/** How produced dyads without a gold match are filed: under the item's category, or their root. */
export type FalsePositiveCategory = 'item' | 'root';

function orient(d: GoldDyad, source: string | null, target: string | null): boolean {
  return (d.source === null || d.source === source) && (d.target === null || d.target === target);
}

export function actorsMatch(p: ProducedDyad, d: GoldDyad): boolean {
  return orient(d, p.source, p.target) || ((d.undirected || p.undirected) && orient(d, p.target, p.source));
}

function codeMatches(p: ProducedDyad, d: GoldDyad, level: Level): boolean {
  return level === 'root' ? d.event.roots.includes(p.root) : d.event.codes.includes(p.code);
}

function dateMatches(p: ProducedDyad, d: GoldDyad): boolean {
  return dateWithin(d.event.date, p.event.date ?? null);
}

export function dyadMatches(p: ProducedDyad, d: GoldDyad, level: Level): boolean {
  return actorsMatch(p, d) && codeMatches(p, d, level) && dateMatches(p, d);
}

function eligible(d: GoldDyad, level: Level): boolean {
  return level === 'root' ? d.event.roots.length > 0 : d.event.codes.length > 0;
}

function producedText(p: ProducedDyad): string {
  const date = p.event.date ? ` ${p.event.date.value ?? p.event.date.start}` : '';
  return `${dyadText(p.source, p.target, p.undirected)} ${p.code}${date}`;
}

function list(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown}, … (${items.length})` : shown;
}

function missReason(d: GoldDyad, pairs: readonly ProducedDyad[]): string {
  if (pairs.length === 0) return 'nothing produced';
  const byActors = pairs.filter((p) => actorsMatch(p, d));
  if (byActors.length === 0)
    return `no event between these actors (produced ${list(pairs.map(producedText))})`;
  const byRoot = byActors.filter((p) => codeMatches(p, d, 'root'));
  if (byRoot.length === 0) return `root differs (produced ${list(byActors.map((p) => p.code))})`;
  const byDate = byRoot.filter((p) => dateMatches(p, d));
  if (byDate.length === 0) {
    return `date outside ${d.event.date?.kind === 'period' ? d.event.date.value : 'the gold period'} (produced ${list(byRoot.map((p) => p.event.date?.value ?? p.event.date?.start ?? 'no date'))})`;
  }
  return 'its matching produced event was used for another expected event';
}

function falsePositiveReason(p: ProducedDyad, dyads: readonly GoldDyad[]): string {
  const byActors = dyads.filter((d) => actorsMatch(p, d));
  if (byActors.length === 0) return 'no expected event between these actors';
  const byRoot = byActors.filter((d) => codeMatches(p, d, 'root'));
  if (byRoot.length === 0)
    return `expected root ${list([...new Set(byActors.flatMap((d) => d.event.roots))])}`;
  if (!byRoot.some((d) => dateMatches(p, d))) return 'date outside the expected period';
  return 'duplicate: the expected event was already matched';
}

/** Normalised text for finding a gold fragment in produced evidence. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether a produced event comes from the sentence holding `fragment`. */
function fromFragment(
  event: ScorableEvent,
  fragment: string,
  item: GoldItem,
  produced: ProducedItem,
): boolean {
  const frag = normaliseText(fragment);
  if (event.evidence && normaliseText(event.evidence.text).includes(frag)) return true;
  if (item.text === null) return false;
  const at = item.text.indexOf(fragment);
  if (at < 0) return false;
  const end = at + fragment.length;
  if (produced.sentences && event.sentence !== undefined) {
    const sentence = produced.sentences.findIndex((s) => s.start <= at && at < s.end);
    if (sentence >= 0 && sentence === event.sentence) return true;
  }
  return event.evidence !== undefined && event.evidence.start < end && at < event.evidence.end;
}

export function scoreItemEvents(
  item: GoldItem,
  produced: ProducedItem,
  mode: ActorMode,
  fpCategory: FalsePositiveCategory,
): ItemEventScore {
  const dyads = item.events
    .flatMap((e) => goldDyads(e, mode))
    .sort((a, b) => Number(b.event.must) - Number(a.event.must));
  const pairs = producedDyads(produced.events, mode);
  const counts: Record<Level, Counts> = { root: { tp: 0, fp: 0, fn: 0 }, full: { tp: 0, fp: 0, fn: 0 } };
  const perCategory = new Map<string, Record<Level, Counts>>();
  const bump = (category: string, level: Level, key: keyof Counts): void => {
    let row = perCategory.get(category);
    if (row === undefined) {
      row = { root: { tp: 0, fp: 0, fn: 0 }, full: { tp: 0, fp: 0, fn: 0 } };
      perCategory.set(category, row);
    }
    row[level][key] += 1;
    counts[level][key] += 1;
  };
  const categoryOf = (p: ProducedDyad): string => (fpCategory === 'root' ? rootLabel(p.root) : item.category);
  const misses: Miss[] = [];
  const falsePositives: FalsePositive[] = [];
  const matched: Record<Level, { dyads: Set<GoldDyad>; pairs: Set<ProducedDyad> }> = {
    root: { dyads: new Set(), pairs: new Set() },
    full: { dyads: new Set(), pairs: new Set() },
  };

  for (const level of ['root', 'full'] as const) {
    const scored = dyads.filter((d) => eligible(d, level));
    const edges = scored.map((d) => pairs.flatMap((p, j) => (dyadMatches(p, d, level) ? [j] : [])));
    const matchOfPair = maximumMatching(edges, pairs.length);
    pairs.forEach((p, j) => {
      const i = matchOfPair[j] ?? -1;
      if (i >= 0) {
        const d = scored[i] as GoldDyad;
        matched[level].dyads.add(d);
        matched[level].pairs.add(p);
        bump(d.event.category, level, 'tp');
        return;
      }
      if (level === 'full' && dyads.some((d) => !eligible(d, 'full') && dyadMatches(p, d, 'root'))) return;
      bump(categoryOf(p), level, 'fp');
      const foundAtRoot = level === 'full' && matched.root.pairs.has(p);
      if (level === 'root' || foundAtRoot) {
        falsePositives.push({
          item: item.id,
          source: p.source,
          target: p.target,
          undirected: p.undirected,
          code: p.code,
          level,
          rule: p.event.rule?.id ?? null,
          evidence: p.event.evidence?.text ?? null,
          reason: foundAtRoot
            ? `code differs (expected ${list([...new Set(dyads.filter((d) => dyadMatches(p, d, 'root')).flatMap((d) => d.event.codes))])})`
            : falsePositiveReason(p, dyads),
        });
      }
    });
    for (const d of scored) {
      if (matched[level].dyads.has(d) || !d.event.must) continue;
      bump(d.event.category, level, 'fn');
      const foundAtRoot = level === 'full' && matched.root.dyads.has(d);
      if (level === 'full' && !foundAtRoot) continue; // already listed as a root-level miss
      const atRoot = pairs.filter((p) => dyadMatches(p, d, 'root'));
      misses.push({
        item: item.id,
        event: d.event.id,
        source: d.source,
        target: d.target,
        undirected: d.undirected,
        roots: d.event.roots,
        codes: d.event.codes,
        level,
        reason: foundAtRoot
          ? `code differs (produced ${list(atRoot.map((p) => p.code))})`
          : missReason(d, pairs),
      });
    }
  }

  const violations: NoEventViolation[] = [];
  const violation = (event: ScorableEvent, evidence: string | null): NoEventViolation => ({
    item: item.id,
    evidence,
    code: event.code,
    rule: event.rule?.id ?? null,
  });
  if (item.expectNoEvents) for (const e of produced.events) violations.push(violation(e, null));
  for (const fragment of item.noEventEvidence) {
    for (const e of produced.events)
      if (fromFragment(e, fragment, item, produced)) violations.push(violation(e, fragment));
  }

  const rootDyads = dyads.filter((d) => eligible(d, 'root'));
  return {
    counts,
    perCategory,
    misses,
    falsePositives,
    violations,
    expected: rootDyads.filter((d) => d.event.must).length,
    optional: rootDyads.filter((d) => !d.event.must).length,
  };
}
