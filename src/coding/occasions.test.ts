import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent } from '../core/types.js';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

const dated = (events: readonly CodedEvent[]): string[] =>
  events.map((e) => `${summarize(e)} ${e.date?.value} ${e.date?.precision}`);

test('occasions: a later "after the elections" takes the date the article gave the elections', () => {
  const events = code(
    'Kenya held presidential elections in March 2019. After the elections, Uganda praised Kenya.',
    '2021-06-10',
  );
  assert.deepEqual(dated(events), ['051 UGA > KEN 2019-03 month']);
});

test('occasions: the date may come before the occasion noun ("the 2018 summit") and a day widens to its month', () => {
  const events = code(
    'The leaders met at a summit on 14 May 2018 in Nairobi. At the summit, Tanzania criticized Kenya.',
    '2021-06-10',
  );
  const criticism = events.find((e) => e.code.startsWith('11'));
  assert.ok(criticism, dated(events).join('; '));
  assert.equal(criticism.date?.value, '2018-05');
  assert.equal(criticism.date?.precision, 'month');
});

test('occasions: a sentence with a date of its own keeps it', () => {
  const events = code(
    'Kenya held presidential elections in March 2019. After the elections, in May 2020, Uganda praised Kenya.',
    '2021-06-10',
  );
  assert.deepEqual(
    dated(events).map((l) => l.split(' ').slice(-2).join(' ')),
    ['2020-05 month'],
  );
});

test('occasions: "the next elections" is another occasion and dates nothing', () => {
  const events = code(
    'Kenya held presidential elections in March 2019. Before the next elections, Uganda praised Kenya.',
    '2021-06-10',
  );
  assert.deepEqual(dated(events), ['051 UGA > KEN 2021-06-10 inferred']);
});

test('occasions: elections dated twice with different dates are ambiguous and date nothing', () => {
  const events = code(
    'Kenya held elections in 2013 and elections in 2017. After the elections, Uganda praised Kenya.',
    '2021-06-10',
  );
  assert.deepEqual(dated(events), ['051 UGA > KEN 2021-06-10 inferred']);
});

test('occasions: an occasion named only later, or not dated, dates nothing', () => {
  assert.deepEqual(
    dated(
      code('After the elections, Uganda praised Kenya. Kenya held elections in March 2019.', '2021-06-10'),
    ),
    ['051 UGA > KEN 2021-06-10 inferred'],
  );
  assert.deepEqual(
    dated(code('Kenya held elections. After the elections, Uganda praised Kenya.', '2021-06-10')),
    ['051 UGA > KEN 2021-06-10 inferred'],
  );
});

test('occasions: the noun may come before its date ("a referendum held in June 2016")', () => {
  const events = code(
    'Voters rejected the plan in a referendum held in June 2016. Since the referendum, Uganda has criticized Kenya.',
    '2021-06-10',
  );
  const criticism = events.find((e) => e.code.startsWith('11'));
  assert.ok(criticism, dated(events).join('; '));
  assert.equal(criticism.date?.value, '2016-06');
});
