/**
 * A stored (canonical) event in Dyad's event JSON, the one shape `dyad events`, the API and
 * `dyad export --format jsonl` share: the fields of `eventJson` (src/cli/event-json.ts: code,
 * root, quad, goldstein, plover, sources, targets, reciprocal, modality, date, location,
 * evidence, sentence, rule), preceded by the store's id, dataset and external id, and followed
 * by what the store adds: counts, first article, source URL, origin file:line and `extra`.
 */
import type { StoredEvent, StoredEventActor } from '../store/types.js';

function actorJson(a: StoredEventActor): Record<string, unknown> {
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
    sources: e.sources.map(actorJson),
    targets: e.targets.map(actorJson),
    reciprocal: e.reciprocal,
    modality: e.modality,
    date: e.date
      ? { value: e.date.value, precision: e.date.precision, start: e.date.start, end: e.date.end }
      : null,
    location: e.location,
    evidence: e.evidence,
    sentence: e.evidence?.sentence ?? null,
    rule: e.rule,
    counts: e.counts,
    article: e.article,
    sourceUrl: e.sourceUrl,
    origin: e.origin,
    extra: e.extra,
  };
}
