import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DEFAULTS,
  dyadPair,
  eventsQuery,
  keys,
  parseState,
  recordRef,
  seriesQuery,
  toSearch,
  update,
} from './state.js';

test('the default view has an empty query string, and defaults stay out of URLs', () => {
  assert.equal(toSearch(DEFAULTS), '');
  assert.equal(toSearch(parseState('?interval=quarter&direction=both')), '');
  assert.equal(toSearch(parseState('?dyad=CHN-BLR&interval=year')), '?dyad=CHN-BLR&interval=year');
});

test('parameters come back in a fixed order, whatever order the link had', () => {
  assert.equal(toSearch(parseState('?event=e1&q=visit&dyad=CHN-BLR')), '?dyad=CHN-BLR&q=visit&event=e1');
});

test('unknown parameters and blank values are ignored; values are trimmed', () => {
  const s = parseState('?dyad=%20CHN-BLR%20&foo=bar&q=%20%20&root=');
  assert.equal(s.dyad, 'CHN-BLR');
  assert.equal(s.q, '');
  assert.equal(s.root, '');
  assert.equal(toSearch(s), '?dyad=CHN-BLR');
});

test('bad values are kept (the API refuses them and the dashboard says so)', () => {
  assert.equal(parseState('?from=2024-13-01').from, '2024-13-01');
  assert.equal(parseState('?quad=7').quad, '7');
});

test('any state survives the round trip through the URL', () => {
  const value = fc.oneof(
    fc.constant(''),
    fc.string({ minLength: 1, maxLength: 12 }).map((s) => s.trim()),
  );
  const state = fc.record(
    Object.fromEntries(Object.keys(DEFAULTS).map((k) => [k, value])) as Record<
      keyof typeof DEFAULTS,
      typeof value
    >,
  );
  fc.assert(
    fc.property(state, (raw) => {
      const s = { ...DEFAULTS, ...Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== '')) };
      assert.deepEqual({ ...parseState(toSearch(s)) }, s);
    }),
  );
});

test('changing a filter or the dyad goes back to the first page; opening an event does not', () => {
  const s = parseState('?dyad=CHN-BLR&cursor=abc&q=visit');
  assert.equal(update(s, { q: 'talks' }).cursor, '');
  assert.equal(update(s, { quad: '1' }).cursor, '');
  assert.equal(update(s, { event: 'e1' }).cursor, 'abc');
  assert.equal(update(s, { interval: 'year' }).cursor, 'abc');
  assert.equal(update(s, { cursor: 'def' }).cursor, 'def');
});

test('changing the dyad closes the evidence panel and the article', () => {
  const s = parseState('?dyad=CHN-BLR&event=e1&article=a');
  const next = update(s, { dyad: 'CHN-RUS' });
  assert.equal(next.event, '');
  assert.equal(next.article, '');
  assert.equal(update(s, { dyad: 'CHN-RUS', event: 'e2' }).event, 'e2');
  assert.ok(Object.isFrozen(next));
});

test('dyadPair accepts two actor keys and nothing else', () => {
  assert.deepEqual(dyadPair(parseState('?dyad=CHN-BLR')), ['CHN', 'BLR']);
  assert.deepEqual(dyadPair(parseState('?dyad=BLR-IGOEUREEC')), ['BLR', 'IGOEUREEC']);
  for (const bad of ['', 'CHN', 'chn-blr', 'CHN-BLR-RUS', 'CH-BLR', 'CHN_BLR', '1HN-BLR']) {
    assert.equal(dyadPair({ ...DEFAULTS, dyad: bad }), null, bad);
  }
});

test('API queries leave out unset parameters and the default direction', () => {
  const s = parseState('?dyad=CHN-BLR&from=2023-01-01&quad=1');
  assert.deepEqual(seriesQuery(s), { interval: 'quarter', from: '2023-01-01' });
  assert.deepEqual(eventsQuery(s, 25), { dyad: 'CHN-BLR', from: '2023-01-01', quad: '1', limit: '25' });
  assert.deepEqual(eventsQuery(update(s, { direction: 'ab' }), 25).direction, 'ab');
});

test('each part reloads only when its own inputs change', () => {
  const s = parseState('?dyad=CHN-BLR');
  const opened = update(s, { event: 'e1' });
  for (const k of ['overview', 'records', 'events', 'map'] as const)
    assert.equal(keys[k](s), keys[k](opened), k);
  assert.notEqual(keys.panel(s), keys.panel(opened));
  const filtered = update(s, { quad: '2' });
  assert.equal(keys.overview(s), keys.overview(filtered));
  assert.notEqual(keys.events(s), keys.events(filtered));
  assert.notEqual(keys.map(s), keys.map(filtered));
  const paged = update(s, { cursor: 'x' });
  assert.notEqual(keys.events(s), keys.events(paged));
  assert.equal(keys.map(s), keys.map(paged));
});

test('recordRef reads "articleId.ordinal"', () => {
  const id = '0123456789abcdef0123456789abcdef';
  assert.deepEqual(recordRef(`${id}.3`), { articleId: id, ordinal: 3 });
  for (const bad of ['', id, `${id}.`, `${id}.x`, `${id.toUpperCase()}.1`, `abc.1`])
    assert.equal(recordRef(bad), null);
});
