import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitFrontMatter } from './front-matter.js';

test('reads key: value lines with bare, quoted and commented values', () => {
  const text = [
    '---',
    'Title: "Arnor: a \\"new\\" start\\tnow"',
    "source: 'The Gazette''s desk'",
    'published: 2024-03-05 # the print date',
    'url: https://example.org/a#fragment',
    '# a comment',
    'tags:',
    '  - one',
    '- two',
    '',
    'empty:',
    '---',
    'Body line.',
  ].join('\n');
  const result = splitFrontMatter(text);
  assert.deepEqual(result?.fields, {
    title: 'Arnor: a "new" start\tnow',
    source: "The Gazette's desk",
    published: '2024-03-05',
    url: 'https://example.org/a#fragment',
  });
  assert.equal(result?.body, 'Body line.');
});

test('the first value of a repeated key wins, and `...` closes the block', () => {
  const result = splitFrontMatter('---\ntitle: One\ntitle: Two\n...\nText');
  assert.deepEqual(result?.fields, { title: 'One' });
  assert.equal(result?.body, 'Text');
});

test('no front matter: not at the start, unclosed, or not key: value lines', () => {
  assert.equal(splitFrontMatter('Text\n---\ntitle: x\n---\n'), null);
  assert.equal(splitFrontMatter('---\ntitle: x\nno closing line'), null);
  assert.equal(splitFrontMatter('---\nA paragraph between two rules.\n---\nMore.'), null);
  assert.equal(splitFrontMatter(' ---\ntitle: x\n---\n'), null);
  assert.equal(splitFrontMatter(''), null);
});

test('an empty block is front matter with no fields', () => {
  assert.deepEqual(splitFrontMatter('---\n---\nBody'), { fields: {}, body: 'Body' });
});
