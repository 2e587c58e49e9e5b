import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { DyadError } from '../../../core/errors.js';
import { sharedFile, skipUnlessShared } from '../../../testing/shared.js';
import { collect, tempFile } from '../testing/collect.js';
import { cameoFromMergedTable, fipsToIso3FromGeonames } from '../testing/reference.js';
import type { CameoLookup, FipsToIso3 } from '../types.js';
import { GDELT1_BACKFILE, GDELT2_EVENTS } from './columns.js';
import { parseGdeltEventRow } from './event.js';
import { withMentions } from './mention.js';
import { readGdelt } from './read.js';

const BIG = 'corpus/gdelt/gdelt-big-data/20191024143000.export.CSV';
const V2 = 'corpus/gdelt/spark-gdelt-testdata/events.csv';
const TRANS = 'corpus/gdelt/spark-gdelt-testdata/eventsT.csv';
const V1 = 'corpus/gdelt/spark-gdelt-testdata/events1.csv';
const MIXED = 'corpus/gdelt/gdelt-demo/events_sample_v1.tsv';
const MENTIONS = 'corpus/gdelt/spark-gdelt-testdata/mentions.csv';
const MENTIONS_T = 'corpus/gdelt/spark-gdelt-testdata/mentionsT.csv';
const GKG = 'corpus/gdelt/spark-gdelt-testdata/gkg.csv';
const GKG1 = 'corpus/gdelt/spark-gdelt-testdata/gkg1.csv';
const MENTIONS_CSV = 'corpus/gdelt/gdeltPyR/mentions_v2_sample.csv';
const ICEWS = 'corpus/icews/events.2018.sample.tab';

/** Small stand-ins so the synthetic tests run without ../shared. */
const stubFips: FipsToIso3 = (f) => ({ US: 'USA', CA: 'CAN', GH: 'GHA', SF: 'ZAF' })[f] ?? null;
const stubCameo: CameoLookup = (c) =>
  c.startsWith('04') ? { goldstein: 1, quad: 1, plover: { type: 'CONSULT', mode: null } } : null;
const refs = {
  fipsToIso3: fipsToIso3FromGeonames() ?? stubFips,
  cameo: cameoFromMergedTable() ?? stubCameo,
};

const linesOf = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');

/** A 57-column back-file row written by hand (values invented, layout GDELT 1.0). */
const BACKFILE_ROW = [
  '1552839',
  '19820102',
  '198201',
  '1982',
  '1982.0055',
  'CAN',
  'CANADA',
  'CAN',
  '',
  '',
  '',
  '',
  '',
  '',
  '',
  'POL',
  'POLAND',
  'POL',
  '',
  '',
  '',
  '',
  'GOV',
  '',
  '',
  '1',
  '1312',
  '131',
  '13',
  '3',
  '-5.8',
  '2',
  '1',
  '2',
  '2.53807106598985',
  '1',
  'Canada',
  'CA',
  'CA',
  '60',
  '-95',
  '0',
  '1',
  'United States',
  'US',
  'US',
  '38',
  '-97',
  '0',
  '1',
  'Canada',
  'CA',
  'CA',
  '60',
  '-95',
  '0',
  '20130203',
];
const v2Row = (): string[] => {
  const f = [...BACKFILE_ROW.slice(0, 35)];
  const geo = (g: string[]): string[] => [g[0], g[1], g[2], g[3], '', g[4], g[5], g[6]] as string[];
  f.push(
    ...geo(BACKFILE_ROW.slice(35, 42)),
    ...geo(BACKFILE_ROW.slice(42, 49)),
    ...geo(BACKFILE_ROW.slice(49, 56)),
  );
  f.push('20191024143000', 'https://example.org/a');
  return f;
};

test(
  'the complete GDELT 2.0 export yields exactly 2,111 events and no skips',
  { skip: skipUnlessShared(BIG) },
  async () => {
    const got = await collect(readGdelt(sharedFile(BIG) as string, refs));
    assert.equal(got.events.length, 2111);
    assert.equal(got.skips.length, 0);
    assert.equal(new Set(got.events.map((e) => e.externalId)).size, 2111);
    assert.ok(got.events.every((e) => e.dataset === 'gdelt2' && e.provenance.format === 'gdelt2-events'));
  },
);

test('rows are mapped field by field as the file has them', { skip: skipUnlessShared(BIG) }, async () => {
  const path = sharedFile(BIG) as string;
  const lines = linesOf(path);
  const got = await collect(readGdelt(path, refs));
  for (const index of [0, 1, 500, 1234, 2110]) {
    const f = (lines[index] as string).split('\t');
    const e = got.events[index];
    assert.ok(e);
    assert.equal(e.externalId, f[0]);
    assert.equal(e.provenance.line, index + 1);
    assert.equal(e.date?.value.replace(/-/g, ''), f[1]);
    assert.equal(e.date?.precision, 'day');
    assert.equal(e.code, f[26]);
    assert.equal(e.root, f[28]);
    assert.equal(e.quad, Number(f[29]));
    assert.equal(e.goldstein, Number(f[30]));
    assert.deepEqual(
      [e.numMentions, e.numSources, e.numArticles],
      [Number(f[31]), Number(f[32]), Number(f[33])],
    );
    assert.equal(e.avgTone, Number(f[34]));
    assert.equal(e.sources[0]?.code ?? '', f[5]);
    assert.equal(e.sources[0]?.name ?? '', f[6]);
    assert.equal(e.sources[0]?.sector ?? '', f[12]);
    assert.equal(e.targets[0]?.code ?? '', f[15]);
    assert.equal(e.targets[0]?.name ?? '', f[16]);
    assert.equal(e.location?.name ?? '', f[52]);
    assert.equal(e.location?.fips ?? '', f[53]);
    assert.equal(e.location?.country ?? null, f[53] ? refs.fipsToIso3(f[53] as string) : null);
    assert.equal(e.location?.adm1 ?? '', f[54]);
    assert.equal(e.location?.adm2 ?? '', f[55]);
    assert.equal(e.location?.lat ?? null, f[56] ? Number(f[56]) : null);
    assert.equal(e.location?.lon ?? null, f[57] ? Number(f[57]) : null);
    assert.equal(e.location?.featureId ?? '', f[58]);
    assert.equal(e.dateAdded?.replace(/\D/g, ''), f[59]);
    assert.equal(e.evidence.url, f[60]);
    assert.equal(e.extra.IsRootEvent, f[25]);
  }
});

test(
  'FIPS geo codes become ISO alpha-3; an unknown FIPS code (OS, oceans) gives a null country',
  { skip: skipUnlessShared(BIG) },
  async () => {
    const got = await collect(readGdelt(sharedFile(BIG) as string, refs));
    const locations = got.events.flatMap((e) => [
      e.location,
      ...e.sources.map((a) => a.location),
      ...e.targets.map((a) => a.location),
    ]);
    assert.ok(locations.some((l) => l?.fips === 'CA' && l.country === 'CAN'));
    assert.ok(locations.some((l) => l?.fips === 'UK' && l.country === 'GBR'));
    const oceans = locations.filter((l) => l?.fips === 'OS');
    assert.ok(oceans.length > 0);
    assert.ok(oceans.every((l) => l?.country === null));
  },
);

test(
  'CAMEO region actors keep their code and have no country; the raw country code stays in extra',
  { skip: skipUnlessShared(BIG) },
  async () => {
    const got = await collect(readGdelt(sharedFile(BIG) as string, refs));
    const africa = got.events.find((e) => e.sources[0]?.code === 'AFR');
    assert.ok(africa);
    assert.equal(africa.sources[0]?.country, null);
    assert.equal(africa.extra.Actor1CountryCode, 'AFR');
  },
);

test('PLOVER type and mode come from the CAMEO lookup', { skip: skipUnlessShared(BIG) }, async () => {
  const got = await collect(readGdelt(sharedFile(BIG) as string, refs));
  for (const e of got.events.slice(0, 200)) {
    const info = refs.cameo(e.code as string);
    assert.equal(e.plover.type, info?.plover.type ?? null);
  }
});

test(
  '100-row samples: 2.0 events, translingual, 1.0 (57 and 58 mixed), mentions',
  { skip: skipUnlessShared(V1) },
  async () => {
    const v2 = await collect(readGdelt(sharedFile(V2) as string, refs));
    assert.equal(v2.events.length, 100);
    assert.equal(v2.skips.length, 0);
    const t = await collect(readGdelt(sharedFile(TRANS) as string, { ...refs, translingual: true }));
    assert.equal(t.events.length, 100);
    assert.ok(t.events.every((e) => e.provenance.format === 'gdelt2-translingual'));
    const v1 = await collect(readGdelt(sharedFile(V1) as string, refs));
    const counts = (lines: string[], n: number): number =>
      lines.filter((l) => l.split('\t').length === n).length;
    const lines = linesOf(sharedFile(V1) as string);
    assert.equal(v1.events.length, 100);
    assert.equal(v1.events.filter((e) => e.provenance.format === 'gdelt1-daily').length, counts(lines, 58));
    assert.equal(
      v1.events.filter((e) => e.provenance.format === 'gdelt1-backfile').length,
      counts(lines, 57),
    );
    assert.ok(v1.events.every((e) => e.dataset === 'gdelt1'));
    for (const path of [MENTIONS, MENTIONS_T]) {
      const m = await collect(readGdelt(sharedFile(path) as string, refs));
      assert.equal(m.mentions.length, 100);
      assert.equal(m.events.length + m.skips.length, 0);
    }
  },
);

test(
  'the file mixing 57- and 58-column rows is read line by line',
  { skip: skipUnlessShared(MIXED) },
  async () => {
    const path = sharedFile(MIXED) as string;
    const lines = linesOf(path);
    const got = await collect(readGdelt(path, refs));
    assert.equal(got.skips.length, 0);
    assert.equal(got.events.length, lines.length);
    for (const e of got.events) {
      const n = (lines[e.provenance.line - 1] as string).split('\t').length;
      assert.equal(e.provenance.format, n === 58 ? 'gdelt1-daily' : 'gdelt1-backfile');
      assert.equal(e.evidence.url === null, n === 57);
      assert.match(e.dateAdded ?? '', /^\d{4}-\d{2}-\d{2}$/);
    }
  },
);

test(
  'mention rows map their offsets, with -1 as null, and translation info',
  { skip: skipUnlessShared(MENTIONS_T) },
  async () => {
    const path = sharedFile(MENTIONS_T) as string;
    const f = (linesOf(path)[0] as string).split('\t');
    const [m] = (await collect(readGdelt(path, refs))).mentions;
    assert.ok(m);
    assert.equal(m.eventId, f[0]);
    assert.equal(m.sentence, Number(f[6]));
    assert.equal(m.actor1Offset, f[7] === '-1' ? null : Number(f[7]));
    assert.equal(m.actor2Offset, f[8] === '-1' ? null : Number(f[8]));
    assert.equal(m.actionOffset, Number(f[9]));
    assert.equal(m.identifier, f[5]);
    assert.equal(m.translation?.sourceLanguage, /srclc:([^;]*)/.exec(f[14] as string)?.[1]);
  },
);

test(
  'mentions attach to their events: offsets and sentence become evidence',
  { skip: skipUnlessShared(MENTIONS) },
  async () => {
    const events = (await collect(readGdelt(sharedFile(V2) as string, refs))).events;
    const mentions = (await collect(readGdelt(sharedFile(MENTIONS) as string, refs))).mentions;
    const matched = events.filter((e) => mentions.some((m) => m.eventId === e.externalId));
    assert.ok(matched.length > 0);
    for (const e of matched) {
      const m =
        mentions.find((x) => x.eventId === e.externalId && x.identifier === e.evidence.url) ??
        mentions.find((x) => x.eventId === e.externalId);
      const joined = withMentions(e, mentions);
      assert.deepEqual(joined.evidence.offsets, {
        actor1: m?.actor1Offset,
        actor2: m?.actor2Offset,
        action: m?.actionOffset,
      });
      assert.equal(joined.evidence.sentence, m?.sentence);
    }
    const lonely = events.find((e) => !mentions.some((m) => m.eventId === e.externalId));
    if (lonely) assert.equal(withMentions(lonely, mentions), lonely);
  },
);

test('wrong tables stop at once, naming what they look like', { skip: skipUnlessShared(GKG) }, async () => {
  const cases: [string, RegExp][] = [
    [GKG, /GDELT 2\.1 GKG/],
    [GKG1, /GDELT 1\.0 GKG/],
    [ICEWS, /ICEWS event file/],
  ];
  for (const [path, message] of cases) {
    await assert.rejects(collect(readGdelt(sharedFile(path) as string, refs)), (error: unknown) => {
      assert.ok(error instanceof DyadError);
      assert.match(error.message, message);
      return true;
    });
  }
});

test(
  'GDELT tables exported as CSV with a header (BigQuery style) are read by column name',
  { skip: skipUnlessShared(MENTIONS_CSV) },
  async () => {
    const path = sharedFile(MENTIONS_CSV) as string;
    const rows = linesOf(path).length - 1;
    const got = await collect(readGdelt(path, refs));
    assert.equal(got.skips.length, 0);
    assert.equal(got.mentions.length, rows);
    assert.equal(got.mentions.length, 1635);
    const header = (linesOf(path)[0] as string).split(',');
    const first = (linesOf(path)[1] as string).split(',');
    const m = got.mentions[0];
    assert.equal(m?.eventId, first[header.indexOf('globaleventid')]);
    assert.equal(m?.identifier, first[header.indexOf('mentionidentifier')]);
    assert.equal(m?.provenance.line, 2);
  },
);

test(
  'a header CSV of the events table, columns shuffled and quoted, gives the same events as the TSV',
  { skip: skipUnlessShared(V2) },
  async () => {
    const tsv = sharedFile(V2) as string;
    const columns = [...GDELT2_EVENTS.columns].reverse();
    const quote = (v: string): string => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const body = linesOf(tsv).map((l) => {
      const f = l.split('\t');
      return columns.map((c) => quote(f[GDELT2_EVENTS.columns.indexOf(c)] as string)).join(',');
    });
    const csv = tempFile('bq.csv', [columns.map((c) => c.toLowerCase()).join(','), ...body].join('\n'));
    const a = await collect(readGdelt(tsv, refs));
    const b = await collect(readGdelt(csv, refs));
    const strip = (c: typeof a): unknown[] => c.events.map((e) => ({ ...e, provenance: null }));
    assert.equal(b.skips.length, 0);
    assert.deepEqual(strip(b), strip(a));
  },
);

test('a CSV with commas and a binary file are refused', async () => {
  const csv = tempFile('x.csv', 'id,date,actor\n1,2020-01-01,USA\n');
  await assert.rejects(collect(readGdelt(csv, refs)), /comma-separated \(CSV\)/);
  const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
  bytes[0] = 0x00;
  await assert.rejects(collect(readGdelt(tempFile('x.bin', bytes), refs)), /binary data/);
});

test('bad rows are skipped with line and reason; good rows continue', async () => {
  const good = v2Row();
  const bad = (i: number, value: string): string => {
    const f = [...good];
    f[i] = value;
    return f.join('\t');
  };
  const content = [
    good.join('\t'),
    good.slice(0, 30).join('\t'), // truncated line
    [...good, 'x'].join('\t'), // 62 columns
    bad(31, 'many'), // NumMentions
    bad(1, '20191301'), // invalid SQLDATE
    bad(59, '2019102414'), // invalid DATEADDED
    bad(56, 'north'), // ActionGeo_Lat
    bad(29, '7'), // QuadClass out of range
    bad(26, ''), // no EventCode
    bad(0, 'abc'), // GLOBALEVENTID
    'bin\u0000ary\tdata',
    BACKFILE_ROW.join('\t'), // 57 columns in a 2.0 file
    '',
    good.join('\t'),
  ].join('\n');
  const got = await collect(readGdelt(tempFile('mixed.CSV', content), refs));
  assert.deepEqual(
    got.events.map((e) => e.provenance.line),
    [1, 14],
  );
  const reasons = new Map(got.skips.map((s) => [s.line, s.reason]));
  assert.match(reasons.get(2) ?? '', /^30 columns, expected 61/);
  assert.match(reasons.get(3) ?? '', /^62 columns/);
  assert.match(reasons.get(4) ?? '', /non-numeric NumMentions "many"/);
  assert.match(reasons.get(5) ?? '', /invalid SQLDATE "20191301"/);
  assert.match(reasons.get(6) ?? '', /invalid DATEADDED/);
  assert.match(reasons.get(7) ?? '', /non-numeric ActionGeo_Lat "north"/);
  assert.match(reasons.get(8) ?? '', /invalid QuadClass "7"/);
  assert.match(reasons.get(9) ?? '', /invalid EventCode/);
  assert.match(reasons.get(10) ?? '', /non-numeric GLOBALEVENTID/);
  assert.equal(reasons.get(11), 'binary data');
  assert.match(reasons.get(12) ?? '', /^57 columns, expected 61/);
  assert.equal(got.skips.length, 11);
});

test(
  'gzip and zip copies give the same events as the plain file',
  { skip: skipUnlessShared(V2) },
  async () => {
    const raw = readFileSync(sharedFile(V2) as string);
    const plain = await collect(readGdelt(sharedFile(V2) as string, refs));
    const gz = await collect(readGdelt(tempFile('20150218230000.export.CSV.gz', gzipSync(raw)), refs));
    const zip = await collect(
      readGdelt(
        tempFile('20150218230000.export.CSV.zip', zipSync({ 'a.export.CSV': new Uint8Array(raw) })),
        refs,
      ),
    );
    const strip = (c: typeof plain): unknown[] =>
      c.events.map((e) => ({ ...e, provenance: { ...e.provenance, file: '' } }));
    assert.deepEqual(strip(gz), strip(plain));
    assert.deepEqual(strip(zip), strip(plain));
    assert.match(zip.events[0]?.provenance.file ?? '', /\.zip!a\.export\.CSV$/);
  },
);

test(
  'a truncated gzip yields the rows before the damage, then one skip',
  { skip: skipUnlessShared(BIG) },
  async () => {
    const gz = gzipSync(readFileSync(sharedFile(BIG) as string));
    const got = await collect(
      readGdelt(tempFile('cut.export.CSV.gz', gz.subarray(0, Math.floor(gz.length * 0.6))), refs),
    );
    assert.ok(got.events.length > 500 && got.events.length < 2111);
    assert.match(got.skips[got.skips.length - 1]?.reason ?? '', /unreadable data/);
  },
);

test('back-file dates at month or year precision (day or month written as 00, or SQLDATE empty)', () => {
  const parse = (sql: string, monthYear = '198201', year = '1982') => {
    const f = [...BACKFILE_ROW];
    [f[1], f[2], f[3]] = [sql, monthYear, year];
    return parseGdeltEventRow(f, GDELT1_BACKFILE, { file: 'x', line: 1, format: 'gdelt1-backfile' }, refs);
  };
  const day = parse('19820102');
  assert.ok(typeof day !== 'string');
  assert.equal(day.date?.precision, 'day');
  const month = parse('19820100');
  assert.ok(typeof month !== 'string');
  assert.deepEqual(month.date, {
    value: '1982-01',
    precision: 'month',
    start: '1982-01-01',
    end: '1982-01-31',
  });
  const year = parse('19820000', '', '1982');
  assert.ok(typeof year !== 'string');
  assert.deepEqual(year.date, { value: '1982', precision: 'year', start: '1982-01-01', end: '1982-12-31' });
  const fromMonthYear = parse('', '198202', '1982');
  assert.ok(typeof fromMonthYear !== 'string');
  assert.equal(fromMonthYear.date?.value, '1982-02');
  assert.match(String(parse('', '', '')), /no event date/);
  assert.match(String(parse('19820230')), /invalid SQLDATE/);
});

test('a synthetic 2.0 row: actors split as GDELT does, geo, Goldstein kept as given', () => {
  const e = parseGdeltEventRow(v2Row(), GDELT2_EVENTS, { file: 'x', line: 1, format: 'gdelt2-events' }, refs);
  assert.ok(typeof e !== 'string');
  assert.deepEqual(
    e.targets.map((a) => [a.code, a.country, a.sector, a.name]),
    [['POL', 'POL', 'GOV', 'POLAND']],
  );
  assert.equal(e.goldstein, -5.8);
  assert.equal(e.quad, 3);
  assert.equal(e.sources[0]?.location?.country, 'CAN');
  assert.equal(e.sources[0]?.location?.resolution, 'country');
  assert.equal(e.dateAdded, '2019-10-24T14:30:00Z');
});

test('the row parser never throws on arbitrary fields', () => {
  fc.assert(
    fc.property(fc.array(fc.string(), { minLength: 61, maxLength: 61 }), (f) => {
      const r = parseGdeltEventRow(f, GDELT2_EVENTS, { file: 'x', line: 1, format: 'gdelt2-events' }, refs);
      assert.ok(typeof r === 'string' || typeof r === 'object');
    }),
  );
});

test('a zip with a GDELT 2.0 member and nothing else is read as GDELT', async () => {
  const zip = zipSync({ 'x.export.CSV': strToU8(`${v2Row().join('\t')}\n`) });
  const got = await collect(readGdelt(tempFile('x.zip', zip), refs));
  assert.equal(got.events.length, 1);
});
