/**
 * A PLOVER JSON record → ImportedEvent(s). Reads the manual's field names (id, date,
 * enddate, actor[], recipient[], event, mode, context, event_text, event_loc, quad_code,
 * text, text_info, cite_info) and the older ones (source/target, eventText, textInfo,
 * citeInfo, eventLoc), and the gold-standard shape whose `events[]` each carry
 * source/target/plover/plover_mode/cameo/event_text.
 *
 * PLOVER has no CAMEO code: `code` is the record's `cameo` when it has one, else null, and
 * then `root` and `goldstein` are null too; the PLOVER type is the primary category. `quad`
 * is `quad_code` when stated, else GDELT's quad of the CAMEO code, else null (PLOVER's own
 * quad grouping differs from GDELT's, so it is not used to fill the field). Categories of
 * earlier PLOVER drafts (INVESTIGATE, DISAPPROVE, DEMAND, FIGHT) become the current ones; the
 * original stays in `extra` under its field name.
 */
import type { Modality, QuadClass } from '../../../core/types.js';
import { dateRange, parseIsoDate, quadOfCode } from '../fields.js';
import type {
  CameoLookup,
  CountryNameToIso3,
  ImportedActor,
  ImportedEvent,
  ImportedLocation,
  JsonValue,
} from '../types.js';

export interface PloverRefs {
  readonly cameo: CameoLookup;
  /** For entities and locations that give a country name rather than a code. */
  readonly countryNameToIso3?: CountryNameToIso3;
}

type Json = { readonly [key: string]: JsonValue };

/**
 * Categories of earlier PLOVER drafts (used by the gold-standard file) → the current 16, per
 * the manual's CAMEO-to-PLOVER table, with the mode the old category implies.
 */
const LEGACY_TYPES: ReadonlyMap<string, { type: string; mode: string | null }> = new Map([
  ['INVESTIGATE', { type: 'ACCUSE', mode: 'investigate' }],
  ['DISAPPROVE', { type: 'ACCUSE', mode: 'disapprove' }],
  ['DEMAND', { type: 'REQUEST', mode: null }],
  ['FIGHT', { type: 'ASSAULT', mode: null }],
]);

/** PLOVER's international non-state entity codes: not countries. */
const NON_STATE = new Set(['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC']);

/** Top-level fields the record represents; everything else goes to `extra`. */
const CONSUMED = new Set([
  'id',
  'date',
  'enddate',
  'actor',
  'recipient',
  'source',
  'target',
  'event',
  'mode',
  'context',
  'quad_code',
  'cameo',
  'cameo_code',
  'text',
  'events',
]);
const ENTITY_FIELDS = new Set(['code', 'sector', 'entity_text', 'text', 'identifier_text']);

const isObject = (v: JsonValue | undefined): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: JsonValue | undefined): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : null;
const num = (v: JsonValue | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : null;
const list = (v: JsonValue | undefined): string[] =>
  (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])
    .map((x) => str(x as JsonValue))
    .filter((x): x is string => x !== null);

function entity(e: JsonValue, refs: PloverRefs): ImportedActor | null {
  if (typeof e === 'string') return entity({ code: e }, refs);
  if (!isObject(e)) return null;
  const code = str(e.code)?.toUpperCase() ?? null;
  const sector = str(e.sector) ?? str(e.sector_code);
  const countryName = str(e.country_name);
  const country =
    code !== null && /^[A-Z]{3}$/.test(code) && !NON_STATE.has(code)
      ? code
      : countryName !== null
        ? (refs.countryNameToIso3?.(countryName) ?? null)
        : null;
  const fullCode = `${code ?? ''}${sector ?? ''}`;
  return {
    code: fullCode || null,
    country,
    sector,
    name: str(e.identifier_text) ?? str(e.entity_name),
    text: str(e.entity_text) ?? str(e.text) ?? str(e.raw_text),
    location: null,
  };
}

function entities(v: JsonValue | undefined, refs: PloverRefs): ImportedActor[] {
  const items = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return items.map((e) => entity(e as JsonValue, refs)).filter((a): a is ImportedActor => a !== null);
}

/** True when some entity carries fields the actor record does not hold (identifier_id, religion...). */
function richEntities(v: JsonValue | undefined): boolean {
  return Array.isArray(v) && v.some((e) => isObject(e) && Object.keys(e).some((k) => !ENTITY_FIELDS.has(k)));
}

const RESOLUTION: Record<number, ImportedLocation['resolution']> = {
  1: 'country',
  2: 'adm1',
  3: 'adm2',
  4: 'city',
  5: 'city',
};

function eventLocation(v: JsonValue | undefined, refs: PloverRefs): ImportedLocation | null {
  if (!isObject(v)) return null;
  const code = str(v.country_code);
  const countryName = str(v.country);
  const resolution = num(v.resolution);
  return {
    name: str(v.resolved_place) ?? str(v.extracted_place) ?? str(v.city),
    country:
      code !== null && /^[A-Z]{3}$/.test(code)
        ? code
        : countryName !== null
          ? (refs.countryNameToIso3?.(countryName) ?? null)
          : null,
    fips: null,
    adm1: str(v.province),
    adm2: str(v.district),
    lat: num(v.lat),
    lon: num(v.lon),
    featureId: str(v.geonameid),
    resolution: resolution === null ? null : (RESOLUTION[resolution] ?? null),
  };
}

function modalityOf(context: readonly string[]): Modality {
  if (context.includes('negation') || context.includes('negated')) return 'negated';
  if (context.includes('hypothetical')) return 'hypothetical';
  if (context.includes('future')) return 'future';
  return 'asserted';
}

interface EventFields {
  readonly actor: JsonValue | undefined;
  readonly recipient: JsonValue | undefined;
  readonly event: JsonValue | undefined;
  readonly mode: JsonValue | undefined;
  readonly context: JsonValue | undefined;
  readonly cameo: JsonValue | undefined;
  readonly quad: JsonValue | undefined;
  /** The field that named the category ("event", or "plover" in the gold shape). */
  readonly eventKey: string;
  readonly extra: Record<string, JsonValue>;
}

function build(
  record: Json,
  id: string,
  fields: EventFields,
  place: { readonly file: string; readonly line: number },
  refs: PloverRefs,
): ImportedEvent | string {
  const dateText = str(record.date);
  const start = dateText === null ? null : parseIsoDate(dateText);
  if (!start) return dateText === null ? 'no date' : `invalid date "${dateText.slice(0, 40)}"`;
  const endText = str(record.enddate);
  const end = endText === null ? null : parseIsoDate(endText);
  if (endText !== null && !end) return `invalid enddate "${endText.slice(0, 40)}"`;
  const date = end ? dateRange(start, end) : start;
  if (!date) return `enddate ${endText} is before date ${dateText}`;
  const given = list(fields.event).map((t) => t.toUpperCase());
  const types = [...new Set(given.map((t) => LEGACY_TYPES.get(t)?.type ?? t))];
  const implied = given.map((t) => LEGACY_TYPES.get(t)?.mode).find((m) => m);
  const modes = list(fields.mode);
  if (modes.length === 0 && implied) modes.push(implied);
  const context = list(fields.context);
  const cameoText = str(fields.cameo);
  const code = cameoText !== null && /^\d{2,4}$/.test(cameoText) ? cameoText : null;
  if (types.length === 0 && code === null) return 'no event category';
  const info = code === null ? null : refs.cameo(code);
  const stated = num(fields.quad);
  const quad =
    stated !== null && [1, 2, 3, 4].includes(stated)
      ? (stated as QuadClass)
      : (info?.quad ?? (code ? quadOfCode(code) : null));
  const extra = { ...fields.extra };
  if (given.some((t) => LEGACY_TYPES.has(t)))
    extra[fields.eventKey] = given.length === 1 ? (given[0] as string) : given;
  if (types.length > 1) extra.event = types;
  if (modes.length > 1) extra.mode = modes;
  if (richEntities(fields.actor)) extra.actor = fields.actor as JsonValue;
  if (richEntities(fields.recipient)) extra.recipient = fields.recipient as JsonValue;
  const textInfo = record.text_info ?? record.textInfo;
  const citeInfo = record.cite_info ?? record.citeInfo;
  const spanStart = isObject(textInfo) ? num(textInfo.start) : null;
  const spanEnd = isObject(textInfo) ? num(textInfo.end) : null;
  return {
    dataset: 'plover',
    externalId: id,
    code,
    root: code?.slice(0, 2) ?? null,
    quad,
    goldstein: info?.goldstein ?? null,
    plover: {
      type: types[0] ?? info?.plover.type ?? null,
      mode: modes[0] ?? (types.length === 0 ? (info?.plover.mode ?? null) : null),
      context,
    },
    sources: entities(fields.actor, refs),
    targets: entities(fields.recipient, refs),
    modality: modalityOf(context),
    date,
    dateAdded: null,
    location: eventLocation(record.event_loc ?? record.eventLoc, refs),
    evidence: {
      text: str(record.text),
      url: isObject(citeInfo) ? str(citeInfo.url) : null,
      source: isObject(citeInfo) ? str(citeInfo.publication) : null,
      document: isObject(citeInfo) ? str(citeInfo.citation) : null,
      sentence: isObject(textInfo) ? num(textInfo.sequence) : null,
      span: spanStart !== null && spanEnd !== null ? { start: spanStart, end: spanEnd } : null,
      offsets: null,
    },
    numMentions: null,
    numSources: null,
    numArticles: null,
    avgTone: null,
    provenance: { file: place.file, line: place.line, format: 'plover' },
    extra,
  };
}

/** Events from one parsed PLOVER record, or why it cannot be read. */
export function parsePloverRecord(
  value: JsonValue,
  place: { readonly file: string; readonly line: number },
  refs: PloverRefs,
): ImportedEvent[] | string {
  if (!isObject(value)) return 'not a JSON object';
  const id = str(value.id);
  if (id === null) return 'no id';
  const extra: Record<string, JsonValue> = {};
  for (const key of Object.keys(value)) if (!CONSUMED.has(key)) extra[key] = value[key] as JsonValue;
  if (Array.isArray(value.events)) {
    const out: ImportedEvent[] = [];
    for (let i = 0; i < value.events.length; i++) {
      const e = value.events[i] as JsonValue;
      if (!isObject(e)) return `events[${i}] is not an object`;
      const eventExtra = { ...extra };
      for (const key of Object.keys(e)) {
        if (
          ![
            'source',
            'target',
            'actor',
            'recipient',
            'plover',
            'event',
            'plover_mode',
            'mode',
            'context',
            'cameo',
          ].includes(key)
        ) {
          eventExtra[key] = e[key] as JsonValue;
        }
      }
      const built = build(
        value,
        value.events.length === 1 ? id : `${id}#${i + 1}`,
        {
          actor: e.actor ?? e.source,
          recipient: e.recipient ?? e.target,
          event: e.event ?? e.plover,
          eventKey: e.event !== undefined ? 'event' : 'plover',
          mode: e.mode ?? e.plover_mode,
          context: e.context ?? value.context,
          cameo: e.cameo,
          quad: e.quad_code,
          extra: eventExtra,
        },
        place,
        refs,
      );
      if (typeof built === 'string') return `events[${i}]: ${built}`;
      out.push(built);
    }
    return out;
  }
  const built = build(
    value,
    id,
    {
      actor: value.actor ?? value.source,
      recipient: value.recipient ?? value.target,
      event: value.event,
      eventKey: 'event',
      mode: value.mode,
      context: value.context,
      cameo: value.cameo ?? value.cameo_code,
      quad: value.quad_code,
      extra,
    },
    place,
    refs,
  );
  return typeof built === 'string' ? built : [built];
}
