import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { StoredEvent } from '../../store/types.js';
import { sharedFile, skipUnlessShared } from '../../testing/shared.js';
import { loadImportLookups } from './lookups.js';
import { readEventFile, type EventFileFormat } from './read.js';
import { IMPORT_NOTES_KEY, fromStoreEvent, toStoreEvent, toStoreMention } from './store-record.js';
import { collect, tempFile } from './testing/collect.js';
import { allEvents, inBatches, withTempStore } from './testing/store.js';
import type { ImportedEvent, ImportedLocation, ImportedMention } from './types.js';

const lookups = loadImportLookups();

const place: ImportedLocation = {
  name: 'Minsk, Horad Minsk, Belarus',
  country: 'BLR',
  fips: 'BO',
  adm1: 'BO04',
  adm2: null,
  lat: 53.9,
  lon: 27.5667,
  featureId: '-2568163',
  resolution: 'city',
};

/** An event as an importer yields it (values invented). */
const event: ImportedEvent = {
  dataset: 'gdelt2',
  externalId: '900000001',
  code: '0311',
  root: '03',
  quad: 1,
  goldstein: 5.2,
  plover: { type: 'AGREE', mode: null, context: ['economic'] },
  sources: [
    { code: 'BLRGOV', country: 'BLR', sector: 'GOV', name: 'BELARUS', text: null, location: place },
    { code: 'RUS', country: 'RUS', sector: null, name: 'RUSSIA', text: null, location: null },
  ],
  targets: [{ code: 'CHN', country: 'CHN', sector: null, name: 'CHINA', text: null, location: null }],
  modality: 'asserted',
  date: { value: '2023-12-04', precision: 'day', start: '2023-12-04', end: '2023-12-04' },
  dateAdded: '2023-12-05T10:15:00Z',
  location: { ...place, name: null, adm1: null },
  evidence: {
    text: null,
    url: 'https://example.org/a',
    source: null,
    document: null,
    sentence: 4,
    span: null,
    offsets: { actor1: 12, actor2: null, action: 30 },
  },
  numMentions: 6,
  numSources: 2,
  numArticles: null,
  avgTone: -2.5,
  provenance: { file: 'x.export.CSV', line: 7, format: 'gdelt2-events' },
  extra: { IsRootEvent: '1', Actor1Type2Code: 'ELI' },
};

test('toStoreEvent: the store columns, and the rest under @dyad', () => {
  const stored = toStoreEvent(event);
  assert.equal(stored.dataset, 'gdelt', 'GDELT 1.0 and 2.0 share one dataset name (and GLOBALEVENTIDs)');
  assert.equal(stored.externalId, '900000001');
  assert.deepEqual(stored.sources[0], {
    code: 'BLRGOV',
    country: 'BLR',
    sector: 'GOV',
    name: 'BELARUS',
    text: null,
    start: null,
    end: null,
  });
  assert.deepEqual(stored.location, { name: 'BLR', country: 'BLR', lat: 53.9, lon: 27.5667 });
  assert.deepEqual(stored.counts, { mentions: 6, sources: 2, articles: 1 });
  assert.deepEqual(stored.evidence, { sentence: 4, start: null, end: null, offsets: event.evidence.offsets });
  assert.equal(stored.sourceUrl, 'https://example.org/a');
  assert.deepEqual(stored.origin, { file: 'x.export.CSV', line: 7 });
  assert.deepEqual(Object.keys(stored.extra ?? {}), ['IsRootEvent', 'Actor1Type2Code', IMPORT_NOTES_KEY]);
  assert.deepEqual(stored.extra?.[IMPORT_NOTES_KEY], {
    dataset: 'gdelt2',
    format: 'gdelt2-events',
    context: ['economic'],
    dateAdded: '2023-12-05T10:15:00Z',
    avgTone: -2.5,
    counts: { mentions: 6, sources: 2, articles: null },
    location: [null, 'BLR', 'BO', null, null, 53.9, 27.5667, '-2568163', 'city'],
    actors: {
      sources: [
        ['Minsk, Horad Minsk, Belarus', 'BLR', 'BO', 'BO04', null, 53.9, 27.5667, '-2568163', 'city'],
        null,
      ],
      targets: [null],
    },
  });
  assert.throws(() => toStoreEvent({ ...event, dataset: 'dyad' }), /Dyad-coded/);
});

test('an event without counts is stored with the store default and read back without them', async () => {
  const icews: ImportedEvent = {
    ...event,
    dataset: 'icews',
    numMentions: null,
    numSources: null,
    numArticles: null,
    provenance: { ...event.provenance, format: 'icews' },
  };
  assert.equal(toStoreEvent(icews).counts, undefined);
  await withTempStore(async (store) => {
    await store.importEvents(inBatches([toStoreEvent(icews)]));
    const [stored] = await allEvents(store);
    assert.ok(stored);
    assert.deepEqual(stored.counts, { mentions: 1, articles: 1, sources: 1 });
    assert.deepEqual(fromStoreEvent(stored), icews);
  });
});

test('extra keys that are special to JavaScript stay plain data', async () => {
  const odd: ImportedEvent = { ...event, extra: JSON.parse('{"__proto__": "x", "constructor": "y"}') };
  await withTempStore(async (store) => {
    await store.importEvents(inBatches([toStoreEvent(odd)]));
    const [stored] = await allEvents(store);
    const back = fromStoreEvent(stored as StoredEvent);
    assert.deepEqual(Object.keys(back.extra), ['__proto__', 'constructor']);
    assert.equal(Object.getPrototypeOf(back.extra), Object.prototype);
    assert.deepEqual(back, odd);
  });
});

/** Reads a file, stores its events, reads them back, and checks every one comes back as read. */
async function roundTrip(path: string, format: EventFileFormat, translingual?: boolean): Promise<number> {
  const { events } = await collect(
    readEventFile(path, format, { ...lookups, ...(translingual ? { translingual } : {}) }),
  );
  const first = new Map<string, ImportedEvent>();
  for (const e of events) {
    const key = `${toStoreEvent(e).dataset}:${e.externalId}`;
    if (!first.has(key)) first.set(key, e);
  }
  return withTempStore(async (store) => {
    const result = await store.importEvents(inBatches(events.map(toStoreEvent), 300));
    assert.equal(result.inserted, first.size);
    const stored = await allEvents(store);
    assert.equal(stored.length, first.size);
    for (const s of stored) {
      const original = first.get(s.id);
      assert.ok(original, s.id);
      assert.deepEqual(
        fromStoreEvent(s),
        original,
        `${s.id} (${original.provenance.file}:${original.provenance.line})`,
      );
    }
    return stored.length;
  });
}

const SAMPLES: readonly [string, EventFileFormat, boolean?][] = [
  ['corpus/gdelt/gdelt-big-data/20191024143000.export.CSV', 'gdelt'],
  ['corpus/gdelt/spark-gdelt-testdata/events.csv', 'gdelt'],
  ['corpus/gdelt/spark-gdelt-testdata/eventsT.csv', 'gdelt', true],
  ['corpus/gdelt/spark-gdelt-testdata/events1.csv', 'gdelt'],
  ['corpus/gdelt/gdelt-demo/events_sample_v1.tsv', 'gdelt'],
  ['corpus/icews/events.2018.sample.tab', 'icews'],
  ['gold/cameo-manual/dev.jsonl', 'plover'],
];

for (const [sample, format, translingual] of SAMPLES) {
  test(
    `round trip through the store: every event of ${sample.split('/').pop()} comes back as read`,
    { skip: skipUnlessShared(sample) },
    async () => {
      const n = await roundTrip(sharedFile(sample) as string, format, translingual);
      assert.ok(n > 0);
    },
  );
}

test('round trip of a PLOVER record in the manual field names', async () => {
  const record = {
    id: 'TEST-1',
    date: '2016-07-24',
    enddate: '2016-07-26',
    actor: [{ code: 'USA', sector: 'GOV', entity_text: 'the Secretary', identifier_text: 'Some One' }],
    recipient: [{ code: 'CAN' }],
    event: ['CONSULT'],
    mode: ['visit'],
    context: ['diplomatic', 'future'],
    event_loc: { resolved_place: 'Ottawa', lat: 45.4, lon: -75.7, country_code: 'CAN', resolution: 4 },
    text: 'An invented sentence about a visit.',
    text_info: { sequence: 2, start: 10, end: 40 },
    cite_info: { url: 'https://example.org/s', publication: 'Example Wire' },
    coder: 'hand',
  };
  assert.ok((await roundTrip(tempFile('p.jsonl', `${JSON.stringify(record)}\n`), 'plover')) === 1);
});

test('a Dyad-coded stored event becomes a record of dataset dyad', () => {
  const stored: StoredEvent = {
    id: 'e0123',
    dataset: 'dyad',
    externalId: null,
    code: '042',
    root: '04',
    quad: 1,
    goldstein: 1.9,
    plover: { type: 'CONSULT', mode: 'visit' },
    sources: [{ code: 'BLRGOV', country: 'BLR', sector: 'GOV', name: 'X', text: 'Minsk', start: 0, end: 5 }],
    targets: [
      { code: 'CHN', country: 'CHN', sector: null, name: 'CHINA', text: 'China', start: 12, end: 17 },
    ],
    reciprocal: false,
    modality: 'future',
    date: { value: '2023-12', precision: 'month', start: '2023-12-01', end: '2023-12-31' },
    location: { name: 'Beijing', country: 'CHN', lat: 39.9, lon: 116.4 },
    counts: { mentions: 3, articles: 2, sources: 2 },
    evidence: { articleId: 'a1', sentence: 2, text: 'Minsk will visit China', start: 0, end: 22 },
    rule: { id: 'VISIT-3', dictionary: 'v1' },
    article: { id: 'a1', title: 'T', url: 'https://example.org/a1', published: '2023-12-07' },
    sourceUrl: 'https://example.org/a1',
    extra: null,
    origin: null,
  };
  const e = fromStoreEvent(stored);
  assert.equal(e.dataset, 'dyad');
  assert.equal(e.externalId, 'e0123');
  assert.deepEqual(e.sources[0], {
    code: 'BLRGOV',
    country: 'BLR',
    sector: 'GOV',
    name: 'X',
    text: 'Minsk',
    location: null,
  });
  assert.deepEqual(e.evidence, {
    text: 'Minsk will visit China',
    url: 'https://example.org/a1',
    source: null,
    document: 'a1',
    sentence: 2,
    span: { start: 0, end: 22 },
    offsets: null,
  });
  assert.deepEqual(
    [e.numMentions, e.numSources, e.numArticles, e.avgTone, e.dateAdded],
    [3, 2, 2, null, null],
  );
  assert.deepEqual(e.provenance, { file: 'a1', line: 0, format: 'dyad' });
  assert.deepEqual(e.extra, { rule: 'VISIT-3', dictionary: 'v1' });
  assert.equal(e.location?.fips, null);
});

test('toStoreMention keys a mention by its time, document and sentence and keeps its offsets', () => {
  const mention: ImportedMention = {
    eventId: '900000001',
    eventTime: '2023-12-05T10:15:00Z',
    mentionTime: '2023-12-06T08:00:00Z',
    mentionType: 1,
    sourceName: 'example.org',
    identifier: 'https://example.org/b',
    sentence: 3,
    actor1Offset: 100,
    actor2Offset: null,
    actionOffset: 140,
    inRawText: true,
    confidence: 80,
    docLength: 2400,
    docTone: -1.5,
    translation: null,
    provenance: { file: 'x.mentions.CSV', line: 9, format: 'gdelt2-mentions' },
    extra: {},
  };
  const m = toStoreMention(mention);
  assert.equal(m.dataset, 'gdelt');
  assert.equal(m.eventExternalId, '900000001');
  assert.equal(m.key, '2023-12-06T08:00:00Z\thttps://example.org/b\t3');
  assert.equal(m.published, '2023-12-06');
  assert.deepEqual(m.offsets, { actor1: 100, actor2: null, action: 140 });
  assert.deepEqual(m.origin, { file: 'x.mentions.CSV', line: 9 });
  assert.equal(m.extra?.confidence, 80);
  assert.equal(toStoreMention({ ...mention, actor1Offset: null, actionOffset: null }).offsets, null);
});

// Any record an importer could yield comes back through the store unchanged.
const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null });
/** Records with Object.prototype, as the importers build them. */
function rec<T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }): fc.Arbitrary<T> {
  return fc.record(model, { noNullPrototype: true }) as fc.Arbitrary<T>;
}
const real = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => x || 0);
const location: fc.Arbitrary<ImportedLocation> = rec({
  name: maybe(text),
  country: maybe(text),
  fips: maybe(text),
  adm1: maybe(text),
  adm2: maybe(text),
  lat: maybe(real),
  lon: maybe(real),
  featureId: maybe(text),
  resolution: fc.constantFrom('country', 'adm1', 'adm2', 'city', null),
});
const actor = rec({
  code: maybe(text),
  country: maybe(text),
  sector: maybe(text),
  name: maybe(text),
  text: maybe(text),
  location: maybe(location),
});
const FORMATS = {
  gdelt1: ['gdelt1-daily', 'gdelt1-backfile'],
  gdelt2: ['gdelt2-events', 'gdelt2-translingual'],
  icews: ['icews'],
  plover: ['plover'],
} as const;
const importedEvent: fc.Arbitrary<Omit<ImportedEvent, 'externalId'>> = fc
  .constantFrom('gdelt1', 'gdelt2', 'icews', 'plover')
  .chain((dataset) =>
    rec({
      dataset: fc.constant(dataset),
      code: maybe(fc.stringMatching(/^\d{2,4}$/)),
      root: maybe(fc.stringMatching(/^\d{2}$/)),
      quad: fc.constantFrom(1, 2, 3, 4, null),
      goldstein: maybe(real),
      plover: rec({ type: maybe(text), mode: maybe(text), context: fc.array(text, { maxLength: 3 }) }),
      sources: fc.array(actor, { maxLength: 3 }),
      targets: fc.array(actor, { maxLength: 3 }),
      modality: fc.constantFrom('asserted', 'negated', 'future', 'hypothetical'),
      date: maybe(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10))
          .map((day) => ({ value: day, precision: 'day' as const, start: day, end: day })),
      ),
      dateAdded: maybe(text),
      location: maybe(location),
      evidence: rec({
        text: maybe(text.filter((t) => t !== '')),
        url: maybe(text),
        source: maybe(text),
        document: maybe(text),
        sentence: maybe(fc.nat()),
        span: maybe(rec({ start: fc.nat(), end: fc.nat() })),
        offsets: maybe(rec({ actor1: maybe(fc.nat()), actor2: maybe(fc.nat()), action: maybe(fc.nat()) })),
      }),
      numMentions: maybe(fc.nat()),
      numSources: maybe(fc.nat()),
      numArticles: maybe(fc.nat()),
      avgTone: maybe(real),
      provenance: rec({
        file: text,
        line: fc.integer({ min: 1, max: 1e6 }),
        format: fc.constantFrom(...FORMATS[dataset]),
      }),
      extra: fc.dictionary(
        text.filter((k) => k !== IMPORT_NOTES_KEY),
        fc.oneof(text, fc.integer(), fc.constant(null)),
        { maxKeys: 4, noNullPrototype: true },
      ),
    }),
  );

test('property: any importer record round-trips through the store', async () => {
  await withTempStore(async (store) => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(importedEvent, { minLength: 1, maxLength: 8 }), async (drafts) => {
        run += 1;
        const events = drafts.map((d, i) => ({ ...d, externalId: `${run}-${i}` }) as ImportedEvent);
        await store.importEvents(inBatches(events.map(toStoreEvent), 3));
        for (const e of events) {
          const stored = await store.getEvent(`${toStoreEvent(e).dataset}:${e.externalId}`);
          assert.ok(stored);
          assert.deepEqual(fromStoreEvent(stored), e);
        }
      }),
      { numRuns: 40 },
    );
  });
});
