import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedFile, skipUnlessShared } from '../testing/shared.js';
import { contentId } from './content-id.js';
import { readInputs } from './read-inputs.js';
import { articleOf, collect } from './testing.js';
import type { InputResult } from './types.js';

const VOA = 'corpus/voa/stories.jsonl';
const WIKI = 'corpus/wikipedia-current-events/items.jsonl';
const SEED = 'corpus/seed/belarus-china-relations.txt';

/** The records of a JSON Lines file, parsed independently of the code under test. */
function records(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function expectAllArticles(results: readonly InputResult[]): void {
  const problems = results.filter((r) => r.kind !== 'article');
  assert.deepEqual(problems, []);
}

test(
  'VOA stories: one article per line with title, date, url and host as source',
  { skip: skipUnlessShared(VOA) },
  async () => {
    const path = sharedFile(VOA) ?? '';
    const expected = records(path);
    const results = await collect(readInputs([path]));
    expectAllArticles(results);
    assert.equal(results.length, expected.length);
    for (const index of [0, Math.floor(expected.length / 2), expected.length - 1]) {
      const record = expected[index] ?? {};
      const result = results[index];
      const article = articleOf(result);
      assert.equal(article.title, record.title);
      assert.equal(article.url, record.url);
      assert.equal(article.source, new URL(String(record.url)).hostname.replace(/^www\./, ''));
      assert.equal(article.published, String(record.published).slice(0, 10));
      assert.equal(article.publishedSource, 'file');
      assert.equal(article.text, String(record.text).normalize('NFC').trim());
      assert.equal(article.id, contentId(article.text));
      assert.equal(article.language, 'en');
      assert.deepEqual(article.origin, { path, line: index + 1 });
      assert.equal(result?.kind === 'article' && result.externalId, record.id);
    }
    assert.deepEqual(
      results.flatMap((r) => (r.kind === 'article' ? r.warnings : [])),
      [],
    );
  },
);

test(
  'Wikipedia Current Events items: date, first source name and url',
  { skip: skipUnlessShared(WIKI) },
  async () => {
    const path = sharedFile(WIKI) ?? '';
    const expected = records(path);
    const results = await collect(readInputs([path]));
    expectAllArticles(results);
    assert.equal(results.length, expected.length);
    for (const index of [0, 1, Math.floor(expected.length / 3), expected.length - 1]) {
      const record = expected[index] ?? {};
      const sources = record.sources as { name: string; url: string }[];
      const article = articleOf(results[index]);
      assert.equal(article.published, record.date);
      assert.equal(article.source, sources[0]?.name);
      assert.equal(article.url, sources[0]?.url);
      assert.equal(article.title, null);
      assert.equal(article.text, String(record.text).normalize('NFC').trim());
    }
    const ids = new Set(results.map((r) => articleOf(r).id));
    const texts = new Set(expected.map((r) => String(r.text).normalize('NFC').trim()));
    assert.equal(ids.size, texts.size, 'one id per distinct text');
  },
);

test(
  'the seed article: its first line is the title and the text is the whole file',
  { skip: skipUnlessShared(SEED) },
  async () => {
    const path = sharedFile(SEED) ?? '';
    const raw = readFileSync(path, 'utf8');
    const [result] = await collect(readInputs([path], { published: '2023-12-07' }));
    const article = articleOf(result);
    assert.equal(article.title, raw.split('\n')[0]?.trim());
    assert.equal(article.text, raw.replace(/\r\n?/g, '\n').normalize('NFC').trim());
    assert.equal(article.published, '2023-12-07');
    assert.equal(article.publishedSource, 'option');
    const [again] = await collect(readInputs([path]));
    assert.equal(articleOf(again).id, article.id);
  },
);
