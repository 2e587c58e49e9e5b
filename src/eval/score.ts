/**
 * `scoreGold`: the whole report for a gold set and what Dyad produced for its items.
 * Items with `evaluate: false` are skipped; an evaluated item with no output counts as
 * producing nothing. Facts and designations are scored for gold sets that have them.
 */
import { goldDyads } from './dyads.js';
import { levelScore } from './level-score.js';
import { scoreDesignations, scoreFacts } from './score-facts.js';
import { scoreItemEvents } from './score-events.js';
import type { Counts } from './score-events.js';
import type {
  CategoryRow,
  EvalReport,
  FalsePositive,
  GoldSet,
  Level,
  Miss,
  NoEventViolation,
  ProducedItem,
} from './types.js';

const NOTHING: ProducedItem = { events: [] };

export function scoreGold(gold: GoldSet, produced: ReadonlyMap<string, ProducedItem>): EvalReport {
  const totals: Record<Level, Counts> = { root: { tp: 0, fp: 0, fn: 0 }, full: { tp: 0, fp: 0, fn: 0 } };
  const categories = new Map<string, Record<Level, Counts>>();
  const misses: Miss[] = [];
  const falsePositives: FalsePositive[] = [];
  const violations: NoEventViolation[] = [];
  const skipped: { item: string; reason: string }[] = [];
  let expected = 0;
  let optional = 0;
  let scored = 0;

  for (const item of gold.items) {
    if (!item.evaluate) {
      skipped.push({ item: item.id, reason: item.skipReason ?? 'not evaluated' });
      continue;
    }
    scored += 1;
    const result = scoreItemEvents(
      item,
      produced.get(item.id) ?? NOTHING,
      gold.actorMode,
      gold.format === 'seed' ? 'root' : 'item',
    );
    for (const level of ['root', 'full'] as const) {
      totals[level].tp += result.counts[level].tp;
      totals[level].fp += result.counts[level].fp;
      totals[level].fn += result.counts[level].fn;
    }
    for (const [category, row] of result.perCategory) {
      const acc = categories.get(category) ?? {
        root: { tp: 0, fp: 0, fn: 0 },
        full: { tp: 0, fp: 0, fn: 0 },
      };
      for (const level of ['root', 'full'] as const) {
        acc[level].tp += row[level].tp;
        acc[level].fp += row[level].fp;
        acc[level].fn += row[level].fn;
      }
      categories.set(category, acc);
    }
    misses.push(...result.misses);
    falsePositives.push(...result.falsePositives);
    violations.push(...result.violations);
    expected += result.expected;
    optional += result.optional;
  }

  const perCategory: CategoryRow[] = [...categories.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([category, row]) => ({
      category,
      root: levelScore(row.root.tp, row.root.fp, row.root.fn),
      full: levelScore(row.full.tp, row.full.fp, row.full.fn),
    }));

  // Per gold event: found when at least one of its dyads matched at root level (the seed
  // gold's "must events found" counts events, not dyads).
  const missedDyads = new Map<string, number>();
  for (const m of misses)
    if (m.level === 'root')
      missedDyads.set(`${m.item}\u0000${m.event}`, (missedDyads.get(`${m.item}\u0000${m.event}`) ?? 0) + 1);
  let mustEvents = 0;
  let mustFound = 0;
  const mustMissed: string[] = [];
  for (const item of gold.items) {
    if (!item.evaluate) continue;
    for (const e of item.events) {
      if (!e.must) continue;
      mustEvents += 1;
      const dyads = goldDyads(e, gold.actorMode).length;
      const missed = missedDyads.get(`${item.id}\u0000${e.id}`) ?? 0;
      if (missed < dyads) mustFound += 1;
      else mustMissed.push(`${item.id}:${e.id}`);
    }
  }

  const evaluated = gold.items.filter((i) => i.evaluate);
  const hasRecords = gold.format === 'seed' || gold.facts.length > 0 || gold.designations.length > 0;
  const producedFacts = evaluated.flatMap((i) => produced.get(i.id)?.facts ?? []);
  const producedDesignations = evaluated.flatMap((i) => produced.get(i.id)?.designations ?? []);

  return {
    gold: {
      name: gold.name,
      format: gold.format,
      actorMode: gold.actorMode,
      items: gold.items.length,
      scored,
      expected,
      optional,
      notes: gold.notes,
    },
    levels: {
      root: levelScore(totals.root.tp, totals.root.fp, totals.root.fn),
      full: levelScore(totals.full.tp, totals.full.fp, totals.full.fn),
    },
    events: { must: mustEvents, mustFound, mustMissed },
    perCategory,
    misses,
    falsePositives,
    noEventViolations: violations,
    skipped,
    facts: hasRecords ? scoreFacts(gold.facts, producedFacts) : null,
    designations: hasRecords ? scoreDesignations(gold.designations, producedDesignations) : null,
  };
}
