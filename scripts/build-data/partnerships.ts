/**
 * data/partnerships/*.tsv: Dyad's designation tables, derived from
 * ../shared/reference/partnerships (facts compiled from official statements,
 * press reports and scholarship; every row keeps its source citation).
 *
 * - scale.tsv: partnership labels with their rank per scheme (CHN: China's
 *   ladder, 1 = highest, empty = overlay or unranked; other schemes: the labels
 *   other states use, unranked), aliases |-separated.
 * - upgrades.tsv: dated establishment/upgrade events per (actor, partner).
 * - orgs.tsv and memberships.tsv: organisations with the statuses they use, and
 *   dated memberships/observer/partner statuses per country.
 */
import { byText, readShared, tsv, tsvRecords, writeData, type BuildContext } from './files.js';

function precisionOf(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'day';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  if (/^\d{4}$/.test(date)) return 'year';
  return date ? 'text' : 'undated';
}

function list(s: string): string {
  return s
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x.length > 0)
    .join('|');
}

export function buildPartnerships(ctx: BuildContext): void {
  const levels = tsvRecords(readShared(ctx, 'reference/partnerships/china-partnership-levels.tsv'));
  const china = tsvRecords(readShared(ctx, 'reference/partnerships/china-partnerships.tsv'));
  const others = tsvRecords(readShared(ctx, 'reference/partnerships/other-state-labels.tsv'));
  const orgs = tsvRecords(readShared(ctx, 'reference/partnerships/org-statuses.tsv'));

  const scale: string[][] = levels.map((r) => [
    'CHN',
    r.label_en ?? '',
    r.rank === 'NA' ? '' : (r.rank ?? ''),
    list(r.aliases ?? ''),
    r.description ?? '',
    r.label_zh ?? '',
    r.rank_basis ?? '',
    r.source ?? '',
  ]);
  const otherLabels = new Map<string, string[]>();
  for (const r of others) {
    const key = `${r.actor}\t${r.label_en}`;
    if (!otherLabels.has(key))
      otherLabels.set(key, [r.actor ?? '', r.label_en ?? '', '', '', '', '', '', r.source ?? '']);
  }
  scale.push(
    ...[...otherLabels.values()].sort(
      (a, b) => byText(a[0] ?? '', b[0] ?? '') || byText(a[1] ?? '', b[1] ?? ''),
    ),
  );
  writeData(
    ctx,
    'partnerships/scale.tsv',
    "# Partnership labels and their rank per scheme (CHN = China's ladder, 1 = highest; empty rank = overlay or unranked).\n" +
      '# Derived by scripts/build-data.ts from ../shared/reference/partnerships; sources cited per row.\n' +
      tsv(['scheme', 'label', 'rank', 'aliases', 'description', 'label_zh', 'rank_basis', 'source'], scale),
  );

  const upgrades: string[][] = [];
  for (const r of china) {
    const date = r.date || r.year || '';
    upgrades.push([
      'CHN',
      r.partner_iso3 ?? '',
      r.partner_name ?? '',
      r.label_en ?? '',
      r.label_canonical ?? '',
      date,
      precisionOf(date),
      r.event ?? '',
      r.confidence ?? '',
      r.source ?? '',
      r.notes ?? '',
    ]);
  }
  for (const r of others) {
    const date = r.date ?? '';
    upgrades.push([
      r.actor ?? '',
      r.partner_iso3 ?? '',
      r.partner_name ?? '',
      r.label_en ?? '',
      r.label_en ?? '',
      date,
      precisionOf(date),
      'designation',
      r.confidence ?? '',
      r.source ?? '',
      r.notes ?? '',
    ]);
  }
  writeData(
    ctx,
    'partnerships/upgrades.tsv',
    '# Dated partnership establishment and upgrade events (actor → partner), derived from ../shared/reference/partnerships; sources cited per row.\n' +
      tsv(
        [
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
        ],
        upgrades,
      ),
  );

  const orgRows = orgs
    .filter((r) => r.record_type === 'org')
    .map((r) => [
      r.org_code ?? '',
      r.cameo_code_existing ?? '',
      r.org_name ?? '',
      list(r.status_labels ?? ''),
      r.source ?? '',
      r.notes ?? '',
    ]);
  writeData(
    ctx,
    'partnerships/orgs.tsv',
    '# Organisations (CAMEO-style codes; IGOSCO, IGOBRICS, IGOEAEU, IGOCSTO are proposed by Dyad, CAMEO has none) and the statuses each uses.\n' +
      tsv(['org_code', 'cameo_code_existing', 'name', 'statuses', 'source', 'notes'], orgRows),
  );
  const members = orgs
    .filter((r) => r.record_type === 'membership')
    .map((r) => [
      r.org_code ?? '',
      r.country_iso3 ?? '',
      r.country_name ?? '',
      r.status ?? '',
      r.from_date ?? '',
      r.to_date ?? '',
      r.confidence ?? '',
      r.source ?? '',
      r.notes ?? '',
    ]);
  writeData(
    ctx,
    'partnerships/memberships.tsv',
    '# Dated memberships, observer and partner statuses per organisation and country, derived from ../shared/reference/partnerships; sources cited per row.\n' +
      tsv(
        ['org_code', 'country_iso3', 'country_name', 'status', 'from', 'to', 'confidence', 'source', 'notes'],
        members,
      ),
  );
  ctx.log(
    `partnerships: ${scale.length} labels, ${upgrades.length} events, ${orgRows.length} organisations, ${members.length} statuses`,
  );
}
