import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../../core/errors.js';
import { recognizeQuantities } from './index.js';
import { naiveSentences } from './testing.js';

test('offsets are into the article and carry the sentence index', () => {
  const text = 'First line. Trade hit $6 billion in 2021.\nAbout 50 people came. Nothing here.';
  const sentences = naiveSentences(text);
  const mentions = recognizeQuantities(text, sentences);
  assert.deepEqual(
    mentions.map((m) => [m.text, m.sentence, m.kind]),
    [
      ['$6 billion', 1, 'quantity'],
      ['About 50 people', 2, 'quantity'],
    ],
  );
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('every mention names its parser and says why', () => {
  const [mention] = recognizeQuantities('$6 billion', [{ index: 0, start: 0, end: 10 }]);
  assert.ok(mention);
  assert.equal(mention.rule, 'quantities/money');
  assert.match(mention.reason ?? '', /USD/);
});

test('only the given sentences are read', () => {
  const text = '5 people. 6 people.';
  assert.deepEqual(
    recognizeQuantities(text, [{ index: 7, start: 10, end: 19 }]).map((m) => [m.text, m.start, m.sentence]),
    [['6 people', 10, 7]],
  );
  assert.deepEqual(recognizeQuantities(text, []), []);
  assert.deepEqual(recognizeQuantities(text, [{ index: 0, start: 3, end: 3 }]), []);
});

test('a sentence cut mid-number reads only what lies inside it', () => {
  const text = 'It cost $6 billion.';
  const mentions = recognizeQuantities(text, [{ index: 0, start: 9, end: text.length }]);
  assert.deepEqual(
    mentions.map((m) => m.text),
    [],
  );
});

test('bad sentence bounds are a DyadError naming the sentence', () => {
  const text = 'abc';
  for (const bounds of [
    { index: 2, start: -1, end: 2 },
    { index: 2, start: 0, end: 4 },
    { index: 2, start: 2, end: 1 },
    { index: 2, start: 0.5, end: 2 },
  ]) {
    assert.throws(
      () => recognizeQuantities(text, [bounds]),
      (error: unknown) => error instanceof DyadError && error.input === 'sentences[2]',
    );
  }
});
