import type { StoredEvent, StoredEventActor } from '../store/types.js';
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
    sentence: e.sentence,
    rule: e.rule,
  };
}

function storedActorJson(a: StoredEventActor): Record<string, unknown> {
  return {
    code: a.code,
    country: a.country,
    sector: a.sector,
    name: a.name,
    text: a.text,
    start: a.start,
    end: a.end,
  };
}

/**
 * A stored (canonical) event in the same shape, with what the store adds: its id and
 * dataset, the dataset's own key, report counts and the article of its first report.
 * Used by `dyad events` and the API.
 */
export function storedEventJson(e: StoredEvent): Record<string, unknown> {
  return {
    id: e.id,
    dataset: e.dataset,
    externalId: e.externalId,
    code: e.code,
    root: e.root,
    quad: e.quad,
    goldstein: e.goldstein,
    plover: e.plover,
    sources: e.sources.map(storedActorJson),
    targets: e.targets.map(storedActorJson),
    reciprocal: e.reciprocal,
    modality: e.modality,
    date: e.date
      ? { value: e.date.value, precision: e.date.precision, start: e.date.start, end: e.date.end }
      : null,
    location: e.location,
    evidence: e.evidence
      ? {
          text: e.evidence.text,
          start: e.evidence.start,
          end: e.evidence.end,
          articleId: e.evidence.articleId,
          sentence: e.evidence.sentence,
        }
      : null,
    sentence: e.evidence?.sentence ?? null,
    rule: e.rule,
    counts: e.counts,
    article: e.article,
    sourceUrl: e.sourceUrl,
  };
}
