import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DyadError } from '../core/errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { makeBundle } from './fixtures.js';
import { actorKey, expandPairs } from './pairs.js';
import { checkEventQuery, isIsoDay, pageLimit } from './query.js';
import { checkBundle } from './validate.js';

const actor = (country: string | null, code: string | null = country) => ({ country, code });

test('pairs: every source with every target, once, countries first then whole codes', () => {
  assert.equal(actorKey(actor('CHN', 'CHNGOV')), 'CHN');
  assert.equal(actorKey(actor(null, 'IGOUNO')), 'IGOUNO');
  assert.equal(actorKey(actor(null, null)), null);
  assert.deepEqual(
    expandPairs(
      [actor('CHN', 'CHNGOV'), actor('CHN', 'CHNMIL'), actor(null, 'IGOUNO')],
      [actor('BLR'), actor(null, null)],
      false,
    ),
    [
      { source: 'CHN', target: 'BLR', mirrored: false },
      { source: 'IGOUNO', target: 'BLR', mirrored: false },
    ],
  );
});

test('pairs: a reciprocal event adds each reversed pair once, marked mirrored', () => {
  assert.deepEqual(expandPairs([actor('CHN')], [actor('BLR')], true), [
    { source: 'CHN', target: 'BLR', mirrored: false },
    { source: 'BLR', target: 'CHN', mirrored: true },
  ]);
  // Both directions already coded: nothing mirrored.
  assert.deepEqual(
    expandPairs([actor('CHN'), actor('BLR')], [actor('CHN'), actor('BLR')], true).filter((p) => p.mirrored),
    [],
  );
  assert.deepEqual(expandPairs([], [actor('BLR')], true), []);
});

test('pairs: never more than sources x targets x 2, never a repeat', () => {
  const arbActor = fc.record({
    country: fc.option(fc.constantFrom('AAA', 'BBB', 'CCC'), { nil: null }),
    code: fc.option(fc.constantFrom('AAAGOV', 'IGOUNO', 'BBB'), { nil: null }),
  });
  fc.assert(
    fc.property(
      fc.array(arbActor, { maxLength: 6 }),
      fc.array(arbActor, { maxLength: 6 }),
      fc.boolean(),
      (s, t, r) => {
        const pairs = expandPairs(s, t, r);
        const keys = pairs.map((p) => `${p.source}>${p.target}`);
        assert.equal(new Set(keys).size, keys.length);
        assert.ok(pairs.length <= s.length * t.length * 2);
        if (!r) assert.ok(pairs.every((p) => !p.mirrored));
      },
    ),
  );
});

test('cursors round-trip and refuse anything else', () => {
  const c = encodeCursor('events', ['2024-01-02', 'e123']);
  assert.deepEqual(decodeCursor('events', c, ['string', 'string']), ['2024-01-02', 'e123']);
  const refused = (f: () => unknown) =>
    assert.throws(f, (e: unknown) => e instanceof DyadError && e.input === 'cursor');
  refused(() => decodeCursor('articles', c, ['string', 'string']));
  refused(() => decodeCursor('events', c, ['string', 'number']));
  refused(() => decodeCursor('events', c, ['string']));
  refused(() => decodeCursor('events', 'not base64!', ['string']));
  refused(() => decodeCursor('events', Buffer.from('{"a":1}').toString('base64url'), ['string']));
  fc.assert(
    fc.property(fc.string(), (junk) => {
      try {
        decodeCursor('events', junk, ['string', 'string']);
      } catch (e) {
        assert.ok(e instanceof DyadError);
      }
    }),
  );
});

test('days: real calendar days only', () => {
  for (const ok of ['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2023-04-30'])
    assert.ok(isIsoDay(ok), ok);
  for (const bad of [
    '2023-02-29',
    '1900-02-29',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-1-1',
    '24-01-01',
    '',
    '2024-01-01T00:00',
  ]) {
    assert.ok(!isIsoDay(bad), bad);
  }
});

test('query checks name the parameter', () => {
  assert.equal(pageLimit(undefined), 100);
  assert.equal(pageLimit({ limit: 1000 }), 1000);
  assert.throws(
    () => pageLimit({ limit: 1001 }),
    (e: unknown) => e instanceof DyadError && e.input === 'limit',
  );
  checkEventQuery({
    dyad: ['CHN', 'BLR'],
    from: '2024-01-01',
    root: '04',
    code: '0431',
    quad: 2,
    modality: 'future',
  });
  assert.throws(() => checkEventQuery({ dyad: ['CHN'] as unknown as [string, string] }), /dyad/);
});

test('checkBundle accepts a consistent bundle and names what is wrong in others', () => {
  const b = makeBundle(1);
  checkBundle(b);
  const fails = (bundle: unknown, pattern: RegExp) =>
    assert.throws(
      () => checkBundle(bundle as typeof b),
      (e: unknown) => e instanceof DyadError && pattern.test(e.message),
    );
  fails({ ...b, article: { ...b.article, id: '' } }, /article\.id/);
  fails({ ...b, article: { ...b.article, title: 'broken \ud800 title' } }, /title contains a lone surrogate/);
  fails({ ...b, sentences: [...b.sentences, b.sentences[0]] }, /index 0 is not a unique/);
  fails({ ...b, mentions: [{ ...b.mentions[0], kind: 'person' }] }, /unknown kind "person"/);
  fails(
    { ...b, events: [{ ...b.events![0], evidence: { ...b.events![0]!.evidence, end: 1e9 } }] },
    /event 0 evidence: .* ends past the text/,
  );
  fails(
    {
      ...b,
      events: [
        { ...b.events![0], date: { value: 'x', precision: 'day', start: '2024-02-30', end: '2024-02-30' } },
      ],
    },
    /event 0 date.start "2024-02-30"/,
  );
  fails(
    { ...b, facts: [{ ...b.facts![0], period: { ...b.facts![0]!.period, start: '2024' } }] },
    /fact 0 period.start "2024"/,
  );
  const text = 'a😀b';
  const split = {
    ...b,
    article: { ...b.article, text },
    sentences: [{ index: 0, start: 0, end: text.length, text, paragraph: 0, tokenStart: 0, tokenEnd: 1 }],
    mentions: [
      {
        kind: 'quantity',
        start: 0,
        end: 2,
        text: text.slice(0, 2),
        sentence: 0,
        rule: 'r',
        quantity: { value: 1, unit: 'u' },
      },
    ],
    events: [],
    facts: [],
    designations: [],
  };
  fails(split, /splits a character/);
});
