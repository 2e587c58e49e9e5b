import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ICEWS_COLUMNS, sniffLines } from './sniff.js';

const row = (n: number, first = '1'): string =>
  [first, ...Array.from({ length: n - 1 }, () => '')].join('\t');

test('GDELT tables are recognised by their column counts', () => {
  assert.equal(sniffLines([row(61), row(61)]).kind, 'gdelt2-events');
  assert.equal(sniffLines([row(58), row(57), row(58)]).kind, 'gdelt1-events');
  assert.equal(sniffLines([row(16)]).kind, 'gdelt2-mentions');
  assert.equal(sniffLines([row(27, '20150218230000-0')]).kind, 'gdelt-gkg2');
  assert.equal(sniffLines([row(27, '20150218230000-T12')]).kind, 'gdelt-gkg2');
  assert.equal(sniffLines([row(11, '20200705')]).kind, 'gdelt-gkg1');
});

test('the majority of the first lines decides, so one damaged line does not', () => {
  assert.equal(sniffLines([row(12), row(61), row(61)]).kind, 'gdelt2-events');
});

test('ICEWS, JSON, CSV, binary, empty', () => {
  assert.equal(sniffLines([ICEWS_COLUMNS.join('\t')]).kind, 'icews');
  assert.equal(sniffLines(['{"id": "a"}']).kind, 'json');
  assert.equal(sniffLines(['  [']).kind, 'json');
  assert.equal(
    sniffLines([
      'globaleventid,eventtimedate,mentiontimedate,mentiontype,mentionsourcename,mentionidentifier,sentenceid,actor1charoffset',
    ]).kind,
    'gdelt-csv',
  );
  assert.equal(sniffLines(['name,age', 'x,1']).kind, 'csv');
  assert.equal(sniffLines(['ab\u0000cd']).kind, 'binary');
  assert.equal(sniffLines(['', '  ']).kind, 'empty');
  assert.equal(sniffLines(['just words']).kind, 'text');
  assert.equal(sniffLines(['a\tb\tc']).kind, 'tsv');
});

test('a GKG-like count without a GKG id is only a table', () => {
  assert.equal(sniffLines([row(27, 'hello')]).kind, 'tsv');
});

test('sniffing never throws', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 6 }),
      (lines) => void sniffLines(lines),
    ),
  );
});
