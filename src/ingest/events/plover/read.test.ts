import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedFile, skipUnlessShared } from '../../../testing/shared.js';
import { collect, tempFile } from '../testing/collect.js';
import { cameoFromMergedTable } from '../testing/reference.js';
import type { CameoLookup, JsonValue } from '../types.js';
import { readPlover } from './read.js';
import { parsePloverRecord } from './record.js';

const GOLD = 'gold/cameo-manual/dev.jsonl';
const stubCameo: CameoLookup = (c) =>
  c.startsWith('04') ? { goldstein: 1, quad: 1, plover: { type: 'CONSULT', mode: null } } : null;
const refs = {
  cameo: cameoFromMergedTable() ?? stubCameo,
  countryNameToIso3: (n: string) => (n === 'Germany' ? 'DEU' : null),
};
const place = { file: 'x.jsonl', line: 1 };

/** A record in the manual's field names (values invented). */
const MANUAL: JsonValue = {
  id: 'TEST-0001',
  date: '2016-07-24',
  enddate: '2016-07-26',
  actor: [
    {
      code: 'USA',
      sector: 'GOV',
      entity_text: 'the Secretary',
      identifier_id: 'Q1',
      identifier_text: 'Some One',
    },
  ],
  recipient: [
    { code: 'CAN' },
    { raw_text: 'Steinmeier', entity_name: 'F-W S', country_name: 'Germany', sector_code: 'GOV' },
  ],
  event: ['CONSULT'],
  mode: ['visit'],
  context: ['diplomatic', 'future'],
  event_text: 'will visit',
  event_loc: {
    resolved_place: 'Ottawa',
    lat: 45.4,
    lon: -75.7,
    country_code: 'CAN',
    geonameid: 6094817,
    resolution: 4,
  },
  quad_code: 1,
  text: 'An invented sentence about a visit.',
  text_info: { sequence: 2, start: 10, end: 40 },
  cite_info: { url: 'https://example.org/s', publication: 'Example Wire' },
  coder: 'hand',
};

test('the manual field names map onto the record', () => {
  const events = parsePloverRecord(MANUAL, place, refs);
  assert.ok(Array.isArray(events));
  const [e] = events;
  assert.ok(e);
  assert.equal(e.externalId, 'TEST-0001');
  assert.equal(e.code, null);
  assert.equal(e.root, null);
  assert.equal(e.goldstein, null);
  assert.equal(e.quad, 1);
  assert.deepEqual(e.plover, { type: 'CONSULT', mode: 'visit', context: ['diplomatic', 'future'] });
  assert.equal(e.modality, 'future');
  assert.deepEqual(e.date, {
    value: '2016-07-24/2016-07-26',
    precision: 'range',
    start: '2016-07-24',
    end: '2016-07-26',
  });
  assert.deepEqual(
    e.sources.map((a) => [a.code, a.country, a.sector, a.text, a.name]),
    [['USAGOV', 'USA', 'GOV', 'the Secretary', 'Some One']],
  );
  assert.deepEqual(
    e.targets.map((a) => [a.code, a.country, a.sector, a.text, a.name]),
    [
      ['CAN', 'CAN', null, null, null],
      ['GOV', 'DEU', 'GOV', 'Steinmeier', 'F-W S'],
    ],
  );
  assert.equal(e.location?.name, 'Ottawa');
  assert.equal(e.location?.resolution, 'city');
  assert.equal(e.location?.featureId, '6094817');
  assert.deepEqual(e.evidence.span, { start: 10, end: 40 });
  assert.equal(e.evidence.sentence, 2);
  assert.equal(e.evidence.url, 'https://example.org/s');
  assert.equal(e.extra.event_text, 'will visit');
  assert.equal(e.extra.coder, 'hand');
  assert.ok(Array.isArray(e.extra.actor), 'entities with identifier_id are kept whole in extra');
});

test('the older names (source, target, eventText, textInfo) are read too', () => {
  const events = parsePloverRecord(
    {
      id: 7,
      date: '2001-02-03',
      source: [{ code: 'FRA' }],
      target: [{ code: 'DEU' }],
      event: 'accuse',
      eventText: 'blamed',
      textInfo: { sequence: 1 },
    },
    place,
    refs,
  );
  assert.ok(Array.isArray(events));
  assert.equal(events[0]?.externalId, '7');
  assert.equal(events[0]?.plover.type, 'ACCUSE');
  assert.equal(events[0]?.sources[0]?.country, 'FRA');
  assert.equal(events[0]?.targets[0]?.country, 'DEU');
  assert.equal(events[0]?.evidence.sentence, 1);
  assert.equal(events[0]?.extra.eventText, 'blamed');
});

test('a record with a CAMEO code takes root, quad and Goldstein from it', () => {
  const events = parsePloverRecord(
    { id: 'c', date: '2001-02-03', actor: [], event: ['CONSULT'], cameo: '042' },
    place,
    refs,
  );
  assert.ok(Array.isArray(events));
  const info = refs.cameo('042');
  assert.equal(events[0]?.code, '042');
  assert.equal(events[0]?.root, '04');
  assert.equal(events[0]?.quad, info?.quad ?? 1);
  assert.equal(events[0]?.goldstein, info?.goldstein ?? null);
});

test('categories of earlier PLOVER drafts become the current ones', () => {
  const one = (event: string, mode?: string) => {
    const r = parsePloverRecord(
      { id: 'a', date: '2001-02-03', event, ...(mode ? { mode } : {}) },
      place,
      refs,
    );
    assert.ok(Array.isArray(r));
    return [r[0]?.plover.type, r[0]?.plover.mode, r[0]?.extra.event];
  };
  assert.deepEqual(one('INVESTIGATE'), ['ACCUSE', 'investigate', 'INVESTIGATE']);
  assert.deepEqual(one('DISAPPROVE'), ['ACCUSE', 'disapprove', 'DISAPPROVE']);
  assert.deepEqual(one('DEMAND'), ['REQUEST', null, 'DEMAND']);
  assert.deepEqual(one('FIGHT', 'heavy-weapons'), ['ASSAULT', 'heavy-weapons', 'FIGHT']);
  assert.deepEqual(one('CONSULT'), ['CONSULT', null, undefined]);
});

test('records that cannot be events say why', () => {
  assert.equal(parsePloverRecord([], place, refs), 'not a JSON object');
  assert.equal(parsePloverRecord({ date: '2001-01-01', event: 'AID' }, place, refs), 'no id');
  assert.equal(parsePloverRecord({ id: 'a', event: 'AID' }, place, refs), 'no date');
  assert.match(
    String(parsePloverRecord({ id: 'a', date: '01/02/2001', event: 'AID' }, place, refs)),
    /invalid date/,
  );
  assert.match(
    String(
      parsePloverRecord({ id: 'a', date: '2001-02-03', enddate: '2001-01-01', event: 'AID' }, place, refs),
    ),
    /before/,
  );
  assert.equal(
    parsePloverRecord({ id: 'a', date: '2001-02-03', actor: [] }, place, refs),
    'no event category',
  );
});

test(
  'the gold-standard file: one event per coded event, sharing the sentence',
  { skip: skipUnlessShared(GOLD) },
  async () => {
    const path = sharedFile(GOLD) as string;
    const records = readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map(
        (l) =>
          JSON.parse(l) as {
            id: string;
            text: string;
            events: {
              source: unknown[];
              target: unknown[];
              plover: string;
              plover_mode: string;
              cameo: string | null;
            }[];
          },
      );
    const got = await collect(readPlover(path, refs));
    assert.equal(got.skips.length, 0);
    assert.equal(
      got.events.length,
      records.reduce((n, r) => n + r.events.length, 0),
    );
    let k = 0;
    for (const [i, r] of records.entries()) {
      for (const [j, ge] of r.events.entries()) {
        const e = got.events[k++];
        assert.ok(e);
        assert.equal(e.externalId, r.events.length === 1 ? r.id : `${r.id}#${j + 1}`);
        const legacy = ['INVESTIGATE', 'DISAPPROVE', 'DEMAND', 'FIGHT'].includes(ge.plover);
        if (legacy) assert.equal(e.extra.plover, ge.plover);
        else {
          assert.equal(e.plover.type, ge.plover);
          assert.equal(e.plover.mode, ge.plover_mode || null);
        }
        assert.equal(e.code, ge.cameo);
        assert.equal(e.sources.length, ge.source.length);
        assert.equal(e.targets.length, ge.target.length);
        assert.equal(e.evidence.text, r.text);
        assert.equal(e.provenance.line, i + 1);
      }
    }
  },
);

test('JSON arrays, {events: [...]} files and invalid JSONL lines', async () => {
  const array = tempFile(
    'a.json',
    JSON.stringify([MANUAL, { ...(MANUAL as object), id: 'TEST-0002' }], null, 2),
  );
  const a = await collect(readPlover(array, refs));
  assert.deepEqual(
    a.events.map((e) => [e.externalId, e.provenance.line]),
    [
      ['TEST-0001', 1],
      ['TEST-0002', 2],
    ],
  );
  const wrapped = await collect(readPlover(tempFile('w.json', JSON.stringify({ events: [MANUAL] })), refs));
  assert.equal(wrapped.events.length, 1);
  const lines = [
    JSON.stringify(MANUAL),
    '{"id": "broken", ',
    '[1, 2]',
    JSON.stringify({ ...(MANUAL as object), id: 'TEST-0003' }),
  ].join('\n');
  const l = await collect(readPlover(tempFile('l.jsonl', lines), refs));
  assert.deepEqual(
    l.events.map((e) => e.externalId),
    ['TEST-0001', 'TEST-0003'],
  );
  assert.deepEqual(
    l.skips.map((s) => [s.line, s.reason.split(':')[0]]),
    [
      [2, 'invalid JSON'],
      [3, 'not a JSON object'],
    ],
  );
});

test('a file that is not JSON stops with what it looks like', async () => {
  await assert.rejects(
    collect(readPlover(tempFile('t.tsv', 'a\tb\tc\n'), refs)),
    /not PLOVER JSON: it looks like a tab-separated table/,
  );
  await assert.rejects(collect(readPlover(tempFile('bad.json', '{\n"id": '), refs)), /invalid JSON/);
});
