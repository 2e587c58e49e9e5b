import assert from 'node:assert/strict';
import { test } from 'node:test';
import { qualifierBefore } from './qualifiers.js';
import { quantitiesOf } from './testing.js';

test('each qualifier is kept as written and starts the span', () => {
  const cases: [string, string][] = [
    ['about', 'about 50 people'],
    ['around', 'around 50 people'],
    ['approximately', 'approximately 50 people'],
    ['some', 'some 500 people'],
    ['at least', 'at least 50 people'],
    ['more than', 'more than 50 people'],
    ['over', 'over 50 people'],
    ['nearly', 'nearly 50 people'],
    ['almost', 'almost 50 people'],
    ['up to', 'up to 50 people'],
    ['as much as', 'as much as 50%'],
    ['as many as', 'as many as 50 people'],
    ['less than', 'less than 50%'],
    ['fewer than', 'fewer than 50 people'],
    ['roughly', 'roughly 50 people'],
    ['an average of', 'an average of 19.7%'],
    ['no more than', 'no more than 50 people'],
    ['Nearly', 'Nearly 50 people'],
    ['up to about', 'up to about $47,000'],
    ['~', '~50 people'],
  ];
  for (const [qualifier, text] of cases) {
    const [mention] = quantitiesOf(text);
    assert.ok(mention, text);
    assert.equal(mention.quantity.qualifier, qualifier, text);
    assert.equal(mention.start, 0, text);
    assert.equal(mention.text, text, text);
  }
});

test('a qualifier is a whole word', () => {
  assert.equal(qualifierBefore('moreover 5', 9), null);
  assert.equal(qualifierBefore('handover 5', 9), null);
  assert.deepEqual(qualifierBefore('x over 5', 7), { start: 2, text: 'over' });
  assert.equal(quantitiesOf('moreover 50 people')[0]?.quantity.qualifier, undefined);
});

test('no qualifier: none recorded', () => {
  const [mention] = quantitiesOf('50 people');
  assert.ok(mention);
  assert.equal('qualifier' in mention.quantity, false);
});
