import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accusedCode } from './accusations.js';

test('accusedCode: by the verb alleged, else by its code; unknown acts keep the general 112', () => {
  assert.equal(accusedCode(['rig'], null), '1121');
  assert.equal(accusedCode(['spy'], null), '1125');
  assert.equal(accusedCode(['torture'], '180'), '1122');
  assert.equal(accusedCode(['shell'], '190'), '1123');
  assert.equal(accusedCode(['violate'], '196'), '1123');
  assert.equal(accusedCode(['cleanse'], '203'), '1124');
  assert.equal(accusedCode(['lie'], null), null);
  assert.equal(accusedCode(['meet'], '040'), null);
});
