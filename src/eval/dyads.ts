/**
 * Events become dyads for scoring. A gold or produced event with several sources and
 * targets is expanded to every (source, target) pair (PLOVER keeps lists; scoring, like
 * GDELT export, counts pairs). Pairs whose two sides are the same full code are dropped (an
 * actor listed on both sides of a reciprocal event); pairs equal after `actorKey` are kept
 * once. An empty side stays null: in the gold it means "not scored", in a produced event it
 * matches only a gold side that is null too.
 */
import { actorKey } from './actor-key.js';
import type { ActorMode, GoldEvent, ScorableActor, ScorableEvent } from './types.js';

export interface GoldDyad {
  readonly event: GoldEvent;
  readonly source: string | null;
  readonly target: string | null;
  readonly undirected: boolean;
}

export interface ProducedDyad {
  /** Index of the produced event in the item's list. */
  readonly index: number;
  readonly event: ScorableEvent;
  readonly source: string | null;
  readonly target: string | null;
  readonly undirected: boolean;
  readonly code: string;
  readonly root: string;
}

function pairs<T>(sources: readonly (T | null)[], targets: readonly (T | null)[]): [T | null, T | null][] {
  const s = sources.length > 0 ? sources : [null];
  const t = targets.length > 0 ? targets : [null];
  const out: [T | null, T | null][] = [];
  for (const a of s) for (const b of t) if (a === null || a !== b) out.push([a, b]);
  return out;
}

function dyadKey(source: string | null, target: string | null, undirected: boolean): string {
  const a = source ?? '';
  const b = target ?? '';
  return undirected && b < a ? `${b}|${a}|u` : `${a}|${b}|${undirected ? 'u' : 'd'}`;
}

/** The dyads of a gold event. */
export function goldDyads(event: GoldEvent, mode: ActorMode): GoldDyad[] {
  const out: GoldDyad[] = [];
  const seen = new Set<string>();
  for (const [s, t] of pairs(event.sources, event.targets)) {
    const source = actorKey(s, mode);
    const target = actorKey(t, mode);
    const key = dyadKey(source, target, event.reciprocal);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ event, source, target, undirected: event.reciprocal });
  }
  return out;
}

function actorCode(actor: ScorableActor): string | null {
  return actor.code ?? actor.country ?? null;
}

/** The dyads of an item's produced events; equal dyads (same actors, code and date) kept once. */
export function producedDyads(events: readonly ScorableEvent[], mode: ActorMode): ProducedDyad[] {
  const out: ProducedDyad[] = [];
  const seen = new Set<string>();
  events.forEach((event, index) => {
    const code = event.code.trim();
    const undirected = event.reciprocal === true;
    for (const [s, t] of pairs(event.sources.map(actorCode), event.targets.map(actorCode))) {
      const source = actorKey(s, mode);
      const target = actorKey(t, mode);
      const key = `${dyadKey(source, target, undirected)}|${code}|${event.date?.start ?? ''}|${event.date?.end ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ index, event, source, target, undirected, code, root: code.slice(0, 2) });
    }
  });
  return out;
}

/** `CHN→BLR`, `CHN↔BLR`, `?` for a missing side. */
export function dyadText(source: string | null, target: string | null, undirected: boolean): string {
  return `${source ?? '?'}${undirected ? '↔' : '→'}${target ?? '?'}`;
}
