import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { DyadError } from '../../../core/errors.js';
import { sharedFile, skipUnlessShared } from '../../../testing/shared.js';
import { ICEWS_COLUMNS } from '../sniff.js';
import { collect, tempFile } from '../testing/collect.js';
import { cameoFromMergedTable, countryNamesFromReference } from '../testing/reference.js';
import type { CameoLookup, CountryNameToIso3 } from '../types.js';
import { readIcews } from './read.js';
import { sectorCode, sectorCodes } from './sectors.js';

const SAMPLE = 'corpus/icews/events.2018.sample.tab';
const GDELT = 'corpus/gdelt/spark-gdelt-testdata/events.csv';

const stubNames: CountryNameToIso3 = (n) =>
  ({ Bangladesh: 'BGD', Vietnam: 'VNM', India: 'IND', China: 'CHN' })[n] ?? null;
const stubCameo: CameoLookup = (c) =>
  c === '040' ? { goldstein: 1, quad: 1, plover: { type: 'CONSULT', mode: null } } : null;
const refs = {
  countryNameToIso3: countryNamesFromReference() ?? stubNames,
  cameo: cameoFromMergedTable() ?? stubCameo,
};

const HEADER = ICEWS_COLUMNS.join('\t');
/** A hand-written ICEWS row (invented values) with the given Event ID and date. */
const row = (id: string, date: string, over: Partial<Record<string, string>> = {}): string =>
  ICEWS_COLUMNS.map(
    (c) =>
      over[c] ??
      {
        'Event ID': id,
        'Event Date': date,
        'Source Name': 'Police (India)',
        'Source Sectors': 'Police,Government',
        'Source Country': 'India',
        'Event Text': 'Consult',
        'CAMEO Code': '040',
        Intensity: '1',
        'Target Name': 'China',
        'Target Sectors': 'NA',
        'Target Country': 'China',
        'Story ID': '1001',
        'Sentence Number': '3',
        Publisher: 'Example Wire',
        City: 'NA',
        District: 'NA',
        Province: 'NA',
        Country: 'India',
        Latitude: '20.5',
        Longitude: '78.9',
      }[c] ??
      '',
  ).join('\t');

test(
  'the 2018 sample: every row is an event, and every Event ID is unique',
  { skip: skipUnlessShared(SAMPLE) },
  async () => {
    const path = sharedFile(SAMPLE) as string;
    const rows = readFileSync(path, 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l !== '');
    const got = await collect(readIcews(path, refs));
    assert.equal(got.skips.length, 0);
    assert.equal(got.events.length, rows.length);
    assert.equal(new Set(rows.map((r) => r.split('\t')[0])).size, rows.length);
    assert.equal(got.events.length, 3705);
  },
);

test('sample rows are mapped field by field', { skip: skipUnlessShared(SAMPLE) }, async () => {
  const path = sharedFile(SAMPLE) as string;
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  const header = (rows[0] as string).split('\t');
  const got = await collect(readIcews(path, refs));
  for (const index of [0, 1, 999, 3704]) {
    const cells = (rows[index + 1] as string).split('\t');
    const cell = (name: string): string | null => {
      const v = cells[header.indexOf(name)] as string;
      return v === 'NA' ? null : v;
    };
    const e = got.events[index];
    assert.ok(e);
    assert.equal(e.externalId, cell('Event ID'));
    assert.equal(e.date?.value, cell('Event Date'));
    assert.equal(e.code, cell('CAMEO Code'));
    assert.equal(e.goldstein, Number(cell('Intensity')));
    assert.equal(e.sources[0]?.name ?? null, cell('Source Name'));
    assert.equal(e.targets[0]?.name ?? null, cell('Target Name'));
    const sourceCountry = cell('Source Country');
    assert.equal(
      e.sources[0]?.country ?? null,
      sourceCountry === null ? null : refs.countryNameToIso3(sourceCountry),
    );
    assert.equal(e.extra['Source Sectors'] ?? null, cell('Source Sectors'));
    assert.equal(e.evidence.document, cell('Story ID'));
    assert.equal(e.evidence.sentence, Number(cell('Sentence Number')));
    assert.equal(e.evidence.source, cell('Publisher'));
    assert.equal(e.location?.lat ?? null, cell('Latitude') === null ? null : Number(cell('Latitude')));
    assert.equal(e.quad, refs.cameo(e.code as string)?.quad);
    assert.equal(e.provenance.line, index + 2);
  }
});

test(
  'country names from the reference tables cover nearly all of the sample',
  { skip: skipUnlessShared(SAMPLE) },
  async () => {
    const names = new Set<string>();
    const unresolved = new Set<string>();
    const lookup: CountryNameToIso3 = (n) => {
      names.add(n);
      const iso = refs.countryNameToIso3(n);
      if (!iso) unresolved.add(n);
      return iso;
    };
    await collect(readIcews(sharedFile(SAMPLE) as string, { ...refs, countryNameToIso3: lookup }));
    assert.ok(names.size > 140);
    assert.ok(unresolved.size <= 3, [...unresolved].join(', '));
  },
);

test('sectors map to CAMEO codes where clear, most specific first', () => {
  assert.deepEqual(sectorCodes('Executive,Foreign Ministry,Government'), ['GOV']);
  assert.deepEqual(sectorCodes('Military,Government'), ['MIL', 'GOV']);
  assert.deepEqual(sectorCodes('Police,Government'), ['COP', 'GOV']);
  assert.deepEqual(sectorCodes('General Population / Civilian / Social,Social'), ['CVL']);
  assert.equal(sectorCode('Finance / Economy / Commerce / Trade Ministry'), 'GOV');
  assert.equal(sectorCode('Human Rights NGOs'), 'NGO');
  assert.equal(sectorCode('Regional Diplomatic IGOs'), 'IGO');
  assert.equal(sectorCode('State-Owned Heavy Industrial / Chemical'), 'BUS');
  for (const unclear of ['Social', 'Ideological', 'Center Right', 'Hindu', 'Regional', 'Global', 'NA', '']) {
    assert.equal(sectorCode(unclear), null, unclear);
  }
});

test('an actor gets country + primary sector as its code; NA values are null', async () => {
  const path = tempFile('e.tab', `${HEADER}\n${row('7', '2018-06-01')}\n`);
  const [e] = (await collect(readIcews(path, refs))).events;
  assert.ok(e);
  assert.deepEqual(
    [e.sources[0]?.code, e.sources[0]?.country, e.sources[0]?.sector],
    ['INDCOP', 'IND', 'COP'],
  );
  assert.deepEqual([e.targets[0]?.code, e.targets[0]?.sector], ['CHN', null]);
  assert.equal(e.extra['Target Sectors'], undefined);
  assert.equal(e.location?.resolution, 'country');
  assert.equal(e.location?.name, 'India');
  assert.equal(e.plover.type, 'CONSULT');
});

test('duplicate Event IDs: the first row is kept, the later one is skipped naming both dates', async () => {
  const content = [HEADER, row('5', '2018-06-01'), row('6', '2018-06-01'), row('5', '2018-06-02'), ''].join(
    '\n',
  );
  const got = await collect(readIcews(tempFile('d.tab', content), refs));
  assert.deepEqual(
    got.events.map((e) => [e.externalId, e.date?.value]),
    [
      ['5', '2018-06-01'],
      ['6', '2018-06-01'],
    ],
  );
  assert.equal(got.skips.length, 1);
  assert.equal(got.skips[0]?.line, 4);
  assert.match(
    got.skips[0]?.reason ?? '',
    /duplicate Event ID 5: kept line 2 dated 2018-06-01, this row is dated 2018-06-02/,
  );
});

test('bad ICEWS rows are skipped with reasons', async () => {
  const content = [
    HEADER,
    row('1', '2018-06-01'),
    row('2', '2018-13-01'),
    row('3', '2018-06-01', { Intensity: 'high' }),
    row('4', '2018-06-01', { 'CAMEO Code': 'x40' }),
    row('x', '2018-06-01'),
    row('6', '2018-06-01').split('\t').slice(0, 12).join('\t'),
    row('7', '2018-06-01', { Latitude: '1.2.3' }),
    row('8', '2018-06-01'),
  ].join('\n');
  const got = await collect(readIcews(tempFile('b.tab', content), refs));
  assert.deepEqual(
    got.events.map((e) => e.externalId),
    ['1', '8'],
  );
  assert.deepEqual(
    got.skips.map((s) => s.line),
    [3, 4, 5, 6, 7, 8],
  );
  assert.match(got.skips[0]?.reason ?? '', /invalid Event Date/);
  assert.match(got.skips[1]?.reason ?? '', /non-numeric Intensity "high"/);
  assert.match(got.skips[2]?.reason ?? '', /invalid CAMEO Code/);
  assert.match(got.skips[3]?.reason ?? '', /invalid Event ID/);
  assert.match(got.skips[4]?.reason ?? '', /12 columns, expected 20/);
  assert.match(got.skips[5]?.reason ?? '', /non-numeric Latitude/);
});

test(
  'a GDELT file given as ICEWS stops, and so does a header missing columns',
  { skip: skipUnlessShared(GDELT) },
  async () => {
    await assert.rejects(
      collect(readIcews(sharedFile(GDELT) as string, refs)),
      /not an ICEWS event file: it looks like a GDELT 2\.0 events file/,
    );
    const partial = ICEWS_COLUMNS.filter((c) => c !== 'Intensity').join('\t');
    const zipLike = tempFile('p.tab', `${HEADER}\n${row('1', '2018-06-01')}\n`);
    assert.equal((await collect(readIcews(zipLike, refs))).events.length, 1);
    await assert.rejects(collect(readIcews(tempFile('q.tab', `${partial}\n`), refs)), (error: unknown) => {
      assert.ok(error instanceof DyadError);
      assert.match(error.message, /not an ICEWS event file/);
      return true;
    });
  },
);

test('a zip of ICEWS files: each member has its own header; duplicates are found across members', async () => {
  const zip = zipSync({
    'events.2018.tab': strToU8([HEADER, row('1', '2018-12-31'), row('2', '2018-12-31')].join('\n')),
    'events.2019.tab': strToU8([HEADER, row('2', '2019-01-01'), row('3', '2019-01-01')].join('\n')),
  });
  const path = tempFile('icews.zip', zip);
  const got = await collect(readIcews(path, refs));
  assert.deepEqual(
    got.events.map((e) => [e.externalId, e.provenance.file.split('!')[1], e.provenance.line]),
    [
      ['1', 'events.2018.tab', 2],
      ['2', 'events.2018.tab', 3],
      ['3', 'events.2019.tab', 3],
    ],
  );
  assert.match(
    got.skips[0]?.reason ?? '',
    /duplicate Event ID 2: kept .*events\.2018\.tab:3 dated 2018-12-31, this row is dated 2019-01-01/,
  );
});
