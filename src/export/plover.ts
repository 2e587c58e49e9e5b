/**
 * PLOVER JSONL export, following the PLOVER manual's field table: id, date, enddate (for
 * periods), actor[] and recipient[] (entity objects: code, sector, entity_text,
 * identifier_text), event[], mode[], context[], event_text, event_loc, quad_code, text,
 * text_info, cite_info, plus `cameo` (a named field beyond the manual's, which it allows).
 *
 * Events without a PLOVER type (CAMEO 01 "make public statement" and other codes PLOVER
 * drops) have no PLOVER record: `ploverRecord` returns null. A record read from PLOVER keeps
 * its own id and its other fields (from `extra`); other events get `<dataset>-<id>`.
 */
import type { ImportedActor, ImportedEvent, ImportedLocation, JsonValue } from '../ingest/events/types.js';

export type PloverEntity = {
  code?: string;
  sector?: string;
  entity_text?: string;
  identifier_text?: string;
};

export type PloverRecord = { [key: string]: JsonValue };

function entity(actor: ImportedActor): PloverEntity {
  const out: PloverEntity = {};
  const code = actor.country ?? actor.code?.slice(0, 3) ?? null;
  if (code) out.code = code;
  if (actor.sector) out.sector = actor.sector;
  if (actor.text) out.entity_text = actor.text;
  if (actor.name) out.identifier_text = actor.name;
  return out;
}

const RESOLUTION = { country: 1, adm1: 2, adm2: 3, city: 4 } as const;

function location(l: ImportedLocation): PloverRecord {
  const out: PloverRecord = {};
  if (l.name) out.resolved_place = l.name;
  if (l.lat !== null) out.lat = l.lat;
  if (l.lon !== null) out.lon = l.lon;
  if (l.country) out.country_code = l.country;
  if (l.adm1 && l.fips === null) out.province = l.adm1;
  if (l.adm2 && l.fips === null) out.district = l.adm2;
  if (l.resolution) out.resolution = RESOLUTION[l.resolution];
  return out;
}

/** The PLOVER record of one event, or null when the event has no PLOVER type or no date. */
export function ploverRecord(event: ImportedEvent): PloverRecord | null {
  if (!event.plover.type || !event.date) return null;
  const fromPlover = event.dataset === 'plover';
  const out: PloverRecord = {
    id: fromPlover ? event.externalId : `${event.dataset}-${event.externalId}`,
    date: event.date.start,
  };
  if (event.date.end !== event.date.start) out.enddate = event.date.end;
  out.actor = event.sources.map(entity);
  out.recipient = event.targets.map(entity);
  const extraTypes = fromPlover && Array.isArray(event.extra.event) ? event.extra.event : null;
  out.event = extraTypes ?? [event.plover.type];
  const extraModes = fromPlover && Array.isArray(event.extra.mode) ? event.extra.mode : null;
  if (extraModes) out.mode = extraModes;
  else if (event.plover.mode) out.mode = [event.plover.mode];
  if (event.plover.context.length > 0) out.context = [...event.plover.context];
  if (event.quad !== null) out.quad_code = event.quad;
  if (event.code !== null) out.cameo = event.code;
  if (event.location) out.event_loc = location(event.location);
  const e = event.evidence;
  if (e.text) out.text = e.text;
  if (e.sentence !== null || e.span !== null) {
    const info: PloverRecord = {};
    if (e.sentence !== null) info.sequence = e.sentence;
    if (e.span) Object.assign(info, { start: e.span.start, end: e.span.end });
    out.text_info = info;
  }
  if (e.url || e.source || e.document) {
    const cite: PloverRecord = {};
    if (e.url) cite.url = e.url;
    if (e.source) cite.publication = e.source;
    if (e.document) cite.citation = e.document;
    out.cite_info = cite;
  }
  if (fromPlover) {
    for (const [key, value] of Object.entries(event.extra)) {
      if (!(key in out) || key === 'text_info' || key === 'cite_info') out[key] = value;
    }
    if (Array.isArray(event.extra.actor)) out.actor = event.extra.actor;
    if (Array.isArray(event.extra.recipient)) out.recipient = event.extra.recipient;
  }
  return out;
}

/** One JSONL line (without the line end), or null when the event has no PLOVER record. */
export function ploverJsonLine(event: ImportedEvent): string | null {
  const record = ploverRecord(event);
  return record === null ? null : JSON.stringify(record);
}
