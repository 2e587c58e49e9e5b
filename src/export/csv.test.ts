import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ImportedEvent } from '../ingest/events/types.js';
import { CSV_COLUMNS, csvField, csvHeader, csvLines, csvRecord } from './csv.js';

/** A minimal RFC 4180 reader, to check what the writer produces. */
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
  row.push(field);
  rows.push(row);
  return rows;
}

const event: ImportedEvent = {
  dataset: 'icews',
  externalId: '9',
  code: '040',
  root: '04',
  quad: 1,
  goldstein: 1,
  plover: { type: 'CONSULT', mode: null, context: ['diplomatic', 'economic'] },
  sources: [
    {
      code: 'BLRGOV',
      country: 'BLR',
      sector: 'GOV',
      name: 'Ministry, "Foreign"',
      text: null,
      location: null,
    },
    { code: 'RUS', country: 'RUS', sector: null, name: 'Russia', text: null, location: null },
  ],
  targets: [{ code: 'CHN', country: 'CHN', sector: null, name: 'China', text: null, location: null }],
  modality: 'asserted',
  date: { value: '2018-06-01', precision: 'day', start: '2018-06-01', end: '2018-06-01' },
  dateAdded: null,
  location: null,
  evidence: {
    text: 'Line one\nline two',
    url: null,
    source: 'Wire',
    document: '1',
    sentence: 2,
    span: null,
    offsets: null,
  },
  numMentions: null,
  numSources: null,
  numArticles: null,
  avgTone: null,
  provenance: { file: 'a,b.tab', line: 3, format: 'icews' },
  extra: {},
};

test('the header lists the documented columns', () => {
  assert.deepEqual(parseCsv(csvHeader()), [[...CSV_COLUMNS]]);
});

test('one row per event; lists joined with "; "; quoting per RFC 4180', () => {
  const lines = csvLines(event);
  assert.equal(lines.length, 1);
  const [row] = parseCsv(lines[0] as string);
  assert.ok(row);
  assert.equal(row.length, CSV_COLUMNS.length);
  const cell = (name: string): string | undefined => row[CSV_COLUMNS.indexOf(name)];
  assert.equal(cell('source_code'), 'BLRGOV; RUS');
  assert.equal(cell('source_sector'), 'GOV; ');
  assert.equal(cell('source_name'), 'Ministry, "Foreign"; Russia');
  assert.equal(cell('plover_context'), 'diplomatic; economic');
  assert.equal(cell('evidence_text'), 'Line one\nline two');
  assert.equal(cell('provenance_file'), 'a,b.tab');
  assert.equal(cell('location_name'), '');
  assert.equal(cell('goldstein'), '1');
});

test('pairs: one row per source–target pair', () => {
  const rows = csvLines(event, { pairs: true }).map((l) => parseCsv(l)[0] as string[]);
  const at = CSV_COLUMNS.indexOf('source_code');
  const to = CSV_COLUMNS.indexOf('target_code');
  assert.deepEqual(
    rows.map((r) => [r[at], r[to]]),
    [
      ['BLRGOV', 'CHN'],
      ['RUS', 'CHN'],
    ],
  );
});

test('fields are quoted only when needed', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField('x\ny'), '"x\ny"');
  assert.equal(csvField(''), '');
});

test('any text survives a CSV record', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (values) => {
      assert.deepEqual(parseCsv(csvRecord(values)), [values]);
    }),
  );
});
