import assert from 'node:assert/strict';
import { test } from 'node:test';
import { directionAt } from './tense.js';

function at(sentence: string, date: string) {
  const start = sentence.indexOf(date);
  assert.ok(start >= 0);
  return directionAt(sentence, start, start + date.length);
}

test('past by default', () => {
  assert.equal(at('The talks began in March.', 'March').direction, 'past');
  assert.equal(at('He said on Tuesday that talks will resume.', 'Tuesday').direction, 'past');
  assert.equal(at('On Tuesday, he said the talks will resume.', 'Tuesday').direction, 'past');
  assert.equal(at('Talks, which will resume on Monday, ended on Tuesday.', 'Tuesday').direction, 'past');
});

test('future after a cue in the clause before the date', () => {
  assert.deepEqual(at('The president will visit China in March.', 'March'), {
    direction: 'future',
    cue: 'will',
  });
  assert.equal(at('The vote is scheduled for Friday.', 'Friday').direction, 'future');
  assert.equal(at('Talks, which will resume on Monday, ended on Tuesday.', 'Monday').direction, 'future');
  assert.equal(at("They'll meet on Monday.", 'Monday').direction, 'future');
});

test('future after a cue that follows a clause-opening date', () => {
  assert.equal(at('In March, the president will visit China.', 'March').direction, 'future');
  assert.equal(at('I will raise tariffs, on April 2, on cars.', 'April 2').direction, 'future');
});

test('weak cues take the nearest occurrence', () => {
  assert.deepEqual(at('He said he would visit in March.', 'March'), { direction: 'nearest', cue: 'would' });
  assert.equal(at('She was ordered to appear on March 27.', 'March 27').direction, 'nearest');
});
