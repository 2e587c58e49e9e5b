import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeAt, itemAt } from './bounded.js';

test('itemAt reads like list[k], undefined out of range', () => {
  const list = ['a', 'b'];
  assert.equal(itemAt(list, 0), 'a');
  assert.equal(itemAt(list, 1), 'b');
  assert.equal(itemAt(list, 2), undefined);
  assert.equal(itemAt(list, -1), undefined);
  assert.equal(itemAt([], 0), undefined);
});

test('codeAt reads like charCodeAt, -1 out of range', () => {
  assert.equal(codeAt('ab', 0), 97);
  assert.equal(codeAt('ab', 1), 98);
  assert.equal(codeAt('ab', 2), -1);
  assert.equal(codeAt('ab', -1), -1);
  assert.equal(codeAt('', 0), -1);
});
