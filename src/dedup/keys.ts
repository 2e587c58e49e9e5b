/**
 * The actor side of the matching rule: which source→target pairs an event covers.
 * Two reports can be one event only if they share a pair (and root and modality):
 * `candidateKeys` are the lookup keys that say so.
 */
import type { DedupActor, DedupItem } from './types.js';

/** Codes the coder uses for "no actor". */
const NO_ACTOR = new Set(['', '---']);

function clean(value: string | null): string | null {
  return value === null || NO_ACTOR.has(value) ? null : value;
}

/** An actor's key: its country, or without one (IGOs, NGOs) its whole code; null when neither. */
export function actorKey(actor: DedupActor): string | null {
  return clean(actor.country) ?? clean(actor.code);
}

/**
 * The key of the pair source→target, or null when there is no dyad. Countries key
 * international pairs (`BLR>CHN`: sectors do not matter, "Chinese officials" and
 * "China" are one side). When both sides are the same country, the pair is keyed by
 * the full codes (`AFGGOV>AFGREB`), so a government's clash with rebels never merges
 * with its police's arrests of journalists; a reciprocal event pairing an actor with
 * itself has no dyad.
 */
export function pairKey(source: DedupActor, target: DedupActor, reciprocal: boolean): string | null {
  const s = actorKey(source);
  const t = actorKey(target);
  if (s === null || t === null) return null;
  if (s !== t) return `${s}>${t}`;
  const sc = clean(source.code) ?? s;
  const tc = clean(target.code) ?? t;
  if (reciprocal && sc === tc) return null;
  return `${sc}>${tc}`;
}

/**
 * The directed pairs an event covers, sorted and distinct. A directed event covers
 * every source→target; a reciprocal one ("A and B met", whichever side the coder put
 * each actor on) covers every ordered pair of its distinct participants, so it shares
 * pairs with the same meeting reported in either direction. When an event has pairs
 * between countries, its same-country pairs are dropped ("Canadian prime minister Carney
 * and Canada's partner met": Carney and Canada are one side); only an event wholly
 * inside one country keeps its code pairs.
 */
export function pairKeys(item: Pick<DedupItem, 'sources' | 'targets' | 'reciprocal'>): string[] {
  const international = new Set<string>();
  const domestic = new Set<string>();
  const add = (s: DedupActor, t: DedupActor, reciprocal: boolean) => {
    const key = pairKey(s, t, reciprocal);
    if (key === null) return;
    if (actorKey(s) === actorKey(t)) domestic.add(key);
    else international.add(key);
  };
  if (item.reciprocal) {
    const all = [...item.sources, ...item.targets];
    for (const a of all) for (const b of all) if (a !== b) add(a, b, true);
  } else {
    for (const s of item.sources) for (const t of item.targets) add(s, t, false);
  }
  return [...(international.size > 0 ? international : domestic)].sort();
}

/** Lookup keys: root, modality and pair. Reports sharing none are never one event. */
export function candidateKeys(
  item: Pick<DedupItem, 'root' | 'modality' | 'sources' | 'targets' | 'reciprocal'>,
): string[] {
  return pairKeys(item).map((pair) => `${item.root}|${item.modality}|${pair}`);
}

/** The pairs two reports have in common, sorted. */
export function sharedPairs(
  a: Pick<DedupItem, 'sources' | 'targets' | 'reciprocal'>,
  b: Pick<DedupItem, 'sources' | 'targets' | 'reciprocal'>,
): string[] {
  const theirs = new Set(pairKeys(b));
  return pairKeys(a).filter((k) => theirs.has(k));
}
