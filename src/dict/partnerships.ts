/**
 * Relationship designations: the partnership scale (China's ladder and other
 * states' labels), dated establishment/upgrade events, organisations and dated
 * membership/observer/partner statuses. Every row keeps its source citation.
 */
import type { ParseResult } from './parse-result.js';
import { listCell, parseTsv } from './tsv.js';

export interface PartnershipLabel {
  readonly id: string;
  /** `CHN` for China's ladder; otherwise the state (or IGO) that uses the label. */
  readonly scheme: string;
  readonly label: string;
  /** 1 = highest; null = an overlay or unranked label. */
  readonly rank: number | null;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly labelZh: string;
  readonly rankBasis: string;
  readonly source: string;
}

export interface PartnershipEvent {
  readonly id: string;
  readonly actor: string;
  readonly partner: string;
  readonly partnerName: string;
  readonly labelStated: string;
  readonly labelCanonical: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD ('' when undated). */
  readonly date: string;
  readonly precision: string;
  readonly event: string;
  readonly confidence: string;
  readonly source: string;
  readonly notes: string;
}

export interface Organisation {
  readonly id: string;
  readonly code: string;
  readonly cameoExisting: string;
  readonly name: string;
  readonly statuses: readonly string[];
  readonly source: string;
}

export interface OrgStatus {
  readonly id: string;
  readonly org: string;
  readonly country: string;
  readonly countryName: string;
  readonly status: string;
  /** YYYY[-MM[-DD]] or ''. */
  readonly from: string;
  readonly to: string;
  readonly confidence: string;
  readonly source: string;
  readonly notes: string;
}

export interface Partnerships {
  readonly scale: readonly PartnershipLabel[];
  readonly events: readonly PartnershipEvent[];
  readonly orgs: readonly Organisation[];
  readonly memberships: readonly OrgStatus[];
  /** The label of a scheme whose label or alias equals `text` (case-insensitive). */
  label(scheme: string, text: string): PartnershipLabel | undefined;
  /** Statuses of a country in an organisation that hold on an ISO day (partial dates cover their whole period). */
  statusOn(org: string, iso3: string, isoDate: string): OrgStatus[];
}

const DATE = /^(\d{4}(-\d{2}(-\d{2})?)?)?$/;

function rows(
  text: string,
  fileName: string,
  columns: readonly string[],
): ParseResult<readonly { id: string; c: Readonly<Record<string, string>> }[]> {
  const t = parseTsv(text, fileName, columns);
  return {
    value: t.value.map((r) => ({ id: `${fileName}:${r.line}`, c: r.cells })),
    errors: t.errors,
    warnings: [],
  };
}

export function parseScale(text: string, fileName: string): ParseResult<readonly PartnershipLabel[]> {
  const t = rows(text, fileName, [
    'scheme',
    'label',
    'rank',
    'aliases',
    'description',
    'label_zh',
    'rank_basis',
    'source',
  ]);
  const errors = [...t.errors];
  const out: PartnershipLabel[] = [];
  for (const { id, c } of t.value) {
    const rank = c.rank ? Number(c.rank) : null;
    if (rank !== null && !Number.isInteger(rank)) {
      errors.push(`${id}: bad rank "${c.rank}"`);
      continue;
    }
    out.push({
      id,
      scheme: c.scheme ?? '',
      label: c.label ?? '',
      rank,
      aliases: listCell(c.aliases),
      description: c.description ?? '',
      labelZh: c.label_zh ?? '',
      rankBasis: c.rank_basis ?? '',
      source: c.source ?? '',
    });
  }
  return { value: out, errors, warnings: [] };
}

export function parseEvents(text: string, fileName: string): ParseResult<readonly PartnershipEvent[]> {
  const t = rows(text, fileName, [
    'actor',
    'partner_iso3',
    'partner_name',
    'label_stated',
    'label_canonical',
    'date',
    'precision',
    'event',
    'confidence',
    'source',
    'notes',
  ]);
  const errors = [...t.errors];
  const out: PartnershipEvent[] = [];
  for (const { id, c } of t.value) {
    if (!DATE.test(c.date ?? '')) {
      errors.push(`${id}: bad date "${c.date}"`);
      continue;
    }
    out.push({
      id,
      actor: c.actor ?? '',
      partner: c.partner_iso3 ?? '',
      partnerName: c.partner_name ?? '',
      labelStated: c.label_stated ?? '',
      labelCanonical: c.label_canonical ?? '',
      date: c.date ?? '',
      precision: c.precision ?? '',
      event: c.event ?? '',
      confidence: c.confidence ?? '',
      source: c.source ?? '',
      notes: c.notes ?? '',
    });
  }
  return { value: out, errors, warnings: [] };
}

export function parseOrgs(text: string, fileName: string): ParseResult<readonly Organisation[]> {
  const t = rows(text, fileName, ['org_code', 'cameo_code_existing', 'name', 'statuses', 'source']);
  return {
    value: t.value.map(({ id, c }) => ({
      id,
      code: c.org_code ?? '',
      cameoExisting: c.cameo_code_existing ?? '',
      name: c.name ?? '',
      statuses: listCell(c.statuses),
      source: c.source ?? '',
    })),
    errors: t.errors,
    warnings: [],
  };
}

export function parseMemberships(text: string, fileName: string): ParseResult<readonly OrgStatus[]> {
  const t = rows(text, fileName, [
    'org_code',
    'country_iso3',
    'country_name',
    'status',
    'from',
    'to',
    'confidence',
    'source',
    'notes',
  ]);
  const errors = [...t.errors];
  const out: OrgStatus[] = [];
  for (const { id, c } of t.value) {
    if (!DATE.test(c.from ?? '') || !DATE.test(c.to ?? '')) {
      errors.push(`${id}: bad date "${c.from}" / "${c.to}"`);
      continue;
    }
    out.push({
      id,
      org: c.org_code ?? '',
      country: c.country_iso3 ?? '',
      countryName: c.country_name ?? '',
      status: c.status ?? '',
      from: c.from ?? '',
      to: c.to ?? '',
      confidence: c.confidence ?? '',
      source: c.source ?? '',
      notes: c.notes ?? '',
    });
  }
  return { value: out, errors, warnings: [] };
}

/** First and last ISO day a partial date covers. */
function span(date: string): [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

export function buildPartnerships(
  scale: readonly PartnershipLabel[],
  events: readonly PartnershipEvent[],
  orgs: readonly Organisation[],
  memberships: readonly OrgStatus[],
): Partnerships {
  return Object.freeze({
    scale: Object.freeze([...scale]),
    events: Object.freeze([...events]),
    orgs: Object.freeze([...orgs]),
    memberships: Object.freeze([...memberships]),
    label: (scheme: string, text: string) => {
      const want = text.trim().toLowerCase();
      return scale.find(
        (l) =>
          l.scheme === scheme &&
          (l.label.toLowerCase() === want || l.aliases.some((a) => a.toLowerCase() === want)),
      );
    },
    statusOn: (org: string, iso3: string, isoDate: string) =>
      memberships.filter(
        (m) =>
          m.org === org &&
          m.country === iso3 &&
          (!m.from || span(m.from)[0] <= isoDate) &&
          (!m.to || isoDate <= span(m.to)[1]),
      ),
  });
}
