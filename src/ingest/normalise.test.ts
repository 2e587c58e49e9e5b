import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { contentId } from './content-id.js';
import { normaliseLine, normaliseText } from './normalise.js';

test('normaliseText strips a BOM, unifies line endings, composes to NFC and trims the ends', () => {
  assert.equal(normaliseText('\uFEFFOne\r\nTwo\rThree\n'), 'One\nTwo\nThree');
  assert.equal(normaliseText('Cafe\u0301'), 'Caf\u00e9');
  assert.equal(normaliseText('\n  \n\t\n  Indented first line\n\n  \n'), '  Indented first line');
  assert.equal(normaliseText(''), '');
});

test('normaliseText is idempotent', () => {
  for (const raw of ['\uFEFFa\r\n\r\nb \n', 'x', '\n\n', 'Cafe\u0301\r']) {
    assert.equal(normaliseText(normaliseText(raw)), normaliseText(raw));
  }
});

test('normaliseLine collapses whitespace and gives null for nothing', () => {
  assert.equal(normaliseLine('  A\n  title\t here '), 'A title here');
  assert.equal(normaliseLine('   '), null);
  assert.equal(normaliseLine(null), null);
  assert.equal(normaliseLine(undefined), null);
});

test('contentId is the first 32 hex digits of the sha256 of the text', () => {
  const text = 'The ministers met.';
  assert.equal(contentId(text), createHash('sha256').update(text).digest('hex').slice(0, 32));
  assert.match(contentId(''), /^[0-9a-f]{32}$/);
  assert.notEqual(contentId('a'), contentId('b'));
});
