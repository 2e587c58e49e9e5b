import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readGdelt } from '../ingest/events/gdelt/read.js';
import { readIcews } from '../ingest/events/icews/read.js';
import { readPlover } from '../ingest/events/plover/read.js';
import { parsePloverRecord } from '../ingest/events/plover/record.js';
import { collect } from '../ingest/events/testing/collect.js';
import {
  cameoFromMergedTable,
  countryNamesFromReference,
  fipsToIso3FromGeonames,
} from '../ingest/events/testing/reference.js';
import type { ImportedEvent, JsonValue } from '../ingest/events/types.js';
import { sharedFile, skipUnlessShared } from '../testing/shared.js';
import { ploverJsonLine, ploverRecord } from './plover.js';
import { ploverRecordSchema } from './plover-schema.js';

const GOLD = 'gold/cameo-manual/dev.jsonl';
const BIG = 'corpus/gdelt/gdelt-big-data/20191024143000.export.CSV';
const ICEWS = 'corpus/icews/events.2018.sample.tab';
const refs = {
  fipsToIso3: fipsToIso3FromGeonames() ?? ((): null => null),
  cameo: cameoFromMergedTable() ?? ((): null => null),
  countryNameToIso3: countryNamesFromReference() ?? ((): null => null),
};

function assertValid(record: unknown, where: string): void {
  const result = ploverRecordSchema.safeParse(record);
  assert.ok(result.success, `${where}: ${result.success ? '' : result.error.message}`);
}

for (const [name, read] of [
  [GOLD, (p: string) => readPlover(p, refs)],
  [BIG, (p: string) => readGdelt(p, refs)],
  [ICEWS, (p: string) => readIcews(p, refs)],
] as const) {
  test(
    `every exported record of ${name.split('/').pop()} passes the PLOVER schema`,
    { skip: skipUnlessShared(name) },
    async () => {
      const { events } = await collect(read(sharedFile(name) as string));
      let written = 0;
      for (const event of events) {
        const line = ploverJsonLine(event);
        if (line === null) {
          assert.equal(event.plover.type, null, 'only events without a PLOVER type are left out');
          continue;
        }
        assert.ok(!line.includes('\n'));
        assertValid(JSON.parse(line), `${event.dataset} ${event.externalId}`);
        written++;
      }
      assert.ok(written > 0);
    },
  );
}

test('PLOVER records survive export and re-import', { skip: skipUnlessShared(GOLD) }, async () => {
  const { events } = await collect(readPlover(sharedFile(GOLD) as string, refs));
  const view = (e: ImportedEvent): unknown => ({
    id: e.externalId,
    code: e.code,
    quad: e.quad,
    plover: e.plover,
    date: e.date,
    sources: e.sources.map((a) => [a.code, a.country, a.sector, a.text]),
    targets: e.targets.map((a) => [a.code, a.country, a.sector, a.text]),
    text: e.evidence.text,
    eventText: e.extra.event_text,
  });
  for (const event of events) {
    const record = ploverRecord(event);
    assert.ok(record);
    const again = parsePloverRecord(record, { file: 'x', line: 1 }, refs);
    assert.ok(Array.isArray(again), String(again));
    assert.deepEqual(view(again[0] as ImportedEvent), view(event));
  }
});

/** A Dyad-style event (invented values). */
const event: ImportedEvent = {
  dataset: 'gdelt2',
  externalId: '5',
  code: '0874',
  root: '08',
  quad: 2,
  goldstein: 5,
  plover: { type: 'RETREAT', mode: null, context: [] },
  sources: [
    { code: 'IGOUNO', country: null, sector: 'IGO', name: 'UNITED NATIONS', text: null, location: null },
  ],
  targets: [],
  modality: 'asserted',
  date: { value: '2020-03', precision: 'month', start: '2020-03-01', end: '2020-03-31' },
  dateAdded: null,
  location: null,
  evidence: {
    text: null,
    url: 'https://example.org',
    source: null,
    document: null,
    sentence: 4,
    span: null,
    offsets: null,
  },
  numMentions: 3,
  numSources: 1,
  numArticles: 3,
  avgTone: null,
  provenance: { file: 'f', line: 1, format: 'gdelt2-events' },
  extra: { IsRootEvent: '1' },
};

test('periods get an enddate; entities get the top-level code; dataset columns stay out', () => {
  const record = ploverRecord(event);
  assert.ok(record);
  assertValid(record, 'event');
  assert.equal(record.id, 'gdelt2-5');
  assert.equal(record.date, '2020-03-01');
  assert.equal(record.enddate, '2020-03-31');
  assert.deepEqual(record.actor, [{ code: 'IGO', sector: 'IGO', identifier_text: 'UNITED NATIONS' }]);
  assert.deepEqual(record.recipient, []);
  assert.deepEqual(record.event, ['RETREAT']);
  assert.equal(record.cameo, '0874');
  assert.deepEqual(record.text_info, { sequence: 4 });
  assert.deepEqual(record.cite_info, { url: 'https://example.org' });
  assert.equal(record.IsRootEvent, undefined);
});

test('no PLOVER type or no date: no record', () => {
  assert.equal(ploverRecord({ ...event, plover: { type: null, mode: null, context: [] } }), null);
  assert.equal(ploverRecord({ ...event, date: null }), null);
});

test('the schema rejects what the manual does not allow', () => {
  const good = ploverRecord(event) as { [key: string]: JsonValue };
  assert.ok(ploverRecordSchema.safeParse(good).success);
  const { id: _id, ...noId } = good;
  for (const bad of [
    noId,
    { ...good, event: ['CHAT'] },
    { ...good, event: [] },
    { ...good, date: '2020/03/01' },
    { ...good, enddate: '2019-01-01' },
    { ...good, quad_code: 5 },
    { ...good, actor: 'USA' },
  ]) {
    assert.equal(ploverRecordSchema.safeParse(bad).success, false, JSON.stringify(bad).slice(0, 120));
  }
});
