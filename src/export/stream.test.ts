import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { GDELT2_EVENTS } from '../ingest/events/gdelt/columns.js';
import { importEventFiles } from '../ingest/events/import-files.js';
import { loadImportLookups } from '../ingest/events/lookups.js';
import { toStoreEvent } from '../ingest/events/store-record.js';
import { allEvents, inBatches, withTempStore } from '../ingest/events/testing/store.js';
import type { ImportedEvent } from '../ingest/events/types.js';
import { makeBundle } from '../store/fixtures.js';
import type { Store } from '../store/types.js';
import { sharedFile, skipUnlessShared } from '../testing/shared.js';
import { CSV_COLUMNS } from './csv.js';
import { storedEventJson } from './event-json.js';
import { ploverRecordSchema } from './plover-schema.js';
import { exportText, type TextExportOptions } from './stream.js';

const GDELT = 'corpus/gdelt/gdelt-big-data/20191024143000.export.CSV';
const lookups = loadImportLookups();

/** A writable that keeps what it is given, slowly (so the exporter must wait for it). */
function sink(highWaterMark = 64): { out: Writable; text: () => string } {
  const chunks: string[] = [];
  const out = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      setImmediate(done);
    },
  });
  return { out, text: () => chunks.join('') };
}

async function exported(store: Store, options: TextExportOptions) {
  const { out, text } = sink();
  const result = await exportText(store, out, { iso3ToFips: lookups.iso3ToFips, ...options });
  return { result, text: text() };
}

test(
  'round trip: the real GDELT export, imported then exported as GDELT, gives back every field of every row',
  { skip: skipUnlessShared(GDELT) },
  async () => {
    const path = sharedFile(GDELT) as string;
    const original = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    await withTempStore(async (store) => {
      assert.equal((await importEventFiles(store, [path], { format: 'gdelt', ...lookups })).events, 2111);
      const { result, text } = await exported(store, { format: 'gdelt' });
      assert.deepEqual(result, { events: 2111, rows: 2111, omitted: 0 });
      assert.ok(text.endsWith('\n'));
      const rows = text.slice(0, -1).split('\n');
      assert.equal(rows.length, original.length);
      const byId = new Map(rows.map((r) => [r.split('\t')[0], r.split('\t')]));
      let fields = 0;
      for (const [i, line] of original.entries()) {
        const want = line.split('\t');
        const got = byId.get(want[0]);
        assert.ok(got, `row ${want[0]} exported`);
        assert.equal(got.length, 61);
        for (let c = 0; c < 61; c++) {
          assert.equal(got[c], want[c], `line ${i + 1}, ${GDELT2_EVENTS.columns[c]}`);
          fields += 1;
        }
      }
      assert.equal(fields, 2111 * 61);
    });
  },
);

/** An ICEWS-like event as the importer yields it (invented values). */
function icews(n: number, overrides: Partial<ImportedEvent> = {}): ImportedEvent {
  return {
    dataset: 'icews',
    externalId: String(5000 + n),
    code: n % 2 === 0 ? '043' : '010',
    root: n % 2 === 0 ? '04' : '01',
    quad: 1,
    goldstein: 2.8,
    plover: { type: n % 2 === 0 ? 'CONSULT' : null, mode: n % 2 === 0 ? 'visit' : null, context: [] },
    sources: [
      {
        code: 'ARNGOV',
        country: 'ARN',
        sector: 'GOV',
        name: 'Arnor, "the North"',
        text: null,
        location: null,
      },
    ],
    targets: [{ code: 'GON', country: 'GON', sector: null, name: 'Gondor', text: null, location: null }],
    modality: 'asserted',
    date: {
      value: `2024-03-0${(n % 9) + 1}`,
      precision: 'day',
      start: `2024-03-0${(n % 9) + 1}`,
      end: `2024-03-0${(n % 9) + 1}`,
    },
    dateAdded: null,
    location: null,
    evidence: {
      text: null,
      url: null,
      source: 'Wire',
      document: `s${n}`,
      sentence: 1,
      span: null,
      offsets: null,
    },
    numMentions: null,
    numSources: null,
    numArticles: null,
    avgTone: null,
    provenance: { file: 'events.tab', line: n + 2, format: 'icews' },
    extra: { 'Event Text': 'Consult' },
    ...overrides,
  };
}

/** A store with Dyad-coded events (fixtures) and imported ones. */
async function mixedStore(store: Store): Promise<void> {
  await store.putArticles([makeBundle(1), makeBundle(2), makeBundle(3)]);
  await store.importEvents(
    inBatches(
      Array.from({ length: 6 }, (_, i) => toStoreEvent(icews(i))),
      4,
    ),
  );
}

test('GDELT export of Dyad-coded events: 61 columns, counts, first mention URL, numbered ids', async () => {
  await withTempStore(async (store) => {
    await mixedStore(store);
    const { result, text } = await exported(store, { format: 'gdelt', query: { dataset: 'dyad' } });
    const dyad = await allEvents(store, { dataset: 'dyad' });
    const rows = text
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    assert.equal(result.events, dyad.length);
    const pairs = dyad.reduce((n, e) => n + Math.max(1, e.sources.length) * Math.max(1, e.targets.length), 0);
    assert.equal(rows.length, pairs, 'one row per source–target pair');
    assert.ok(rows.every((r) => r.length === 61));
    assert.deepEqual(
      rows.map((r) => r[0]),
      rows.map((_, i) => String(i + 1)),
      'Dyad events have no GLOBALEVENTID: numbered in export order',
    );
    const first = dyad[0];
    assert.ok(first);
    const row = rows[0] as string[];
    assert.equal(row[26], first.code);
    assert.equal(row[7], first.sources[0]?.country ?? '');
    assert.deepEqual(
      [row[31], row[32], row[33]],
      [first.counts.mentions, first.counts.sources, first.counts.articles].map(String),
    );
    assert.equal(row[34], '', 'AvgTone is empty: Dyad does not measure tone');
    assert.equal(row[60], first.sourceUrl, "SOURCEURL is the first mention's article");
    assert.equal(row[1], first.date?.start.replace(/-/g, ''));
  });
});

test('PLOVER export: every line is a valid PLOVER record; events PLOVER has no type for are left out', async () => {
  await withTempStore(async (store) => {
    await mixedStore(store);
    const { result, text } = await exported(store, { format: 'plover' });
    const lines = text.trimEnd().split('\n');
    const all = await allEvents(store);
    const typed = all.filter((e) => e.plover.type !== null && e.date !== null);
    assert.equal(lines.length, typed.length);
    assert.equal(result.omitted, all.length - typed.length);
    assert.ok(result.omitted >= 3, 'the CAMEO 01 events of the ICEWS sample');
    for (const line of lines) {
      const parsed = ploverRecordSchema.safeParse(JSON.parse(line));
      assert.ok(parsed.success, `${line}: ${parsed.success ? '' : parsed.error.message}`);
    }
    const icewsLine = lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((r) => r.id === 'icews-5000');
    assert.deepEqual(icewsLine?.recipient, [{ code: 'GON', identifier_text: 'Gondor' }]);
  });
});

test('CSV export: the documented header, one record per event, every record as wide as the header', async () => {
  await withTempStore(async (store) => {
    await mixedStore(store);
    const { result, text } = await exported(store, { format: 'csv' });
    assert.ok(text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`));
    const records = parseCsv(text);
    assert.deepEqual(records[0], [...CSV_COLUMNS]);
    assert.equal(records.length - 1, result.events);
    assert.equal(result.rows, result.events);
    assert.ok(records.slice(1).every((r) => r.length === CSV_COLUMNS.length));
    const col = (name: string): number => CSV_COLUMNS.indexOf(name);
    const imported = records.find((r) => r[col('external_id')] === '5000') as string[];
    assert.equal(imported[col('source_name')], 'Arnor, "the North"');
    assert.equal(imported[col('provenance_line')], '2');
    assert.equal(imported[col('dataset')], 'icews');
    const datasets = new Set(records.slice(1).map((r) => r[col('dataset')]));
    assert.deepEqual([...datasets].sort(), ['dyad', 'icews']);
    const pairs = await exported(store, { format: 'csv', pairs: true });
    assert.ok(pairs.result.rows >= result.rows);
  });
});

test('JSONL export: Dyad event JSON of every stored event, in the order and with the filters of listings', async () => {
  await withTempStore(async (store) => {
    await mixedStore(store);
    const query = { dyad: ['ARN', 'GON'] as const, from: '2024-01-01', to: '2024-12-31' };
    const { result, text } = await exported(store, { format: 'jsonl', query });
    const listed = await allEvents(store, query);
    assert.equal(result.events, listed.length);
    assert.deepEqual(
      text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
      listed.map((e) => JSON.parse(JSON.stringify(storedEventJson(e)))),
    );
    const none = await exported(store, { format: 'jsonl', query: { dataset: 'plover' } });
    assert.deepEqual(none, { result: { events: 0, rows: 0, omitted: 0 }, text: '' });
  });
});

/** A minimal RFC 4180 reader for the checks above. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
