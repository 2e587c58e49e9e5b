/**
 * data/actors/Dyad.leaders.actors.txt: heads of state and government (in office
 * 2021 or later) and foreign ministers (2023) from Wikidata (CC0), written in
 * PETRARCH actor format with dated codes.
 *
 * - Every office becomes `[XXXGOV from-to]` (or `>from` while in office), XXX the
 *   ISO alpha-3 code of the country; an undated `[XXXELI]` default covers the
 *   person outside office (CAMEO ELI: elites, including former officials).
 * - Start dates: Wikidata gives a full date for the foreign ministers and a year
 *   for the leaders. For a year, the day is taken from the Phoenix dictionary when
 *   it lists the same person with a GOV code starting in that year; otherwise the
 *   year's first day is used (noted in the comment). An end year becomes its last
 *   day. Both over-cover a transition year rather than leave a gap.
 * - A name with diacritics also gets an ASCII-folded synonym.
 * - Sub-national governments and states without an ISO code are skipped.
 */
import type { ActorEntry } from '../../src/dict/actor-file.js';
import { asciiFold, byText, csvRecords, readShared, writeData, type BuildContext } from './files.js';
import { foldKey } from './countries.js';
import { phraseParts } from '../../src/dict/text.js';

/** Wikidata country labels GeoNames spells differently. */
const LABELS: Readonly<Record<string, string>> = {
  'Czech Republic': 'CZE',
  Eswatini: 'SWZ',
  'Federated States of Micronesia': 'FSM',
  'Holy See': 'VAT',
  'Vatican City': 'VAT',
  'Kingdom of Denmark': 'DNK',
  'Kingdom of the Netherlands': 'NLD',
  'North Macedonia': 'MKD',
  "People's Republic of China": 'CHN',
  'Republic of Ireland': 'IRL',
  'State of Palestine': 'PSE',
  'São Tomé and Príncipe': 'STP',
  'The Bahamas': 'BHS',
  'The Gambia': 'GMB',
  'United States of America': 'USA',
  'Bailiwick of Guernsey': 'GGY',
};

interface Office {
  iso3: string;
  position: string;
  from: string;
  to: string | null;
  precision: 'day' | 'year';
  dayFrom: 'wikidata' | 'phoenix' | 'year start';
}

interface Person {
  qid: string;
  name: string;
  offices: Office[];
}

function cleanName(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

function phraseOf(name: string): string {
  return name.toUpperCase().replace(/[,]/g, '').replace(/\s+/g, '_') + '_';
}

export function buildLeaders(
  ctx: BuildContext,
  byName: ReadonlyMap<string, string>,
  phoenix: readonly ActorEntry[],
): void {
  const resolve = (label: string): string | null => LABELS[label] ?? byName.get(foldKey(label)) ?? null;
  const skipped = new Map<string, number>();
  const people = new Map<string, Person>();

  // Phoenix persons by folded name, for day-precise starts.
  const phoenixByName = new Map<string, ActorEntry[]>();
  for (const e of phoenix) {
    for (const p of e.phrases) {
      const k = phraseParts(p.text).join(' ');
      const list = phoenixByName.get(k) ?? [];
      list.push(e);
      phoenixByName.set(k, list);
    }
  }
  const phoenixDay = (name: string, iso3: string, year: string): string | null => {
    const key = asciiFold(name).toLowerCase().replace(/[-]/g, ' - ').split(/\s+/).join(' ');
    for (const e of phoenixByName.get(key) ?? []) {
      for (const c of e.codes) if (c.code === `${iso3}GOV` && c.from?.startsWith(year)) return c.from;
    }
    return null;
  };

  const person = (qid: string, name: string): Person => {
    let p = people.get(qid);
    if (!p) {
      p = { qid, name, offices: [] };
      people.set(qid, p);
    }
    return p;
  };

  for (const r of csvRecords(readShared(ctx, 'reference/leaders/world_leaders_2021_wikidata.csv'))) {
    const name = cleanName(r.officeholderLabel ?? '');
    const qid = r.officeholder ?? '';
    if (!name || /^Q\d+$/.test(name) || !r.start_year) {
      skipped.set('no name or start', (skipped.get('no name or start') ?? 0) + 1);
      continue;
    }
    const iso3 = resolve(r.country ?? '');
    if (!iso3) {
      skipped.set(r.country ?? '', (skipped.get(r.country ?? '') ?? 0) + 1);
      continue;
    }
    const day = phoenixDay(name, iso3, r.start_year);
    person(qid, name).offices.push({
      iso3,
      position: r.positionLabel ?? '',
      from: day ?? `${r.start_year}-01-01`,
      to: r.end_year ? `${r.end_year}-12-31` : null,
      precision: day ? 'day' : 'year',
      dayFrom: day ? 'phoenix' : 'year start',
    });
  }
  for (const r of csvRecords(readShared(ctx, 'reference/leaders/foreign_ministers_2023_wikidata.csv'))) {
    const name = cleanName(r.name ?? '');
    if (!name || !r.start || !r.person) {
      skipped.set('no name or start', (skipped.get('no name or start') ?? 0) + 1);
      continue;
    }
    const iso3 = resolve(r.countryLabel ?? '');
    if (!iso3) {
      skipped.set(r.countryLabel ?? '', (skipped.get(r.countryLabel ?? '') ?? 0) + 1);
      continue;
    }
    person(r.person, name).offices.push({
      iso3,
      position: r.positionLabel ?? '',
      from: r.start.slice(0, 10),
      to: null,
      precision: 'day',
      dayFrom: 'wikidata',
    });
  }

  const d = (iso: string): string => iso.replace(/-/g, '');
  const blocks: string[] = [];
  const sorted = [...people.values()].sort((a, b) => byText(a.name, b.name) || byText(a.qid, b.qid));
  for (const p of sorted) {
    const offices = [...p.offices].sort((a, b) => byText(a.from, b.from) || byText(a.position, b.position));
    const unique = offices.filter(
      (o, i) => offices.findIndex((x) => x.iso3 === o.iso3 && x.from === o.from && x.to === o.to) === i,
    );
    const what = unique
      .map(
        (o) =>
          `${o.position} from ${o.precision === 'year' ? o.from.slice(0, 4) : o.from}${o.to ? ` to ${o.to.slice(0, 4)}` : ''}${o.dayFrom === 'phoenix' ? ' (day from Phoenix)' : ''}`,
      )
      .join('; ');
    const lines = [`${phraseOf(p.name)}  # Wikidata ${p.qid}: ${what}`];
    const folded = asciiFold(p.name);
    if (folded !== p.name) lines.push(`+${phraseOf(folded)}  # ASCII spelling`);
    for (const o of unique)
      lines.push(o.to ? `\t[${o.iso3}GOV ${d(o.from)}-${d(o.to)}]` : `\t[${o.iso3}GOV >${d(o.from)}]`);
    const countries = [...new Set(unique.map((o) => o.iso3))];
    if (countries.length === 1) lines.push(`\t[${countries[0]}ELI]`);
    blocks.push(lines.join('\n'));
  }
  const skippedNote = [...skipped.entries()]
    .sort((a, b) => byText(a[0], b[0]))
    .map(([k, n]) => `${k} (${n})`)
    .join(', ');
  const header = [
    '# Dyad.leaders.actors.txt: heads of state and government in office 2021 or later, and foreign ministers in 2023.',
    '# GENERATED by scripts/build-data.ts from ../shared/reference/leaders (Wikidata, CC0). Do not edit by hand:',
    '# corrections go in Dyad.additions.actors.txt, which is loaded first.',
    '# Codes: [XXXGOV from-to] while in office (XXX = ISO alpha-3), [XXXELI] otherwise. A start known only as a year',
    '# is written as 1 January unless the Phoenix dictionary gives the day; an end year as 31 December.',
    `# Skipped (no ISO country, sub-national, or no name): ${skippedNote}`,
    '',
  ].join('\n');
  writeData(ctx, 'actors/Dyad.leaders.actors.txt', header + '\n' + blocks.join('\n\n') + '\n');
  ctx.log(
    `leaders: ${sorted.length} people; skipped ${[...skipped.values()].reduce((a, b) => a + b, 0)} rows`,
  );
}
