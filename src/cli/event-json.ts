import type { CodedEvent } from '../core/types.js';
import type { EventDate, StoredEventActor } from '../store/types.js';

/** An event actor in the event JSON (coded or stored; `via` only when the coder resolved it). */
export function actorJson(a: StoredEventActor & { readonly via?: string }): Record<string, unknown> {
  return {
    code: a.code,
    country: a.country,
    sector: a.sector,
    name: a.name,
    text: a.text,
    start: a.start,
    end: a.end,
    ...(a.via ? { via: a.via } : {}),
  };
}

/** An event date in the event JSON: value, precision and its first and last day. */
export function dateJson(d: EventDate | null): Record<string, unknown> | null {
  return d ? { value: d.value, precision: d.precision, start: d.start, end: d.end } : null;
}

/** An event in Dyad's JSON form (the same in every output: code, events, API). */
export function eventJson(e: CodedEvent): Record<string, unknown> {
  return {
    code: e.code,
    root: e.root,
    quad: e.quad,
    goldstein: e.goldstein,
    plover: e.plover,
    sources: e.sources.map(actorJson),
    targets: e.targets.map(actorJson),
    reciprocal: e.reciprocal,
    modality: e.modality,
    date: dateJson(e.date),
    location: e.location,
    evidence: e.evidence,
    verb: e.verb ?? null,
    sentence: e.sentence,
    rule: e.rule,
  };
}
