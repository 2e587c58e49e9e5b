import type { CodedEvent, EventActor } from '../core/types.js';

function actorJson(a: EventActor): Record<string, unknown> {
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
    date: e.date
      ? { value: e.date.value, precision: e.date.precision, start: e.date.start, end: e.date.end }
      : null,
    location: e.location,
    evidence: e.evidence,
    verb: e.verb ?? null,
    sentence: e.sentence,
    rule: e.rule,
  };
}
