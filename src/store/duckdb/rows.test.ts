import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { makeBundle } from '../fixtures.js';
import type { ImportedEvent } from '../types.js';
import { TABLE_COLUMNS, type TableName } from './columns.js';
import { addBundleRows, addImportedRows, day, type RowSink } from './rows.js';

const imported: ImportedEvent = {
  dataset: 'plover',
  externalId: 'p-1',
  code: null,
  root: null,
  quad: null,
  goldstein: null,
  plover: { type: 'AGREE', mode: null },
  sources: [{ code: null, country: 'ARN', sector: null, name: null, text: 'Arnor', start: null, end: null }],
  targets: [{ code: 'IGOXYZ', country: null, sector: null, name: null, text: null, start: null, end: null }],
  reciprocal: true,
  modality: 'asserted',
  date: null,
  location: null,
  evidenceText: 'Arnor agreed.',
  sourceUrl: null,
  extra: { context: ['diplomatic'] },
  origin: { file: 'plover.jsonl', line: 3 },
};

function collect(): [RowSink, Map<TableName, object[]>] {
  const seen = new Map<TableName, object[]>();
  const sink: RowSink = (table, row) => seen.set(table, [...(seen.get(table) ?? []), row]);
  return [sink, seen];
}

test('every row object lists its columns in table order, so positional appends line up', () => {
  const [sink, seen] = collect();
  addBundleRows(sink, makeBundle(1), new Date(0), (n) => `event-${n}`);
  addImportedRows(sink, imported, new Date(0));
  assert.deepEqual([...seen.keys()].sort(), Object.keys(TABLE_COLUMNS).sort(), 'every table written');
  for (const [table, rows] of seen) {
    for (const row of rows) assert.deepEqual(Object.keys(row), TABLE_COLUMNS[table], `columns of ${table}`);
  }
});

test('a bundle gives one row per record and pairs from the actor lists', () => {
  const bundle = makeBundle(2);
  const [sink, seen] = collect();
  addBundleRows(sink, bundle, new Date(0), (n) => `event-${n}`);
  assert.equal(seen.get('articles')?.length, 1);
  assert.equal(seen.get('sentences')?.length, bundle.sentences.length);
  assert.equal(seen.get('mentions')?.length, bundle.mentions.length);
  assert.equal(seen.get('events')?.length, bundle.events?.length);
  assert.equal(seen.get('event_mentions')?.length, bundle.events?.length);
  assert.equal(seen.get('facts')?.length, bundle.facts?.length);
  // Fixture events have one source and one target; reciprocal ones add the mirrored pair.
  const pairs = (bundle.events ?? []).reduce((n, e) => n + (e.reciprocal ? 2 : 1), 0);
  assert.equal(seen.get('event_pairs')?.length, pairs);
});

test('imported events key actors by country or whole code and keep extra as JSON text', () => {
  const [sink, seen] = collect();
  addImportedRows(sink, imported, new Date(0));
  const event = seen.get('events')?.[0] as Record<string, unknown>;
  assert.equal(event.event_id, 'plover:p-1');
  assert.deepEqual(event.actor_keys, ['ARN', 'IGOXYZ']);
  assert.equal(event.extra, '{"context":["diplomatic"]}');
  const pairs = seen.get('event_pairs') as Record<string, unknown>[];
  assert.deepEqual(
    pairs.map((p) => [p.source_country, p.target_country, p.mirrored]),
    [
      ['ARN', 'IGOXYZ', false],
      ['IGOXYZ', 'ARN', true],
    ],
  );
});

test('days become DuckDB day numbers', () => {
  assert.equal(day('1970-01-01')?.days, 0);
  assert.equal(day('1969-12-31')?.days, -1);
  assert.equal(day('2024-02-29')?.days, 19782);
  assert.equal(day('0001-01-01')?.days, -719162);
  assert.equal(day(null), null);
  assert.equal(day(undefined), null);
});

test('day numbers agree with the calendar for any day from year 1 to 9999', () => {
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('0001-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      (d) => {
        const iso = d.toISOString().slice(0, 10);
        const midnight = new Date(0);
        midnight.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
        assert.equal(day(iso)?.days, midnight.getTime() / 86_400_000);
      },
    ),
  );
});
