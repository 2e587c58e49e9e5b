import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DyadError } from '../core/errors.js';
import {
  DEFAULT_FIELD_MAPPING,
  parseFieldMapping,
  resolveMapping,
  validateMapping,
} from './field-mapping.js';
import { valueAtPath } from './json-path.js';
import { parseJsonlLine, parseJsonlText } from './jsonl.js';
import { articleOf, fixture, warningsOf } from './testing.js';

const at = (line: number) => ({ path: 'r.jsonl', line });

test('default field names: text, title, published, source, url and id from common names', () => {
  const result = parseJsonlLine(
    '{"id": 7, "title": "Envoys meet", "published": "2024-01-02T09:00:00Z", "text": "The envoys met.", ' +
      '"sources": [{"name": "Wire", "url": "https://wire.example.net/7"}]}',
    at(3),
  );
  const article = articleOf(result);
  assert.equal(article.text, 'The envoys met.');
  assert.equal(article.title, 'Envoys meet');
  assert.equal(article.published, '2024-01-02');
  assert.equal(article.source, 'Wire');
  assert.equal(article.url, 'https://wire.example.net/7');
  assert.deepEqual(article.origin, { path: 'r.jsonl', line: 3 });
  assert.equal(result?.kind === 'article' && result.externalId, '7');
});

test('a record with a url and no source takes the host as source', () => {
  const article = articleOf(
    parseJsonlLine('{"text": "Words.", "url": "https://www.voa.example/a/1.html"}', at(1)),
  );
  assert.equal(article.source, 'voa.example');
  assert.equal(article.title, null);
});

test('a mapping replaces the candidates of the fields it names, dotted paths allowed', () => {
  const mapping = { text: 'body', title: ['missing', 'headline'], source: 'publisher.name', url: 'links.0' };
  const result = parseJsonlLine(
    '{"text": "not this", "body": "The body text.", "headline": "H", "publisher": {"name": "Daily"}, ' +
      '"links": ["https://daily.example.org/1"], "date": 20240105}',
    at(1),
    { mapping },
  );
  const article = articleOf(result);
  assert.equal(article.text, 'The body text.');
  assert.equal(article.title, 'H');
  assert.equal(article.source, 'Daily');
  assert.equal(article.url, 'https://daily.example.org/1');
  assert.equal(article.published, '2024-01-05');
});

test('bad lines are errors naming file:line; blank lines are nothing', () => {
  assert.equal(parseJsonlLine('   ', at(1)), null);
  const unfinished = parseJsonlLine('{"text": "unfinished', at(2));
  assert.equal(unfinished?.kind === 'error' && unfinished.input, 'r.jsonl:2');
  assert.match(
    unfinished?.kind === 'error' ? unfinished.message : '',
    /^malformed JSON: unterminated string/,
  );
  const trailing = parseJsonlLine('{"text": "x"} junk', at(3));
  assert.equal(trailing?.kind, 'error');
  assert.match(trailing?.kind === 'error' ? trailing.message : '', /^malformed JSON: .*position 14/);
  const token = parseJsonlLine('{"secret words": }', at(3));
  assert.match(token?.kind === 'error' ? token.message : '', /^malformed JSON: /);
  assert.ok(token?.kind === 'error' && !token.message.includes('secret words'));
  assert.deepEqual(parseJsonlLine('[1, 2]', at(4)), {
    kind: 'error',
    input: 'r.jsonl:4',
    message: 'not a JSON object (an array)',
  });
  assert.deepEqual(parseJsonlLine('"text"', at(5)), {
    kind: 'error',
    input: 'r.jsonl:5',
    message: 'not a JSON object (string)',
  });
  assert.deepEqual(parseJsonlLine('{"title": "no text", "text": 5}', at(6)), {
    kind: 'error',
    input: 'r.jsonl:6',
    message: `no text (looked for ${DEFAULT_FIELD_MAPPING.text.join(', ')})`,
  });
  assert.equal(parseJsonlLine('{"text": "  \\n "}', at(7))?.kind, 'error');
});

test('the fixture file: articles and errors in line order, the rest continues after a bad line', () => {
  const results = parseJsonlText(readFileSync(fixture('records.jsonl'), 'utf8'), { path: 'records.jsonl' });
  assert.deepEqual(
    results.map((r) =>
      r.kind === 'article'
        ? `article:${r.article.origin.line}`
        : `${r.kind}:${r.kind === 'error' ? r.input : ''}`,
    ),
    [
      'article:1',
      'article:3',
      'error:records.jsonl:4',
      'error:records.jsonl:5',
      'error:records.jsonl:6',
      'article:7',
    ],
  );
  const first = articleOf(results[0]);
  assert.equal(first.title, 'Envoys meet');
  assert.equal(first.published, '2024-01-02');
  assert.equal(first.source, 'Example Daily');
  assert.deepEqual(warningsOf(results[1]), ['records.jsonl:3: no publication date']);
  assert.deepEqual(warningsOf(results[5]), ['records.jsonl:7: unrecognised date "next Tuesday-ish"']);
  assert.equal(articleOf(results[5]).source, 'Wire');
});

test('a text with no records is one error', () => {
  assert.deepEqual(parseJsonlText('\n\n', { path: 'e.jsonl' }), [
    { kind: 'error', input: 'e.jsonl', message: 'no JSON Lines records' },
  ]);
});

test('valueAtPath walks objects and arrays and finds dotted keys as written', () => {
  const value = { a: { b: [{ c: 1 }] }, 'x.y': 2, list: ['p'] };
  assert.equal(valueAtPath(value, 'a.b.0.c'), 1);
  assert.equal(valueAtPath(value, 'x.y'), 2);
  assert.equal(valueAtPath(value, 'list.0'), 'p');
  assert.equal(valueAtPath(value, 'list.first'), undefined);
  assert.equal(valueAtPath(value, 'a.missing.c'), undefined);
  assert.equal(valueAtPath(value, 'toString'), undefined);
  assert.equal(valueAtPath(null, 'a'), undefined);
});

test('parseFieldMapping reads field=path|path lists and rejects unknown fields', () => {
  assert.deepEqual(parseFieldMapping('text=body, source=sources.0.name|publisher'), {
    text: ['body'],
    source: ['sources.0.name', 'publisher'],
  });
  assert.throws(() => parseFieldMapping('body=text'), DyadError);
  assert.throws(() => parseFieldMapping('text'), /is not field=path/);
  assert.throws(() => parseFieldMapping('text='), /needs a path/);
  assert.throws(() => validateMapping({ title: [] }), DyadError);
  assert.deepEqual(resolveMapping({ title: 'headline' }).title, ['headline']);
  assert.deepEqual(resolveMapping({}).text, DEFAULT_FIELD_MAPPING.text);
});
