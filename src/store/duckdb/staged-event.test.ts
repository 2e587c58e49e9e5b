import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ImportedEvent, StoredEventActor } from '../types.js';
import { addImportedRows, type Cell } from './rows.js';
import { stagedImportedEvent } from './staged-event.js';
import { stageCell, stageLine } from './staging.js';

/** The staged lines through the generic path: rows.ts's row objects, cell by cell. */
function generic(
  e: ImportedEvent,
  ordinal: number,
  now: Date,
): { event: string; pairs: string[]; key: string } {
  let event = '';
  let key = '';
  const pairs: string[] = [];
  addImportedRows(
    (table, row) => {
      const line = stageLine(ordinal, Object.values(row) as Cell[]);
      if (table === 'events') {
        event = line;
        key = stageLine(ordinal, [(row as { event_id: Cell }).event_id]);
      } else pairs.push(line);
    },
    e,
    now,
  );
  return { event, pairs, key };
}

const text = fc.string({ unit: 'grapheme', maxLength: 10 });
const odd = fc.constantFrom('\\N', '\t', 'a\nb', '\u001e', '"', '');
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null });
const str = maybe(fc.oneof(text, odd));
const real = fc.double({ min: -1e7, max: 1e7, noNaN: true }).map((x) => x || 0);
const actor: fc.Arbitrary<StoredEventActor> = fc.record(
  {
    code: str,
    country: maybe(fc.constantFrom('ARN', 'GON', 'ROH')),
    sector: str,
    name: str,
    text: str,
    start: maybe(fc.nat()),
    end: maybe(fc.nat()),
  },
  { noNullPrototype: true },
);
const day = fc
  .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
  .filter((d) => /^\d{4}-/.test(d));
const event: fc.Arbitrary<ImportedEvent> = fc.record(
  {
    dataset: fc.constantFrom('gdelt', 'icews', 'plover') as fc.Arbitrary<'gdelt' | 'icews' | 'plover'>,
    externalId: fc.oneof(text, odd).filter((t) => t.length > 0),
    code: str,
    root: str,
    quad: fc.constantFrom(1, 2, 3, 4, null),
    goldstein: maybe(real),
    plover: fc.record({ type: str, mode: str }, { noNullPrototype: true }),
    sources: fc.array(actor, { maxLength: 3 }),
    targets: fc.array(actor, { maxLength: 3 }),
    reciprocal: fc.boolean(),
    modality: fc.constantFrom('asserted', 'negated', 'future', 'hypothetical'),
    date: maybe(
      fc.tuple(day, day).map(([a, b]) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        return { value: `${start}/${end}`, precision: 'range' as const, start, end };
      }),
    ),
    location: maybe(
      fc.record(
        { name: fc.oneof(text, odd), country: str, lat: maybe(real), lon: maybe(real) },
        { noNullPrototype: true },
      ),
    ),
    counts: fc.option(fc.record({ mentions: fc.nat(), articles: fc.nat(), sources: fc.nat() }), {
      nil: undefined,
    }),
    evidenceText: fc.option(str, { nil: undefined }),
    evidence: fc.option(
      fc.record(
        {
          sentence: maybe(fc.nat()),
          start: maybe(fc.nat()),
          end: maybe(fc.nat()),
          offsets: maybe(
            fc.record({ actor1: maybe(fc.nat()), actor2: maybe(fc.nat()), action: maybe(fc.nat()) }),
          ),
        },
        { noNullPrototype: true, requiredKeys: [] },
      ),
      { nil: undefined },
    ),
    sourceUrl: str,
    extra: maybe(fc.dictionary(text, fc.oneof(str, real), { maxKeys: 3, noNullPrototype: true })),
    origin: fc.record({ file: fc.oneof(text, odd), line: fc.nat() }, { noNullPrototype: true }),
  },
  {
    noNullPrototype: true,
    requiredKeys: [
      'dataset',
      'externalId',
      'code',
      'root',
      'quad',
      'goldstein',
      'plover',
      'sources',
      'targets',
      'reciprocal',
      'modality',
      'date',
      'location',
      'sourceUrl',
      'extra',
      'origin',
    ],
  },
);

test('the direct staged lines equal the generic ones for any imported event', () => {
  const now = new Date(Date.UTC(2026, 10, 30, 12, 34, 56, 789));
  fc.assert(
    fc.property(event, fc.nat(), (e, ordinal) => {
      assert.deepEqual(stagedImportedEvent(e, ordinal, stageCell(now)), generic(e, ordinal, now));
    }),
    { numRuns: 500 },
  );
});
