import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { DyadError } from '../../core/errors.js';
import type { Store, StoredEvent } from '../../store/types.js';
import { sharedFile, skipUnlessShared } from '../../testing/shared.js';
import { importEventFiles, planImport, reasonKind, type ImportFilesOptions } from './import-files.js';
import { loadImportLookups } from './lookups.js';
import { tempFile } from './testing/collect.js';
import { allEvents, withTempStore } from './testing/store.js';

const GDELT = 'corpus/gdelt/gdelt-big-data/20191024143000.export.CSV';
const ICEWS = 'corpus/icews/events.2018.sample.tab';
const EVENTS = 'corpus/gdelt/spark-gdelt-testdata/events.csv';
const MENTIONS = 'corpus/gdelt/spark-gdelt-testdata/mentions.csv';
const GKG = 'corpus/gdelt/spark-gdelt-testdata/gkg.csv';

const lookups = loadImportLookups();
const options = (format: ImportFilesOptions['format']): ImportFilesOptions => ({ format, ...lookups });

const dataLines = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l !== '');

/** A GDELT 2.0 events row written by hand (invented values, 61 columns). */
function gdeltRow(id: number, patch: Record<number, string> = {}): string {
  const f: string[] = new Array<string>(61).fill('');
  Object.assign(f, {
    0: String(id),
    1: '20240105',
    2: '202401',
    3: '2024',
    4: '2024.0110',
    5: 'BLRGOV',
    6: 'BELARUS',
    7: 'BLR',
    12: 'GOV',
    15: 'CHN',
    16: 'CHINA',
    17: 'CHN',
    25: '1',
    26: '042',
    27: '042',
    28: '04',
    29: '1',
    30: '1.9',
    31: '4',
    32: '1',
    33: '4',
    34: '2.5',
    35: '0',
    43: '0',
    51: '4',
    52: 'Beijing, Beijing, China',
    53: 'CH',
    54: 'CH22',
    56: '39.9289',
    57: '116.388',
    58: '-1898541',
    59: '20240105101500',
    60: `https://example.org/news/${id}`,
  });
  for (const [k, v] of Object.entries(patch)) f[Number(k)] = v;
  return f.join('\t');
}

test('reasons are counted by kind, without their values', () => {
  assert.equal(
    reasonKind('60 columns, expected 61 (GDELT 2.0 events)'),
    'wrong column count (expected 61 (GDELT 2.0 events))',
  );
  assert.equal(reasonKind('invalid SQLDATE "20191340"'), 'invalid SQLDATE');
  assert.equal(reasonKind('non-numeric NumMentions "many"'), 'non-numeric NumMentions');
  assert.equal(
    reasonKind('duplicate Event ID 7: kept line 2 dated 2018-06-01, this row is dated 2018-06-02'),
    'duplicate Event ID',
  );
  assert.equal(reasonKind('binary data'), 'binary data');
});

test(
  'dyad import gdelt: the real 15-minute export imports 2,111 events, and again adds nothing',
  { skip: skipUnlessShared(GDELT) },
  async () => {
    const path = sharedFile(GDELT) as string;
    await withTempStore(async (store) => {
      const first = await importEventFiles(store, [path], options('gdelt'));
      assert.equal(first.events, 2111);
      assert.equal(first.events, dataLines(path).length);
      assert.equal(first.skipped, 0);
      assert.equal(first.failedFiles, 0);
      const again = await importEventFiles(store, [path], options('auto'));
      assert.equal(again.events, 0);
      assert.equal(again.alreadyStored, 2111);
      assert.equal((await store.stats()).eventsByDataset.gdelt, 2111);
    });
  },
);

test(
  'dyad import icews: the real sample imports 3,705 events',
  { skip: skipUnlessShared(ICEWS) },
  async () => {
    const path = sharedFile(ICEWS) as string;
    await withTempStore(async (store) => {
      const summary = await importEventFiles(store, [path], options('icews'));
      assert.equal(summary.events, 3705);
      assert.equal(summary.events, dataLines(path).length - 1, 'every data row below the header');
      assert.equal(summary.skipped, 0);
      assert.equal((await store.stats()).eventsByDataset.icews, 3705);
    });
  },
);

/** The China→USA rows of both files, read straight from their columns. */
function chinaUsRows(): { gdelt: string[][]; icews: Map<string, string>[] } {
  const gdelt = dataLines(sharedFile(GDELT) as string)
    .map((l) => l.split('\t'))
    .filter((f) => f[7] === 'CHN' && f[17] === 'USA');
  const [header, ...rows] = dataLines(sharedFile(ICEWS) as string);
  const names = (header as string).split('\t');
  const icews = rows
    .map((l) => new Map(l.split('\t').map((v, i) => [names[i] as string, v])))
    .filter((r) => r.get('Source Country') === 'China' && r.get('Target Country') === 'United States');
  return { gdelt, icews };
}

const number = (text: string | undefined): number | null =>
  text === undefined || text === '' ? null : Number(text);

test(
  'after both imports, the China–US dyad lists the China→US events of both files, field by field',
  { skip: skipUnlessShared(GDELT) || skipUnlessShared(ICEWS) },
  async () => {
    await withTempStore(async (store) => {
      const summary = await importEventFiles(
        store,
        [sharedFile(GDELT) as string, sharedFile(ICEWS) as string],
        options('auto'),
      );
      assert.equal(summary.events, 2111 + 3705);
      const expected = chinaUsRows();
      const listed = await allEvents(store, { dyad: ['CHN', 'USA'] });
      const byId = new Map(listed.map((e) => [e.id, e]));
      const gdeltIds = expected.gdelt.map((f) => `gdelt:${f[0]}`);
      const icewsIds = expected.icews.map((r) => `icews:${r.get('Event ID')}`);
      assert.ok(gdeltIds.length > 0 && icewsIds.length > 0);
      assert.deepEqual(listed.map((e) => e.id).sort(), [...gdeltIds, ...icewsIds].sort());
      const days = new Set(listed.map((e) => `${e.dataset} ${e.date?.value}`));
      assert.deepEqual([...days].sort(), ['gdelt 2019-10-24', 'icews 2018-06-01', 'icews 2018-06-02']);

      for (const f of expected.gdelt.slice(0, 3)) {
        const e = byId.get(`gdelt:${f[0]}`) as StoredEvent;
        assert.equal(e.externalId, f[0]);
        assert.equal(e.code, f[26]);
        assert.equal(e.root, f[28]);
        assert.equal(e.quad, number(f[29]));
        assert.equal(e.goldstein, number(f[30]));
        assert.equal(e.date?.value, `${f[1]?.slice(0, 4)}-${f[1]?.slice(4, 6)}-${f[1]?.slice(6, 8)}`);
        assert.deepEqual(
          [e.sources[0]?.code, e.sources[0]?.name, e.sources[0]?.country, e.sources[0]?.sector],
          [f[5], f[6], f[7], f[12] || null],
        );
        assert.deepEqual(
          [e.targets[0]?.code, e.targets[0]?.name, e.targets[0]?.country, e.targets[0]?.sector],
          [f[15], f[16], f[17], f[22] || null],
        );
        assert.deepEqual(e.counts, {
          mentions: number(f[31]),
          sources: number(f[32]),
          articles: number(f[33]),
        });
        assert.equal(e.location?.name ?? '', f[52]);
        assert.equal(e.location?.lat ?? null, number(f[56]));
        assert.equal(e.sourceUrl, f[60]);
        assert.equal(e.evidence?.url, f[60], 'evidence is the source URL when there is no text');
        assert.equal(e.origin?.file, sharedFile(GDELT));
        assert.equal(dataLines(sharedFile(GDELT) as string)[(e.origin?.line ?? 0) - 1]?.split('\t')[0], f[0]);
        assert.equal(e.plover.type, lookups.cameo(f[26] as string)?.plover.type ?? null, 'CAMEO → PLOVER');
      }
      for (const r of expected.icews.slice(0, 3)) {
        const e = byId.get(`icews:${r.get('Event ID')}`) as StoredEvent;
        assert.equal(e.code, r.get('CAMEO Code'));
        assert.equal(e.goldstein, number(r.get('Intensity')), 'ICEWS Intensity is kept as given');
        assert.equal(e.date?.value, r.get('Event Date'));
        assert.equal(e.sources[0]?.name, r.get('Source Name'));
        assert.equal(e.sources[0]?.country, 'CHN');
        assert.equal(e.targets[0]?.name, r.get('Target Name'));
        assert.equal(e.targets[0]?.country, 'USA');
        assert.equal(e.evidence?.sentence, number(r.get('Sentence Number')));
        assert.equal(e.extra?.['Event Text'], r.get('Event Text'));
      }
      const series = await store.dyadSeries({ dyad: ['CHN', 'USA'], interval: 'day' });
      assert.equal(
        series.reduce((n, p) => n + p.events, 0),
        listed.length,
        'the time series counts the same events',
      );
    });
  },
);

test(
  'GDELT mentions attach to their events (offsets and URLs kept), whatever the order of the files',
  { skip: skipUnlessShared(EVENTS) || skipUnlessShared(MENTIONS) },
  async () => {
    const events = sharedFile(EVENTS) as string;
    const mentions = sharedFile(MENTIONS) as string;
    const ids = new Set(dataLines(events).map((l) => l.split('\t')[0]));
    const rows = dataLines(mentions).map((l) => l.split('\t'));
    const matched = rows.filter((f) => ids.has(f[0]));
    await withTempStore(async (store) => {
      const summary = await importEventFiles(store, [mentions, events], options('gdelt'));
      assert.deepEqual(
        summary.files.map((f) => f.kind),
        ['events', 'mentions'],
        'events files first',
      );
      assert.equal(summary.mentions, matched.length);
      assert.equal(summary.unmatched, rows.length - matched.length);
      assert.equal(summary.firstUnmatched.length, Math.min(20, rows.length - matched.length));
      assert.match(summary.firstUnmatched[0]?.reason ?? '', /^event \d+ is not in the store$/);
      const first = matched[0] as string[];
      const e = await store.getEvent(`gdelt:${first[0]}`);
      const ownUrl = matched.find((f) => f[0] === first[0] && f[5] === e?.sourceUrl) ?? first;
      const offset = (text: string | undefined): number | null =>
        text === undefined || Number(text) < 0 ? null : Number(text);
      assert.deepEqual(e?.evidence?.offsets, {
        actor1: offset(ownUrl[7]),
        actor2: offset(ownUrl[8]),
        action: offset(ownUrl[9]),
      });
      assert.equal(e?.evidence?.sentence, Number(ownUrl[6]));
      assert.equal((await store.stats()).counts.eventMentions, matched.length);
      const again = await importEventFiles(store, [mentions], options('gdelt'));
      assert.equal(again.mentions, 0);
      assert.equal(again.alreadyStored, matched.length);
    });
  },
);

test('gzip and zip files import as their contents do', { skip: skipUnlessShared(GDELT) }, async () => {
  const text = readFileSync(sharedFile(GDELT) as string);
  const gz = tempFile('20191024143000.export.CSV.gz', gzipSync(text));
  const zip = tempFile(
    '20191024143000.export.CSV.zip',
    zipSync({ '20191024143000.export.CSV': new Uint8Array(text) }),
  );
  for (const path of [gz, zip]) {
    await withTempStore(async (store) => {
      const summary = await importEventFiles(store, [path], options('gdelt'));
      assert.equal(summary.events, 2111, path);
      const [e] = (await store.listEvents({ limit: 1 })).items;
      assert.ok(e?.origin?.file.startsWith(path), e?.origin?.file);
    });
  }
});

test('bad rows are skipped with line and reason; the good rows import', async () => {
  const lines = [
    gdeltRow(1),
    gdeltRow(2).slice(0, 120), // truncated
    `${gdeltRow(3)}\textra`, // 62 columns
    gdeltRow(4, { 31: 'many' }), // non-numeric NumMentions
    gdeltRow(5, { 1: '20241340' }), // no 40th of the 13th month
    gdeltRow(6, { 30: 'x' }),
    '\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000binary\u0000junk\t\u0000',
    gdeltRow(7),
    gdeltRow(8, { 59: '2024' }),
    gdeltRow(9),
  ];
  const path = tempFile('20240105101500.export.CSV', `${lines.join('\n')}\n`);
  await withTempStore(async (store) => {
    const summary = await importEventFiles(store, [path], options('gdelt'));
    assert.equal(summary.events, 3);
    assert.equal(summary.skipped, 7);
    assert.deepEqual(
      summary.firstSkipped.map((s) => [s.file, s.line]),
      [2, 3, 4, 5, 6, 7, 9].map((line) => [path, line]),
    );
    const reasons = summary.firstSkipped.map((s) => s.reason);
    assert.match(reasons[0] as string, /^\d+ columns, expected 61/);
    assert.match(reasons[1] as string, /^62 columns, expected 61/);
    assert.match(reasons[2] as string, /non-numeric NumMentions "many"/);
    assert.match(reasons[3] as string, /invalid SQLDATE "20241340"/);
    assert.match(reasons[4] as string, /non-numeric GoldsteinScale "x"/);
    assert.match(reasons[5] as string, /binary data/);
    assert.match(reasons[6] as string, /invalid DATEADDED "2024"/);
    assert.equal(
      summary.reasons.reduce((n, r) => n + r.count, 0),
      7,
    );
    assert.deepEqual((await allEvents(store)).map((e) => e.externalId).sort(), ['1', '7', '9']);
    assert.equal(summary.files[0]?.rows, 10);
  });
});

test('at most 20 skipped rows are listed, all are counted', async () => {
  const lines = [gdeltRow(1), ...Array.from({ length: 30 }, (_, i) => gdeltRow(100 + i, { 1: '2024' }))];
  const path = tempFile('many.export.CSV', lines.join('\n'));
  await withTempStore(async (store) => {
    const summary = await importEventFiles(store, [path], options('gdelt'));
    assert.equal(summary.skipped, 30);
    assert.equal(summary.firstSkipped.length, 20);
    assert.equal(summary.firstSkipped[19]?.line, 21);
    assert.deepEqual(summary.reasons, [{ reason: 'invalid SQLDATE', count: 30 }]);
    assert.equal(summary.events, 1);
  });
});

test('a file of the wrong kind stops the run before anything is imported, naming what it looks like', async () => {
  const good = tempFile('good.export.CSV', `${gdeltRow(1)}\n`);
  const csv = tempFile('table.csv', 'id,date,actor\n1,2024-01-05,BLR\n2,2024-01-06,CHN\n');
  const binary = tempFile(
    'picture.png',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0]),
  );
  const header = [
    'Event ID',
    'Event Date',
    'Source Name',
    'Source Sectors',
    'Source Country',
    'Event Text',
    'CAMEO Code',
    'Intensity',
    'Target Name',
    'Target Sectors',
    'Target Country',
    'Story ID',
    'Sentence Number',
    'Publisher',
    'City',
    'District',
    'Province',
    'Country',
    'Latitude',
    'Longitude',
  ];
  const row = [
    '7',
    '2018-06-01',
    'China',
    '',
    'China',
    'Make statement',
    '010',
    '0',
    'Belarus',
    '',
    'Belarus',
    '1',
    '1',
    'Wire',
    '',
    '',
    '',
    'China',
    '39.9',
    '116.4',
  ];
  const icews = tempFile('events.tab', `${header.join('\t')}\n${row.join('\t')}\n`);
  const cases: [string[], ImportFilesOptions['format'], string, RegExp][] = [
    [
      [good, csv],
      'gdelt',
      csv,
      /not a GDELT events or mentions file: it looks like a comma-separated \(CSV\) file/,
    ],
    [[good, binary], 'gdelt', binary, /it looks like binary data/],
    [[good, icews], 'gdelt', icews, /it looks like an ICEWS event file/],
    [[icews, good], 'icews', good, /not an ICEWS event file: it looks like a GDELT 2.0 events file/],
    [[good], 'plover', good, /not a PLOVER JSON file: it looks like a GDELT 2.0 events file/],
    [[good, icews, csv], 'auto', csv, /not an event file Dyad reads .*: it looks like a comma-separated/],
    [[good, '/no/such/file.CSV'], 'gdelt', '/no/such/file.CSV', /no such file/],
  ];
  for (const [paths, format, wrong, pattern] of cases) {
    await withTempStore(async (store) => {
      await assert.rejects(
        importEventFiles(store, paths, options(format)),
        (e: unknown) => e instanceof DyadError && e.input === wrong && pattern.test(e.message),
        `${wrong} as ${format}`,
      );
      assert.equal((await store.listEvents({})).items.length, 0, 'not even the good files');
    });
  }
});

test('a GDELT GKG file is refused as not an event table', { skip: skipUnlessShared(GKG) }, async () => {
  await assert.rejects(planImport([sharedFile(GKG) as string], 'auto'), /GKG .*not an event table/);
});

test('a file that fails as a whole stores nothing of it; the other files are imported', async () => {
  const a = tempFile('a.export.CSV', `${gdeltRow(1)}\n${gdeltRow(2, { 1: 'x' })}\n`);
  const b = tempFile('b.export.CSV', `${gdeltRow(3)}\n`);
  await withTempStore(async (real) => {
    let calls = 0;
    const failing: Store = Object.create(real, {
      importEvents: {
        value: async (batches: Parameters<Store['importEvents']>[0]) => {
          calls += 1;
          if (calls === 1) {
            for await (const batch of batches) void batch;
            throw new DyadError('store', 'disk full');
          }
          return real.importEvents(batches);
        },
      },
    });
    const summary = await importEventFiles(failing, [a, b], options('gdelt'));
    assert.equal(summary.failedFiles, 1);
    assert.match(summary.files[0]?.error ?? '', /disk full/);
    assert.equal(summary.skipped, 0, "a failed file's bad rows are not reported as skipped");
    assert.equal(summary.events, 1);
    assert.deepEqual(
      (await allEvents(real)).map((e) => e.externalId),
      ['3'],
    );
  });
});

test('an empty file imports nothing and is no error', async () => {
  await withTempStore(async (store) => {
    const summary = await importEventFiles(store, [tempFile('empty.export.CSV', '')], options('auto'));
    assert.equal(summary.events, 0);
    assert.equal(summary.failedFiles, 0);
  });
});

test('no files is an error', async () => {
  await assert.rejects(
    planImport([], 'gdelt'),
    (e: unknown) => e instanceof DyadError && e.input === 'files',
  );
});

test('lines of a truncated gzip before the damage import; the damage is one skipped row', async () => {
  const text = `${[1, 2, 3, 4, 5].map((i) => gdeltRow(i)).join('\n')}\n`;
  const full = gzipSync(strToU8(text));
  const cut = tempFile('cut.export.CSV.gz', full.subarray(0, full.length - 12));
  await withTempStore(async (store) => {
    const summary = await importEventFiles(store, [cut], options('gdelt'));
    assert.equal(summary.skipped, 1);
    assert.match(summary.firstSkipped[0]?.reason ?? '', /unreadable data/);
    assert.equal(summary.events + summary.skipped, summary.files[0]?.rows);
  });
});
