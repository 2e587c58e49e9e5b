/**
 * A stored (canonical) event in Dyad's event JSON, the one shape `dyad events`, the API and
 * `dyad export --format jsonl` share: the fields of `eventJson` (src/cli/event-json.ts: code,
 * root, quad, goldstein, plover, sources, targets, reciprocal, modality, date, location,
 * evidence, sentence, rule), preceded by the store's id, dataset and external id, and followed
 * by what the store adds: counts, first article, source URL, origin file:line and `extra`.
 */
import { actorJson, dateJson } from '../cli/event-json.js';
import type { StoredEvent } from '../store/types.js';

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
    date: dateJson(e.date),
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
