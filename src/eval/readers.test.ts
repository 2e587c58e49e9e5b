import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { DyadError } from '../core/errors.js';
import { sharedFile, skipUnlessShared } from '../testing/shared.js';
import { parseCameoManualGold } from './read-cameo-manual.js';
import { detectGoldFormat, readGoldFile } from './read-gold.js';
import { parsePetrSuiteGold } from './read-petr-suite.js';
import { parseSeedGold } from './read-seed.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

test('the format is recognised from the content', () => {
  assert.equal(readGoldFile(join(fixtures, 'tiny.petr-suite.jsonl')).format, 'petr-suite');
  assert.equal(readGoldFile(join(fixtures, 'tiny.cameo-manual.jsonl')).format, 'cameo-manual');
  assert.equal(readGoldFile(join(fixtures, 'tiny.gold.json')).format, 'seed');
  assert.equal(detectGoldFormat('hello'), null);
  assert.equal(detectGoldFormat('{"a": 1}'), null);
});

test('PETRARCH suite records: events, no-event records, skipped records', () => {
  const gold = readGoldFile(join(fixtures, 'tiny.petr-suite.jsonl'));
  assert.equal(gold.actorMode, 'whole');
  assert.deepEqual(
    gold.items.map((i) => [i.id, i.category, i.date, i.evaluate, i.expectNoEvents, i.events.length]),
    [
      ['T-01', 'DEMO', '1995-01-01', true, false, 1],
      ['T-02', 'AGENT', '1995-01-02', true, false, 2],
      ['T-03', 'DEMO', '1995-01-03', true, true, 0],
      ['T-04', 'DEMO', '1995-01-04', false, false, 1],
    ],
  );
  const e = gold.items[1]?.events[1];
  assert.deepEqual(
    [e?.id, e?.sources, e?.targets, e?.roots, e?.codes, e?.date, e?.must],
    ['T-02#2', ['ARN'], ['GONGOV'], ['04'], ['043'], null, true],
  );
  assert.equal(gold.items[3]?.skipReason, 'evaluate: false');
});

test('CAMEO-manual records: mutual events, null codes through PLOVER, code corrections', () => {
  const gold = readGoldFile(join(fixtures, 'tiny.cameo-manual.jsonl'));
  assert.equal(gold.actorMode, 'prefix');
  const [agree, disapprove, aid] = gold.items.map((i) => i.events[0]);
  assert.deepEqual(
    [agree?.sources, agree?.targets, agree?.reciprocal],
    [['NORGOV', 'CHLGOV'], ['NORGOV', 'CHLGOV'], true],
  );
  assert.deepEqual([disapprove?.roots, disapprove?.codes, disapprove?.plover], [['11'], [], 'DISAPPROVE']);
  assert.deepEqual(aid?.sources, ['JPN']);
  assert.ok(gold.notes.some((n) => /JAP read as JPN/.test(n)));
  assert.equal(gold.items[0]?.category, 'AGREE');
});

test('the seed gold: events, dates, no-event fragments, facts, designations, article', () => {
  const gold = readGoldFile(join(fixtures, 'tiny.gold.json'));
  assert.equal(gold.actorMode, 'country');
  const item = gold.items[0];
  assert.equal(item?.id, 'tiny-article');
  assert.match(item?.text ?? '', /^Norway and Chile signed/);
  assert.equal(item?.date, '2024-06-01');
  assert.deepEqual(item?.noEventEvidence, ['Norway has about 5.5 million inhabitants']);
  const e1 = item?.events[0];
  assert.deepEqual(e1?.date, { kind: 'period', value: '2024-03-03', start: '2024-03-03', end: '2024-03-03' });
  assert.equal(e1?.reciprocal, true);
  assert.equal(e1?.category, '05 DIPLOMATIC COOPERATION');
  assert.deepEqual(item?.events[2]?.date, { kind: 'undated' });
  assert.equal(item?.events[3]?.must, false);
  assert.deepEqual(gold.facts[0]?.period, {
    kind: 'period',
    value: '2023',
    start: '2023-01-01',
    end: '2023-12-31',
  });
  assert.equal(gold.designations[0]?.label, 'strategic partnership');
});

test('a seed gold without its article still reads, with a note', () => {
  const text = JSON.stringify({
    article: 'corpus/none.txt',
    published: '2024-01-01',
    events: [],
    no_events: [],
    facts: [],
    designations: [],
  });
  const parsed = parseSeedGold(text, 'x.gold.json');
  assert.deepEqual(parsed.errors, []);
  assert.equal(parsed.value.items[0]?.text, null);
  assert.ok(parsed.value.notes.some((n) => /not available/.test(n)));
});

test('bad records are all reported as file:line: problem', () => {
  const suite = [
    '{"id": "A", "category": "X", "date": "19950101", "evaluate": true, "text": "t", "expected_events": [], "expect_no_events": true}',
    'not json',
    '{"id": "B", "category": "X", "date": "1995-01-01", "evaluate": true, "text": "t", "expected_events": [], "expect_no_events": true}',
    '',
    '{"id": "A", "category": "X", "date": "19950101", "evaluate": true, "text": "t", "expected_events": [{"source": "A", "target": "B", "code": "5"}], "expect_no_events": false}',
    '{"id": "A", "category": "X", "date": "19950101", "evaluate": true, "text": "t", "expected_events": [], "expect_no_events": true}',
  ].join('\n');
  const parsed = parsePetrSuiteGold(suite, 's.jsonl');
  assert.deepEqual(
    parsed.errors.map((e) => e.replace(/: .*/, '')),
    ['s.jsonl:2', 's.jsonl:3', 's.jsonl:5', 's.jsonl:6'],
  );
  assert.match(parsed.errors[2] ?? '', /expected_events\.0\.code/);
  assert.match(parsed.errors[3] ?? '', /repeats line 1/);
  const manual = parseCameoManualGold(
    '{"id": "M", "text": "t", "date": "2000-01-01", "events": [{"source": [], "target": [], "plover": "AGREE", "cameo": "3x"}]}',
    'm.jsonl',
  );
  assert.match(manual.errors[0] ?? '', /^m\.jsonl:1: events\.0\.cameo/);
  const seed = parseSeedGold(
    '{"article": "a.txt", "published": "2024-01-01", "events": [{"id": "E1", "must": true, "source": [], "target": [], "roots": ["05"], "codes": [], "date": "soon"}, {"id": "E1", "must": true, "source": [], "target": [], "roots": ["05"], "codes": [], "date": "2024"}], "no_events": [], "facts": [], "designations": []}',
    'g.json',
  );
  assert.deepEqual(seed.errors, [
    "g.json: E1.date: 'soon' is not a date (YYYY, YYYY-MM, YYYY-MM-DD, A/B or undated)",
    'g.json: id E1 is used twice',
  ]);
  assert.match(parseSeedGold('{', 'g.json').errors[0] ?? '', /^g\.json: not valid JSON/);
  assert.match(parseSeedGold('{"article": "a"}', 'g.json').errors[0] ?? '', /^g\.json: published/);
});

test('readGoldFile throws one DyadError listing every problem', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-gold-'));
  const path = join(dir, 'bad.jsonl');
  writeFileSync(
    path,
    '{"id": "A", "category": "X", "date": "1995", "evaluate": true, "text": "t", "expected_events": [], "expect_no_events": true}\n{"id": "B", "category": "X", "date": "1996", "evaluate": true, "text": "t", "expected_events": [], "expect_no_events": true}\n',
  );
  assert.throws(
    () => readGoldFile(path),
    (error: unknown) =>
      error instanceof DyadError &&
      /2 problem/.test(error.message) &&
      /bad\.jsonl:1:/.test(error.message) &&
      /bad\.jsonl:2:/.test(error.message),
  );
  assert.throws(() => readGoldFile(join(dir, 'missing.jsonl')), DyadError);
  writeFileSync(join(dir, 'other.txt'), 'plain text');
  assert.throws(() => readGoldFile(join(dir, 'other.txt')), /not a gold file/);
});

const MANUAL = 'gold/cameo-manual/dev.jsonl';
const SUITE = 'gold/petr-suite/records.jsonl';
const SEED = 'gold/seed/belarus-china-relations.gold.json';

test('the CAMEO-manual gold reads: 143 sentences, one event each', { skip: skipUnlessShared(MANUAL) }, () => {
  const gold = readGoldFile(sharedFile(MANUAL) ?? '');
  assert.equal(gold.items.length, 143);
  const events = gold.items.flatMap((i) => i.events);
  assert.equal(events.length, 143);
  const uncoded = events.filter((e) => e.codes.length === 0);
  assert.ok(
    uncoded.length > 0 && uncoded.every((e) => e.roots.length > 0),
    'every uncoded event has PLOVER roots',
  );
});

test(
  'the PETRARCH suite gold reads: 274 records, 322 expected events',
  { skip: skipUnlessShared(SUITE) },
  () => {
    const gold = readGoldFile(sharedFile(SUITE) ?? '');
    assert.equal(gold.items.length, 274);
    assert.equal(gold.items.flatMap((i) => i.events).length, 322);
    assert.ok(gold.items.some((i) => !i.evaluate));
    assert.ok(gold.items.some((i) => i.expectNoEvents));
  },
);

test(
  'the seed gold reads with its article: 39 events (27 must), 12 facts, 6 designations',
  { skip: skipUnlessShared(SEED) },
  () => {
    const gold = readGoldFile(sharedFile(SEED) ?? '');
    const item = gold.items[0];
    assert.equal(item?.events.length, 39);
    assert.equal(item?.events.filter((e) => e.must).length, 27);
    assert.equal(item?.noEventEvidence.length, 3);
    assert.equal(gold.facts.length, 12);
    assert.equal(gold.designations.length, 6);
    assert.ok(item?.text !== null && item?.text.includes(item.noEventEvidence[0]?.slice(0, 20) ?? '?'));
  },
);

test('the readers never throw on arbitrary text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
      parsePetrSuiteGold(text, 'x.jsonl');
      parseCameoManualGold(text, 'x.jsonl');
      parseSeedGold(text, 'x.json');
      detectGoldFormat(text);
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const text = JSON.stringify(value) ?? 'null';
      parsePetrSuiteGold(text, 'x.jsonl');
      parseCameoManualGold(text, 'x.jsonl');
      parseSeedGold(text, 'x.json');
      detectGoldFormat(text);
    }),
    { numRuns: 300 },
  );
});
