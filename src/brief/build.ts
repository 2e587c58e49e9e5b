/**
 * Gathers a dyad's brief from the store: headline numbers, the designation timeline, key
 * events by category, figures with their periods, the index and what changed, each claim
 * tied to numbered evidence (article, date, sentence).
 */
import {
  CHANGE_METHOD,
  CHANGE_PARAMS,
  DEFAULT_MODALITIES,
  INDEX_FORMULA,
  designationEntries,
  detectChanges,
  dyadDesignations,
  dyadPeriods,
  intervalFor,
  levelAt,
  periodEnd,
  referenceEntries,
  relationshipIndex,
  type DyadPeriod,
  type IndexPoint,
  type LevelEntry,
} from '../analysis/index.js';
import type { Partnerships } from '../dict/partnerships.js';
import type {
  Page,
  SeriesInterval,
  Store,
  StoredDesignation,
  StoredEvent,
  StoredFact,
} from '../store/types.js';
import { CATEGORIES, categoryOf } from './categories.js';
import { EvidenceBook } from './evidence.js';
import { importedCitation, importedClaimKey } from './imported.js';
import { formatAmount, formatDate, formatPeriod, titleCase } from './format.js';
import type {
  Brief,
  ChangeLine,
  DesignationLine,
  EventLine,
  EventSection,
  FigureSection,
  Headline,
} from './types.js';

export interface BriefOptions {
  readonly dyad: readonly [string, string];
  readonly from?: string;
  readonly to?: string;
  /** Period of the index chart; default chosen from the date range. */
  readonly interval?: SeriesInterval;
  /** Dyad's reference table of partnership upgrades, or null to use designations found in articles only. */
  readonly partnerships: Partnerships | null;
  /** Display name of an actor key (CHN → China), or null. */
  readonly nameOf: (key: string) => string | null;
  /** Name of a CAMEO code (042 → Make a visit), or null. */
  readonly codeName?: (code: string) => string | null;
  /** Events shown per category (default 8). */
  readonly perSection?: number;
}

const THIRD_PARTY_ROOTS = ['16', '17', '11', '12', '13', '14'];

const FIGURE_TITLES: Record<string, string> = {
  trade_volume: 'Trade',
  trade_growth: 'Trade growth',
  trade_partner_rank: 'Trade partner rank',
  investment: 'Investment',
  investment_growth: 'Investment growth',
  financing: 'Financing and loans',
  aid: 'Aid',
  project_value: 'Projects',
  count: 'Counts',
  area: 'Areas',
  share: 'Shares',
};
const FIGURE_ORDER = Object.keys(FIGURE_TITLES);

async function all<T>(list: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await list(cursor);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

export async function buildBrief(store: Store, options: BriefOptions): Promise<Brief> {
  const [a, b] = options.dyad;
  const nameOf = (key: string) => options.nameOf(key) ?? key;
  const names: [string, string] = [nameOf(a), nameOf(b)];
  const book = new EvidenceBook();
  const range = {
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
  };
  const base = { dyad: options.dyad, modalities: DEFAULT_MODALITIES, ...range };

  // The data's range, then the chart's interval.
  const yearly = await dyadPeriods(store, { ...base, interval: 'year' });
  const first = options.from ?? yearly[0]?.period ?? null;
  const last = options.to ?? (yearly.at(-1) ? periodEnd(yearly.at(-1)!.period, 'year') : null);
  const interval = options.interval ?? (first && last ? intervalFor(first, last) : 'year');
  const periods = first && last ? await dyadPeriods(store, { ...base, interval, from: first, to: last }) : [];

  // Partnership level and index.
  const dyadDesignationsAll = await dyadDesignations(store, options.dyad);
  const entries: LevelEntry[] = [
    ...designationEntries(dyadDesignationsAll, options.dyad),
    ...(options.partnerships ? referenceEntries(options.partnerships, options.dyad) : []),
  ];
  const index = relationshipIndex(periods, (day) => levelAt(entries, day));

  // Events: the most reported of each category, third parties, and the drivers of changes.
  const perSection = options.perSection ?? 8;
  const modalities = DEFAULT_MODALITIES;
  const byCategory = await Promise.all(
    CATEGORIES.map((category) =>
      store.topEvents({
        dyad: options.dyad,
        undirected: true,
        roots: category.roots,
        modalities,
        limit: perSection + 4,
        ...range,
      }),
    ),
  );
  const third = (
    await Promise.all(
      options.dyad.map((key, i) =>
        store.topEvents({
          actor: key,
          notWith: options.dyad[1 - i]!,
          roots: THIRD_PARTY_ROOTS,
          modalities,
          limit: perSection,
          ...range,
        }),
      ),
    )
  ).flat();
  const changePoints = detectChanges(periods, index, CHANGE_PARAMS);
  const drivers = await Promise.all(
    changePoints.map((c) =>
      store.topEvents({
        dyad: options.dyad,
        undirected: true,
        modalities,
        from: c.period,
        to: c.end,
        order: c.driverOrder,
        limit: 3,
      }),
    ),
  );

  // The reports (article and sentence) of every event shown, in one read.
  const shownIds = [...new Set([...byCategory.flat(), ...third, ...drivers.flat()].map((e) => e.id))];
  const reports = await store.listEventReports({ eventIds: shownIds.slice(0, 1000) });
  const reportOf = new Map<string, (typeof reports)[number]>();
  for (const r of reports) if (!reportOf.has(r.eventId)) reportOf.set(r.eventId, r);
  const eventEvidence = (e: StoredEvent) => {
    const report = reportOf.get(e.id);
    const article = report?.article ?? e.article;
    const citation = report || article ? null : importedCitation(e);
    return book.add({
      article,
      sentence: report?.sentence?.index ?? (citation ? null : (e.evidence?.sentence ?? null)),
      sentenceText: report?.sentence?.text ?? null,
      quote: e.evidence?.text ?? '',
      source: citation?.source ?? null,
      note: citation?.note ?? null,
    });
  };
  const actorLabel = (actor: StoredEvent['sources'][number]): string => {
    const country = actor.country ?? actor.code ?? '?';
    const countryName = nameOf(country);
    // A person or body is named with its country; a country (code = its key) by its name alone.
    const isCountry = actor.code === null || actor.code === country;
    if (
      !isCountry &&
      actor.name &&
      actor.name.toUpperCase() !== countryName.toUpperCase() &&
      actor.name !== country
    ) {
      return `${titleCase(actor.name)} (${countryName})`;
    }
    return countryName;
  };
  const side = (actors: StoredEvent['sources']) => [...new Set(actors.map(actorLabel))].join(' and ');
  const eventLine = (e: StoredEvent, repeats = 1): EventLine => {
    const who = e.reciprocal
      ? side([...e.sources, ...e.targets.filter((t) => !e.sources.some((s) => s.code === t.code))])
      : `${side(e.sources)} → ${side(e.targets)}`;
    const what = e.code ? (options.codeName?.(e.code) ?? `CAMEO ${e.code}`) : 'event';
    const modality = e.modality === 'future' ? ' (intended)' : '';
    return {
      day: e.date?.start ?? null,
      dateText: e.date
        ? formatDate(e.date.value) + (e.date.precision === 'inferred' ? ' (inferred)' : '')
        : 'undated',
      text: `${who}: ${what}${modality}`,
      quote: e.evidence?.text ?? '',
      code: e.code,
      goldstein: e.goldstein,
      mentions: e.counts.mentions,
      repeats,
      evidence: eventEvidence(e),
    };
  };

  // Categories share roots (057 is an agreement, other 05 codes support): pool what was read.
  const pool = [...new Map(byCategory.flat().map((e) => [e.id, e])).values()].sort(
    (x, y) =>
      y.counts.mentions - x.counts.mentions || Math.abs(y.goldstein ?? 0) - Math.abs(x.goldstein ?? 0),
  );
  const sections: EventSection[] = CATEGORIES.map((category, i) => {
    const fetched = byCategory[i]!;
    const inCategory = pool.filter((e) => categoryOf(e.code)?.id === category.id);
    // One line per sentence: several codes read from one sentence are one claim; rows of an
    // imported dataset stating the same thing are one line with their number.
    const lineKey = (e: StoredEvent) =>
      e.evidence?.articleId
        ? `${e.evidence.articleId}:${e.evidence.sentence}`
        : (importedClaimKey(e) ?? e.id);
    const repeats = new Map<string, number>();
    const distinct = inCategory.filter((e) => {
      const n = repeats.get(lineKey(e));
      repeats.set(lineKey(e), (n ?? 0) + 1);
      return n === undefined;
    });
    const shown = distinct.slice(0, perSection).sort(byDay);
    return {
      id: category.id,
      title: category.title,
      lines: shown.map((e) => eventLine(e, repeats.get(lineKey(e)) ?? 1)),
      more: distinct.length - shown.length,
      moreAtLeast: fetched.length >= perSection + 4,
    };
  });
  const thirdShown = [...new Map(third.map((e) => [e.id, e])).values()]
    .sort(
      (x, y) =>
        y.counts.mentions - x.counts.mentions || Math.abs(y.goldstein ?? 0) - Math.abs(x.goldstein ?? 0),
    )
    .slice(0, perSection)
    .sort(byDay);
  sections.push({
    id: 'third-parties',
    title: 'Sanctions, criticism and pressure involving third parties',
    lines: thirdShown.map((e) => eventLine(e)),
    more: Math.max(0, third.length - thirdShown.length),
    moreAtLeast: true,
  });

  // Designations: the dyad's, and memberships of either side.
  const memberships = (
    await Promise.all(
      options.dyad.map((key) =>
        all<StoredDesignation>((cursor) =>
          store.listDesignations({ party: key, kind: 'membership', limit: 1000, cursor, ...range }),
        ),
      ),
    )
  ).flat();
  const designations = designationLines(
    [...dyadDesignationsAll.filter((d) => inRange(d.day, options)), ...memberships],
    nameOf,
    book,
  );

  // Figures.
  const facts = await all<StoredFact>((cursor) =>
    store.listFacts({ dyad: options.dyad, limit: 1000, cursor, ...range }),
  );
  const figures = figureSections(facts, nameOf, book);

  // What changed.
  const changes: ChangeLine[] = changePoints.map((c, i) => ({
    period: c.period,
    periodText: periodText(c.period, interval),
    signals: c.signals,
    drivers: drivers[i]!.map((e) => eventLine(e)),
  }));

  const headline = await headlineOf(store, base, periods, index, figures, designations, book, interval);
  const asOf = book.all
    .map((e) => e.article?.published ?? null)
    .filter((d): d is string => d !== null)
    .reduce<string | null>((m, d) => (m === null || d > m ? d : m), null);
  return {
    dyad: options.dyad,
    names,
    from: first,
    to: last,
    interval,
    asOf,
    headline: { ...headline, articles: new Set(book.all.map((e) => e.article?.id).filter(Boolean)).size },
    designations,
    events: sections,
    figures,
    index,
    changes,
    evidence: book.all,
    formula: INDEX_FORMULA,
    method: CHANGE_METHOD,
  };
}

function byDay<T extends { date?: { start: string } | null; day?: string | null }>(x: T, y: T): number {
  const dx = ('date' in x ? x.date?.start : x.day) ?? '9999';
  const dy = ('date' in y ? y.date?.start : y.day) ?? '9999';
  return dx.localeCompare(dy);
}

function inRange(day: string | null, o: { from?: string; to?: string }): boolean {
  if (day === null) return o.from === undefined && o.to === undefined;
  return (o.from === undefined || day >= o.from) && (o.to === undefined || day <= o.to);
}

function periodText(period: string, interval: SeriesInterval): string {
  switch (interval) {
    case 'year':
      return period.slice(0, 4);
    case 'quarter':
      return `Q${Math.floor(Number(period.slice(5, 7)) / 3) + 1} ${period.slice(0, 4)}`;
    case 'month':
      return formatDate(period.slice(0, 7));
    case 'week':
      return `week of ${formatDate(period)}`;
    case 'day':
      return formatDate(period);
  }
}

async function headlineOf(
  store: Store,
  base: { dyad: readonly [string, string]; from?: string; to?: string },
  periods: readonly DyadPeriod[],
  index: readonly IndexPoint[],
  figures: readonly FigureSection[],
  designations: readonly DesignationLine[],
  book: EvidenceBook,
  interval: SeriesInterval,
): Promise<Omit<Headline, 'articles'>> {
  const sum = (ps: readonly DyadPeriod[]) => ps.reduce((s, p) => s + p.events, 0);
  const [ab, ba] = await Promise.all(
    (['ab', 'ba'] as const).map((direction) =>
      dyadPeriods(store, { ...base, direction, interval: 'year', modalities: DEFAULT_MODALITIES }),
    ),
  );
  const events = sum(periods);
  const coop = periods.reduce((s, p) => s + p.quads[0] + p.quads[1], 0);
  const gCount = periods.reduce((s, p) => s + p.goldstein.count, 0);
  const gSum = periods.reduce((s, p) => s + p.goldstein.sum, 0);
  const active = periods.filter((p) => p.events > 0);
  const latestActive = [...index].reverse().find((p) => p.components.events > 0) ?? index.at(-1) ?? null;
  const before = latestActive
    ? index.filter((p) => p.period < latestActive.period && p.components.events > 0)
    : [];
  const levelEntry = index.at(-1)?.components.level.entry ?? null;
  const levelEvidence = levelEntry
    ? levelEntry.designation
      ? book.add({
          article: levelEntry.designation.article,
          sentence: levelEntry.designation.sentence,
          sentenceText: levelEntry.designation.sentenceText,
          quote: levelEntry.designation.evidence.text,
          source: null,
        })
      : book.add({
          article: null,
          sentence: null,
          sentenceText: null,
          quote: levelEntry.label,
          source: `Dyad's reference table, ${levelEntry.reference ?? 'data/partnerships'}`,
        })
    : null;
  return {
    events,
    directed: { ab: sum(ab!), ba: sum(ba!) },
    cooperativeShare: events > 0 ? coop / events : null,
    meanGoldstein: gCount > 0 ? gSum / gCount : null,
    firstPeriod: active[0] ? periodText(active[0].period, interval) : null,
    lastPeriod: active.at(-1) ? periodText(active.at(-1)!.period, interval) : null,
    figures: figures.reduce((s, f) => s + f.lines.length, 0),
    designations: designations.length,
    level:
      levelEntry && levelEvidence
        ? { label: levelEntry.label, rank: levelEntry.rank, since: levelEntry.day, evidence: levelEvidence }
        : null,
    index: latestActive
      ? {
          latest: latestActive,
          periodText: periodText(latestActive.period, interval),
          before: before.length > 0 ? before.reduce((s, p) => s + p.index, 0) / before.length : null,
        }
      : null,
  };
}

function designationLines(
  found: readonly StoredDesignation[],
  nameOf: (key: string) => string,
  book: EvidenceBook,
): DesignationLine[] {
  const groups = new Map<string, { d: StoredDesignation; n: number }>();
  for (const d of found) {
    const key = [
      d.kind,
      [...d.parties].sort().join('+'),
      (d.level ?? d.label).toLowerCase(),
      d.day ?? '',
    ].join('|');
    const g = groups.get(key);
    if (g) g.n += 1;
    else groups.set(key, { d, n: 1 });
  }
  const ordered = [...groups.values()].sort((x, y) => (x.d.day ?? '9999').localeCompare(y.d.day ?? '9999'));
  let previousRank: number | null = null;
  return ordered.map(({ d, n }) => {
    let change: DesignationLine['change'] = null;
    if (d.kind === 'partnership' && d.rank !== null) {
      change =
        previousRank === null
          ? 'established'
          : d.rank < previousRank
            ? 'upgrade'
            : d.rank === previousRank
              ? 'reaffirmed'
              : 'downgrade';
      if (d.date.precision !== 'undated' || previousRank === null || d.rank < previousRank)
        previousRank = d.rank;
    }
    const parties = d.parties.map(nameOf);
    const level = d.level && d.level.toLowerCase() !== d.label.toLowerCase() ? ` (${d.level})` : '';
    const text =
      d.kind === 'partnership'
        ? `${parties.join('–')}: “${d.label}”${level}${d.rank !== null ? `, rank ${d.rank} on China's ladder` : ''}`
        : d.kind === 'membership'
          ? `${parties[0]}: ${d.label} of ${parties.slice(1).join(', ')}`
          : `${parties.join('–')}: ${d.level ?? d.label}${level ? '' : ''} (“${d.label}”)`;
    return {
      day: d.day,
      dateText:
        d.date.precision === 'undated'
          ? `by ${d.day ? formatDate(d.day) : 'an undated article'} (date not stated)`
          : formatDate(d.date.value),
      kind: d.kind,
      text,
      change,
      alsoIn: n - 1,
      evidence: book.add({
        article: d.article,
        sentence: d.sentence,
        sentenceText: d.sentenceText,
        quote: d.evidence.text,
        source: null,
      }),
    };
  });
}

function figureSections(
  facts: readonly StoredFact[],
  nameOf: (key: string) => string,
  book: EvidenceBook,
): FigureSection[] {
  const byKind = new Map<string, StoredFact[]>();
  for (const f of facts) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  const kinds = [...byKind.keys()].sort((x, y) => rankOf(x) - rankOf(y) || x.localeCompare(y));
  return kinds.map((kind) => {
    const seen = new Set<string>();
    const lines = byKind
      .get(kind)!
      .filter((f) => {
        const key = `${f.value}|${f.unit}|${f.period.value}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((f) => {
        const period = formatPeriod(f.period);
        const direction = f.direction
          ? f.direction.split('->').map(nameOf).join(' → ')
          : f.parties.map(nameOf).join('–');
        const qualifier = f.qualifier ? `${f.qualifier} ` : '';
        const subject = f.subject ? ` (${f.subject})` : '';
        return {
          kind,
          text: `${direction}: ${qualifier}${formatAmount(f.value, f.unit, f.valueEnd)}${subject}`,
          periodText:
            period === '' ? `no period stated (reported ${f.article.published ?? 'undated'})` : period,
          evidence: book.add({
            article: f.article,
            sentence: f.sentence,
            sentenceText: f.sentenceText,
            quote: f.evidence.text,
            source: null,
          }),
        };
      });
    return { kind, title: FIGURE_TITLES[kind] ?? titleCase(kind.replace(/_/g, ' ')), lines };
  });
}

function rankOf(kind: string): number {
  const i = FIGURE_ORDER.indexOf(kind);
  return i < 0 ? FIGURE_ORDER.length : i;
}
