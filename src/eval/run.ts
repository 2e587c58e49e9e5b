/**
 * `evaluateGold`: runs Dyad over every evaluated item of a gold set and scores the result.
 * The lead's CLI passes the coder as `produce`; tests pass hand-made outputs.
 */
import { scoreGold } from './score.js';
import type { EvalReport, GoldItem, GoldSet, ProducedItem } from './types.js';

export type Produce = (item: GoldItem) => ProducedItem | Promise<ProducedItem>;

export async function evaluateGold(gold: GoldSet, produce: Produce): Promise<EvalReport> {
  const produced = new Map<string, ProducedItem>();
  for (const item of gold.items) {
    if (!item.evaluate) continue;
    produced.set(item.id, await produce(item));
  }
  return scoreGold(gold, produced);
}
