import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineCodes, contentOf, frameCode, futureCode } from './ontology.js';

test('frames apply to contents as in the CAMEO tables', () => {
  assert.equal(frameCode('appeal', 'aid'), '023');
  assert.equal(frameCode('intend', 'aid.hum'), '0333');
  assert.equal(frameCode('demand', 'yield.release'), '1053');
  assert.equal(frameCode('reject', 'meet'), '125');
  assert.equal(
    frameCode('reject', 'diplomatic'),
    '120',
    'falls back to the frame root when a row is missing',
  );
});

test('acts map to their content', () => {
  assert.equal(contentOf('073'), 'aid.hum');
  assert.equal(contentOf('042'), 'meet');
  assert.equal(contentOf('0871'), 'yield.deescalate');
  assert.equal(contentOf('190'), null);
});

test('future cooperation is intent, future hostility is a threat, words stay words', () => {
  assert.equal(futureCode('042'), '036');
  assert.equal(futureCode('061'), '0311');
  assert.equal(futureCode('057'), '032');
  assert.equal(futureCode('161'), '1313');
  assert.equal(futureCode('163'), '1312');
  assert.equal(futureCode('190'), '1384');
  assert.equal(futureCode('111'), '111');
  assert.equal(futureCode('020'), '020');
});

test('a governing verb combines with the verb it governs', () => {
  assert.equal(combineCodes('020', '070'), '023', 'urged to provide aid');
  assert.equal(combineCodes('030', '061'), '0311', 'pledged to cooperate economically');
  assert.equal(combineCodes('010', '190'), '190', 'said it attacked');
  assert.equal(combineCodes('027', '042'), '027', 'a specific appeal keeps its code');
  assert.equal(combineCodes('120', '042'), '125', 'refused to meet');
  assert.equal(combineCodes('020', '111'), '020', 'a verbal lower act has no content');
});
