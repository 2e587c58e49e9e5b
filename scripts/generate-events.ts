/**
 * Generates a database of synthetic imported events whose distributions mirror real GDELT:
 * each event copies a random row of a real GDELT 2.0 export (its actor pair, CAMEO code,
 * Goldstein score, quad class and mention counts), gets a day in [--from, --to] in date order
 * (as GDELT files arrive), and is stored through the Store (putImportedEvents). A few dyads
 * the dashboard and the load test ask for (CHN–BLR, CHN–RUS, BLR–IGOEUREEC) get a small,
 * fixed share of the events, as they would in a real feed that follows them.
 *
 *   npx tsx scripts/generate-events.ts --db /tmp/dyad-load.duckdb [--events 1000000] [--seed 1]
 *     [--from 2015-01-01] [--to 2024-12-31] [--sample FILE.export.CSV]
 *
 * The sample defaults to ../shared/corpus/gdelt/gdelt-big-data/20191024143000.export.CSV;
 * without it, a small built-in distribution over CAMEO roots is used (and said so).
 */
import { existsSync } from 'node:fs';
import { loadDictionaries } from '../src/dict/index.js';
import { readGdelt } from '../src/ingest/events/index.js';
import type { ImportedActor, ImportedEvent as GdeltEvent } from '../src/ingest/events/index.js';
import { openStore } from '../src/store/index.js';
import type { ImportedEvent, StoredEventActor, Store } from '../src/store/types.js';
import { sharedFile } from '../src/testing/shared.js';

export interface GenerateOptions {
  readonly events: number;
  readonly seed: number;
  readonly from: string;
  readonly to: string;
  readonly sample: string | null;
  readonly batch?: number;
  readonly log?: (line: string) => void;
}

/** Share of all events given to each followed dyad (either direction). */
export const FOCUS_DYADS: readonly { readonly a: string; readonly b: string; readonly share: number }[] = [
  { a: 'CHN', b: 'BLR', share: 0.001 },
  { a: 'CHN', b: 'RUS', share: 0.005 },
  { a: 'BLR', b: 'IGOEUREEC', share: 0.001 },
];

export const DEFAULT_SAMPLE = 'corpus/gdelt/gdelt-big-data/20191024143000.export.CSV';

interface Template {
  readonly code: string;
  readonly root: string;
  readonly quad: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly sources: readonly StoredEventActor[];
  readonly targets: readonly StoredEventActor[];
  readonly mentions: number;
  readonly sources_: number;
  readonly articles: number;
  readonly location: ImportedEvent['location'];
}

/** A small deterministic PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function actorOf(a: ImportedActor): StoredEventActor {
  return {
    code: a.code,
    country: a.country,
    sector: a.sector,
    name: a.name,
    text: a.name,
    start: null,
    end: null,
  };
}

async function templatesFrom(path: string): Promise<Template[]> {
  const dicts = loadDictionaries();
  const out: Template[] = [];
  const lookup = (code: string) => {
    const c = dicts.cameo.get(code);
    return c
      ? { goldstein: c.goldstein, quad: c.quad, plover: { type: c.plover.type, mode: c.plover.mode } }
      : null;
  };
  for await (const item of readGdelt(path, {
    fipsToIso3: (f) => dicts.countries.fromFips(f),
    cameo: lookup,
  })) {
    if (item.kind !== 'event') continue;
    const e: GdeltEvent = item.event;
    if (e.code === null || e.root === null || e.quad === null || e.goldstein === null) continue;
    out.push({
      code: e.code,
      root: e.root,
      quad: e.quad,
      goldstein: e.goldstein,
      sources: e.sources.map(actorOf),
      targets: e.targets.map(actorOf),
      mentions: Math.max(1, e.numMentions ?? 1),
      sources_: Math.max(1, e.numSources ?? 1),
      articles: Math.max(1, e.numArticles ?? 1),
      location: e.location
        ? {
            name: e.location.name ?? '',
            country: e.location.country,
            lat: e.location.lat,
            lon: e.location.lon,
          }
        : null,
    });
  }
  return out;
}

/** Without the GDELT sample: a few countries and one code per root, with GDELT's rough root shares. */
function builtInTemplates(): Template[] {
  const countries = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'DEU', 'IND', 'UKR', 'ISR', 'IRN', 'BLR', 'TUR'];
  const roots: [string, number, 1 | 2 | 3 | 4, number][] = [
    ['010', 25, 1, 0],
    ['020', 6, 1, 3],
    ['036', 8, 1, 4],
    ['042', 14, 1, 1.9],
    ['051', 9, 1, 3.4],
    ['061', 3, 2, 6.4],
    ['073', 2, 2, 7.4],
    ['112', 7, 3, -2],
    ['130', 3, 3, -4.4],
    ['163', 2, 4, -8],
    ['173', 4, 4, -5],
    ['190', 5, 4, -10],
  ];
  const out: Template[] = [];
  for (const [code, weight, quad, goldstein] of roots) {
    for (let i = 0; i < weight; i += 1) {
      const a = countries[(i * 5) % countries.length]!;
      const b = countries[(i * 7 + 3) % countries.length]!;
      const actor = (c: string) => ({
        code: c,
        country: c,
        sector: null,
        name: c,
        text: c,
        start: null,
        end: null,
      });
      out.push({
        code,
        root: code.slice(0, 2),
        quad,
        goldstein,
        sources: [actor(a)],
        targets: a === b ? [] : [actor(b)],
        mentions: 1 + (i % 10),
        sources_: 1,
        articles: 1 + (i % 10),
        location: null,
      });
    }
  }
  return out;
}

function withDyad(t: Template, a: string, b: string): Template {
  const as = (key: string, like: StoredEventActor | undefined): StoredEventActor => {
    const igo = key.startsWith('IGO');
    const sector = igo ? null : (like?.sector ?? null);
    return {
      code: igo ? key : `${key}${sector ?? ''}`,
      country: igo ? null : key,
      sector,
      name: key,
      text: key,
      start: null,
      end: null,
    };
  };
  return { ...t, sources: [as(a, t.sources[0])], targets: [as(b, t.targets[0])] };
}

function dayAt(from: string, to: string, fraction: number): string {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return new Date(a + Math.floor(((b - a) / 86_400_000 + 1) * fraction) * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** Generates and stores the events; returns how many were inserted. */
export async function generateEvents(store: Store, options: GenerateOptions): Promise<number> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const templates = options.sample ? await templatesFrom(options.sample) : builtInTemplates();
  if (templates.length === 0) throw new Error('no usable rows in the sample');
  log(
    options.sample
      ? `templates: ${templates.length} GDELT rows from ${options.sample}`
      : 'templates: the built-in distribution (no GDELT sample found)',
  );
  const next = random(options.seed);
  const batch = options.batch ?? 50_000;
  let inserted = 0;
  const started = performance.now();
  for (let first = 0; first < options.events; first += batch) {
    const rows: ImportedEvent[] = [];
    for (let n = first; n < Math.min(options.events, first + batch); n += 1) {
      let t = templates[Math.floor(next() * templates.length)]!;
      const r = next();
      let acc = 0;
      for (const f of FOCUS_DYADS) {
        acc += f.share;
        if (r < acc) {
          t = next() < 0.5 ? withDyad(t, f.a, f.b) : withDyad(t, f.b, f.a);
          break;
        }
      }
      // Date order with a little jitter, as successive files.
      const day = dayAt(options.from, options.to, Math.min(0.999999, (n + next() * 50) / options.events));
      rows.push({
        dataset: 'gdelt',
        externalId: `L${options.seed}-${n}`,
        code: t.code,
        root: t.root,
        quad: t.quad,
        goldstein: t.goldstein,
        plover: { type: null, mode: null },
        sources: t.sources,
        targets: t.targets,
        reciprocal: false,
        modality: 'asserted',
        date: { value: day, precision: 'day', start: day, end: day },
        location: t.location,
        counts: { mentions: t.mentions, articles: t.articles, sources: t.sources_ },
        evidenceText: null,
        sourceUrl: `https://example.org/generated/${n}`,
        extra: null,
        origin: { file: 'generate-events', line: n + 1 },
      });
    }
    const result = await store.putImportedEvents(rows);
    inserted += result.inserted;
    const s = (performance.now() - started) / 1000;
    log(
      `stored ${inserted.toLocaleString('en')} events (${Math.round(inserted / s).toLocaleString('en')}/s)`,
    );
  }
  return inserted;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const db = option('db', '');
  if (db === '') {
    process.stderr.write(
      'usage: tsx scripts/generate-events.ts --db FILE [--events N] [--seed S] [--from D] [--to D]\n',
    );
    process.exitCode = 2;
    return;
  }
  const sampleOption = option('sample', '');
  const sample =
    sampleOption !== '' ? (existsSync(sampleOption) ? sampleOption : null) : sharedFile(DEFAULT_SAMPLE);
  const store = await openStore({ path: db });
  try {
    await generateEvents(store, {
      events: Number(option('events', '1000000')),
      seed: Number(option('seed', '1')),
      from: option('from', '2015-01-01'),
      to: option('to', '2024-12-31'),
      sample,
    });
    const stats = await store.stats({ top: 1 });
    process.stderr.write(
      `${db}: ${stats.counts.events.toLocaleString('en')} events, ${stats.counts.eventPairs.toLocaleString('en')} pairs\n`,
    );
  } finally {
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) await main();
