import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { eventLayoutOf, GDELT2_EVENTS } from '../ingest/events/gdelt/columns.js';
import { extraUseFor, gdeltEventFields } from '../ingest/events/gdelt/format.js';
import { gdeltMentionFields } from '../ingest/events/gdelt/mention.js';
import { readGdelt } from '../ingest/events/gdelt/read.js';
import { collect } from '../ingest/events/testing/collect.js';
import {
  cameoFromMergedTable,
  fipsToIso3FromGeonames,
  iso3ToFipsFromGeonames,
} from '../ingest/events/testing/reference.js';
import type { ImportedEvent } from '../ingest/events/types.js';
import { sharedFile, skipUnlessShared } from '../testing/shared.js';
import { gdeltEventLines, gdeltEventRows } from './gdelt.js';

const BIG = 'corpus/gdelt/gdelt-big-data/20191024143000.export.CSV';
const refs = {
  fipsToIso3: fipsToIso3FromGeonames() ?? ((): null => null),
  cameo: cameoFromMergedTable() ?? ((): null => null),
};

const linesOf = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');

/** An event as Dyad's coder might hand it over (invented values). */
const coded: ImportedEvent = {
  dataset: 'plover',
  externalId: '77',
  code: '042',
  root: '04',
  quad: 1,
  goldstein: 1.9,
  plover: { type: 'CONSULT', mode: 'visit', context: [] },
  sources: [
    { code: 'BLRGOV', country: 'BLR', sector: 'GOV', name: 'A', text: 'Minsk', location: null },
    { code: 'RUSGOV', country: 'RUS', sector: 'GOV', name: 'B', text: 'Moscow', location: null },
  ],
  targets: [{ code: 'CHN', country: 'CHN', sector: null, name: 'CHINA', text: 'China', location: null }],
  modality: 'asserted',
  date: { value: '2023-12', precision: 'month', start: '2023-12-01', end: '2023-12-31' },
  dateAdded: '2023-12-07',
  location: {
    name: 'Beijing, China',
    country: 'CHN',
    fips: null,
    adm1: null,
    adm2: null,
    lat: 39.9,
    lon: 116.4,
    featureId: null,
    resolution: 'city',
  },
  evidence: {
    text: null,
    url: 'https://example.org/x',
    source: null,
    document: null,
    sentence: null,
    span: null,
    offsets: null,
  },
  numMentions: null,
  numSources: null,
  numArticles: null,
  avgTone: null,
  provenance: { file: 'x', line: 1, format: 'plover' },
  extra: {},
};

for (const sample of [
  BIG,
  'corpus/gdelt/spark-gdelt-testdata/events.csv',
  'corpus/gdelt/spark-gdelt-testdata/eventsT.csv',
]) {
  test(
    `round trip: every field of every row of ${sample.split('/').pop()} is reproduced`,
    { skip: skipUnlessShared(sample) },
    async () => {
      const path = sharedFile(sample) as string;
      const original = linesOf(path);
      const { events } = await collect(readGdelt(path, refs));
      assert.equal(events.length, original.length);
      let fields = 0;
      for (const [i, event] of events.entries()) {
        const lines = gdeltEventLines(event);
        assert.equal(lines.length, 1);
        const got = (lines[0] as string).split('\t');
        const want = (original[i] as string).split('\t');
        assert.equal(got.length, 61);
        for (let c = 0; c < 61; c++) {
          assert.equal(got[c], want[c], `line ${i + 1}, ${GDELT2_EVENTS.columns[c]}`);
          fields++;
        }
      }
      assert.equal(fields, original.length * 61);
    },
  );
}

test(
  'floats keep their text: canonical forms for most, extra for the rest',
  { skip: skipUnlessShared(BIG) },
  async () => {
    const { events } = await collect(readGdelt(sharedFile(BIG) as string, refs));
    assert.ok(
      events.every((e) => e.extra.GoldsteinScale === undefined),
      'GDELT 2.0 writes Goldstein with one decimal',
    );
    assert.ok(events.every((e) => e.extra.AvgTone === undefined && e.extra.FractionDate === undefined));
    const changed = { ...(events[0] as ImportedEvent), goldstein: -10 };
    assert.equal(gdeltEventRows(changed)[0]?.[30], '-10.0');
  },
);

for (const sample of [
  'corpus/gdelt/gdelt-demo/events_sample_v1.tsv',
  'corpus/gdelt/spark-gdelt-testdata/events1.csv',
]) {
  test(
    `round trip in their own layouts: GDELT 1.0 rows of ${sample.split('/').pop()}`,
    { skip: skipUnlessShared(sample) },
    async () => {
      const path = sharedFile(sample) as string;
      const original = linesOf(path);
      const { events } = await collect(readGdelt(path, refs));
      for (const [i, event] of events.entries()) {
        const want = (original[i] as string).split('\t');
        const layout = eventLayoutOf(want.length);
        assert.ok(layout);
        const got = gdeltEventFields(
          event,
          event.sources[0] ?? null,
          event.targets[0] ?? null,
          layout,
          event.externalId,
          extraUseFor(event, layout),
        );
        assert.deepEqual(got, want, `line ${i + 1}`);
      }
    },
  );
}

test(
  'GDELT 1.0 rows exported as 2.0 carry their codes but use 2.0 forms for dates',
  { skip: skipUnlessShared('corpus/gdelt/gdelt-demo/events_sample_v1.tsv') },
  async () => {
    const { events } = await collect(
      readGdelt(sharedFile('corpus/gdelt/gdelt-demo/events_sample_v1.tsv') as string, refs),
    );
    for (const event of events) {
      const [row] = gdeltEventRows(event);
      assert.ok(row);
      assert.equal(row.length, 61);
      assert.match(row[59] as string, /^\d{14}$/);
      assert.equal(row[25], event.extra.IsRootEvent);
    }
  },
);

test(
  'mentions rows round-trip too',
  { skip: skipUnlessShared('corpus/gdelt/spark-gdelt-testdata/mentionsT.csv') },
  async () => {
    for (const sample of [
      'corpus/gdelt/spark-gdelt-testdata/mentions.csv',
      'corpus/gdelt/spark-gdelt-testdata/mentionsT.csv',
    ]) {
      const path = sharedFile(sample) as string;
      const original = linesOf(path);
      const { mentions } = await collect(readGdelt(path, refs));
      assert.deepEqual(
        mentions.map((m) => gdeltMentionFields(m).join('\t')),
        original,
      );
    }
  },
);

test('actor lists expand to one row per source–target pair', () => {
  const rows = gdeltEventRows(coded);
  assert.equal(rows.length, 2);
  assert.deepEqual(
    rows.map((r) => [r[0], r[5], r[7], r[12], r[15], r[17]]),
    [
      ['771', 'BLRGOV', 'BLR', 'GOV', 'CHN', 'CHN'],
      ['772', 'RUSGOV', 'RUS', 'GOV', 'CHN', 'CHN'],
    ],
  );
  const ids = gdeltEventRows(coded, { eventId: (_e, i) => String(9000 + i) }).map((r) => r[0]);
  assert.deepEqual(ids, ['9000', '9001']);
});

test('an event not read from GDELT gets GDELT forms', () => {
  const iso3ToFips = iso3ToFipsFromGeonames() ?? ((c: string): string | null => (c === 'CHN' ? 'CH' : null));
  const [row] = gdeltEventRows(coded, { iso3ToFips });
  assert.ok(row);
  assert.equal(row.length, 61);
  assert.deepEqual(row.slice(1, 5), ['20231201', '202312', '2023', (2023 + (11 * 30 + 1) / 365).toFixed(4)]);
  assert.deepEqual(row.slice(26, 31), ['042', '042', '04', '1', '1.9']);
  assert.deepEqual(row.slice(31, 35), ['', '', '', '']);
  assert.deepEqual(row.slice(51, 59), ['4', 'Beijing, China', 'CH', '', '', '39.9', '116.4', '']);
  assert.deepEqual(row.slice(35, 43), ['0', '', '', '', '', '', '', '']);
  assert.equal(row[59], '20231207000000');
  assert.equal(row[60], 'https://example.org/x');
});

test('no actors gives one row with empty actor columns; no CAMEO code gives no row', () => {
  const rows = gdeltEventRows({ ...coded, sources: [], targets: [] });
  assert.equal(rows.length, 1);
  assert.deepEqual(
    rows[0]?.slice(5, 25),
    Array.from({ length: 20 }, () => ''),
  );
  assert.deepEqual(gdeltEventRows({ ...coded, code: null }), []);
});

test('tabs and line breaks inside values cannot break the row', () => {
  const [line] = gdeltEventLines({
    ...coded,
    targets: [{ ...(coded.targets[0] as ImportedEvent['targets'][0]), name: 'A\tB\nC' }],
  });
  assert.equal(line?.split('\t').length, 61);
  assert.ok(!line?.includes('\n'));
});
