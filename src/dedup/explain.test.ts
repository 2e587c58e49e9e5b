import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainGroup, itemFromCoded } from './explain.js';
import { actor, day, report } from './testing.js';

test('each member is explained against the lead; the lead says why it leads', () => {
  const lead = report({ articleId: 'a', date: day('2024-03-05') });
  const other = report({
    articleId: 'b',
    date: day('2024-03-06'),
    sources: [actor('GON')],
    targets: [actor('ARN')],
  });
  const stale = report({ articleId: 'c', date: day('2024-03-09') });
  const [l, o, s] = explainGroup(lead, [lead, other, stale]);
  assert.equal(l!.lead, true);
  assert.equal(l!.verdict, null);
  assert.match(l!.lines[0]!, /lead report: a stated day/);
  assert.equal(o!.verdict?.ok, true);
  assert.deepEqual(o!.lines, [
    '✓ same root 04',
    '✓ actors overlap: ARN>GON, GON>ARN',
    '✓ 2024-03-05 (day) and 2024-03-06 (day) are 1 day apart, window ±1 day',
    '✓ both asserted',
    '✓ neither is located',
    '✓ neither names the person who acted',
  ]);
  assert.equal(s!.verdict?.ok, false);
  assert.match(s!.lines.at(-1)!, /would not merge/);
});

test('a coded event becomes a report with its actors, date, place and evidence length', () => {
  const coded: Parameters<typeof itemFromCoded>[0] = {
    root: '04',
    code: '043',
    modality: 'asserted',
    reciprocal: false,
    sources: [
      { code: 'ARNGOV', country: 'ARN', sector: 'GOV', name: 'ARNOR', text: 'Arnor', start: 0, end: 5 },
    ],
    targets: [
      { code: 'GON', country: 'GON', sector: null, name: 'GONDOR', text: 'Gondor', start: 13, end: 19 },
    ],
    date: { value: '2024-03', precision: 'month', start: '2024-03-01', end: '2024-03-31' },
    location: { name: 'Minas Tirith', country: 'GON', lat: 44.5, lon: 21.25 },
    evidence: { text: 'Arnor visited Gondor', start: 0, end: 19 },
  };
  const item = itemFromCoded(coded, { id: 'x:2', articleId: 'x', ordinal: 2, published: null });
  assert.deepEqual(item.sources, [{ code: 'ARNGOV', country: 'ARN' }]);
  assert.deepEqual(item.date, { precision: 'month', start: '2024-03-01', end: '2024-03-31' });
  assert.deepEqual(item.place, { name: 'Minas Tirith', lat: 44.5, lon: 21.25 });
  assert.equal(item.evidenceLength, 20);
  assert.equal(item.id, 'x:2');
});
