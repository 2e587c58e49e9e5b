/**
 * The staged lines of one imported event, written directly: the same text that
 * `stageLine(ordinal, Object.values(row))` gives for the rows `addImportedRows` builds
 * (rows.ts stays the definition; staged-event.test.ts checks the two agree on real and
 * generated events), without the intermediate row objects, DATE values and arrays that
 * made a bulk import spend most of its time allocating and collecting garbage.
 */
import { importedEventId } from '../ids.js';
import { expandPairs } from '../pairs.js';
import type { ImportedEvent, StoredEventActor } from '../types.js';
import { stageCell } from './staging.js';

const NULL = '\\N';

const text = (value: string | null | undefined): string => stageCell(value ?? null);
const num = (value: number | null | undefined): string => stageCell(value ?? null);

function actorJson(a: StoredEventActor): string {
  return JSON.stringify({
    code: a.code,
    country: a.country,
    sector: a.sector,
    name: a.name,
    text: a.text,
    span_start: a.start,
    span_end: a.end,
  });
}

function actorsJson(actors: readonly StoredEventActor[]): string {
  if (actors.length === 1) return `[${actorJson(actors[0] as StoredEventActor)}]`;
  return `[${actors.map(actorJson).join(',')}]`;
}

function actorKeysJson(e: ImportedEvent): string {
  const keys = new Set<string>();
  for (const a of e.sources) {
    if (a.country !== null) keys.add(a.country);
    if (a.code !== null) keys.add(a.code);
  }
  for (const a of e.targets) {
    if (a.country !== null) keys.add(a.country);
    if (a.code !== null) keys.add(a.code);
  }
  return JSON.stringify([...keys]);
}

/** The events line and the event_pairs lines (without line ends) of one imported event. */
export function stagedImportedEvent(
  e: ImportedEvent,
  ordinal: number,
  createdAt: string,
): { readonly event: string; readonly pairs: readonly string[] } {
  const eventId = text(importedEventId(e.dataset, e.externalId));
  const dataset = text(e.dataset);
  const counts = e.counts ?? { mentions: 1, articles: 1, sources: 1 };
  const ev = e.evidence ?? {};
  const offsets = ev.offsets ?? null;
  const d = e.date;
  const l = e.location;
  const code = text(e.code);
  const root = text(e.root);
  const quad = num(e.quad);
  const goldstein = num(e.goldstein);
  const modality = text(e.modality);
  const reciprocal = e.reciprocal ? 'true' : 'false';
  const start = d === null ? NULL : text(d.start);
  const event = [
    String(ordinal),
    eventId,
    dataset,
    text(e.externalId),
    code,
    root,
    quad,
    goldstein,
    text(e.plover.type),
    text(e.plover.mode),
    actorsJson(e.sources),
    actorsJson(e.targets),
    reciprocal,
    modality,
    d === null ? NULL : text(d.value),
    d === null ? NULL : text(d.precision),
    start,
    d === null ? NULL : text(d.end),
    l === null ? NULL : text(l.name),
    l === null ? NULL : text(l.country),
    l === null ? NULL : num(l.lat),
    l === null ? NULL : num(l.lon),
    actorKeysJson(e),
    num(counts.mentions),
    num(counts.articles),
    num(counts.sources),
    NULL,
    NULL,
    num(ev.sentence),
    text(e.evidenceText),
    num(ev.start),
    num(ev.end),
    NULL,
    NULL,
    text(e.sourceUrl),
    e.extra === null ? NULL : text(JSON.stringify(e.extra)),
    text(e.origin.file),
    num(e.origin.line),
    createdAt,
    offsets === null
      ? NULL
      : JSON.stringify({ actor1: offsets.actor1, actor2: offsets.actor2, action: offsets.action }),
  ].join('\t');
  const pairs = expandPairs(e.sources, e.targets, e.reciprocal).map((p) =>
    [
      String(ordinal),
      eventId,
      text(p.source),
      text(p.target),
      reciprocal,
      p.mirrored ? 'true' : 'false',
      dataset,
      start,
      code,
      root,
      quad,
      goldstein,
      modality,
    ].join('\t'),
  );
  return { event, pairs };
}
