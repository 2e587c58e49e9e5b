import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from '../src/ingest/front-matter.js';
import { parseMarkdown } from '../src/ingest/text.js';
import { projectRoot, sharedFile, skipUnlessShared } from '../src/testing/shared.js';

/**
 * Dyad's own example articles (examples/*.md): every file must be a dated news report that the
 * ingest stage reads without warnings. The checks are pure functions over (file name, text) so
 * that they can be tested on hand-made bad files as well as on the real ones.
 */

const EXAMPLES_DIR = join(projectRoot, 'examples');
const EXAMPLE_NAME = /^(\d{4}-\d{2}-\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
const SOURCE = 'Dyad examples';
const MIN_PARAGRAPHS = 3;
const MAX_PARAGRAPHS = 8;
const MAX_LINE = 1000;

/** True when `value` is YYYY-MM-DD naming a day that exists (no 2023-02-30). */
function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The body's paragraphs: blocks separated by blank lines. */
function paragraphsOf(body: string): string[] {
  return body
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Everything wrong with one example file; an empty list when it is fine. */
function problemsOf(name: string, text: string): string[] {
  const problems: string[] = [];
  const nameMatch = EXAMPLE_NAME.exec(name);
  if (!nameMatch) problems.push('name is not YYYY-MM-DD-slug.md');
  text.split('\n').forEach((line, i) => {
    if (line.length > MAX_LINE) problems.push(`line ${i + 1} is ${line.length} characters long`);
  });
  const frontMatter = splitFrontMatter(text.replace(/\r\n?/g, '\n'));
  if (!frontMatter) return [...problems, 'no front matter'];
  const { fields, body } = frontMatter;
  if (!fields.title?.trim()) problems.push('no title');
  const published = fields.published;
  if (published === undefined) problems.push('no published date');
  else if (!isCalendarDate(published))
    problems.push(`published "${published}" is not a real YYYY-MM-DD date`);
  else if (nameMatch && nameMatch[1] !== published)
    problems.push(`published ${published} differs from the name's date ${nameMatch[1]}`);
  if (fields.source !== SOURCE) problems.push(`source is not "${SOURCE}"`);
  if ('url' in fields) problems.push('has a url');
  const paragraphs = paragraphsOf(body);
  if (paragraphs.length < MIN_PARAGRAPHS || paragraphs.length > MAX_PARAGRAPHS)
    problems.push(`${paragraphs.length} paragraphs (expected ${MIN_PARAGRAPHS}-${MAX_PARAGRAPHS})`);
  for (const p of paragraphs) {
    if (p.startsWith('#')) problems.push('has a Markdown heading in the body');
    else if (!/[.!?]["”’)]?$/.test(p)) problems.push(`paragraph does not end a sentence: "${p.slice(-30)}"`);
  }
  return problems;
}

/** Lower-cased word sequences of length n, for spotting copied text. */
function shingles(text: string, n: number): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();
}

const GOOD = [
  '---',
  'title: Ministers meet',
  'published: 2016-02-29',
  'source: Dyad examples',
  '---',
  '',
  'Foreign Minister A met Foreign Minister B on Monday.',
  '',
  'They signed an agreement.',
  '',
  'Both sides called the talks useful.',
  '',
].join('\n');

test('checker: a well-formed example has no problems (29 February in a leap year)', () => {
  assert.deepEqual(problemsOf('2016-02-29-ministers-meet.md', GOOD), []);
});

test('checker: calendar dates', () => {
  assert.ok(isCalendarDate('2024-02-29'));
  assert.ok(isCalendarDate('2013-12-31'));
  for (const bad of ['2023-02-29', '2023-02-30', '2023-13-01', '2023-00-10', '2023-1-5', '5 May 2015', ''])
    assert.equal(isCalendarDate(bad), false, bad);
});

test('checker: bad names, dates, sources and urls are reported', () => {
  const withField = (from: string, to: string) => GOOD.replace(from, to);
  assert.deepEqual(problemsOf('ministers-meet.md', GOOD), ['name is not YYYY-MM-DD-slug.md']);
  assert.deepEqual(problemsOf('2016-02-29-Ministers_Meet.md', GOOD), ['name is not YYYY-MM-DD-slug.md']);
  assert.deepEqual(problemsOf('2016-03-01-ministers-meet.md', GOOD), [
    "published 2016-02-29 differs from the name's date 2016-03-01",
  ]);
  assert.deepEqual(
    problemsOf('2015-02-29-x.md', withField('published: 2016-02-29', 'published: 2015-02-29')),
    ['published "2015-02-29" is not a real YYYY-MM-DD date'],
  );
  assert.deepEqual(problemsOf('2016-02-29-x.md', withField('published: 2016-02-29\n', '')), [
    'no published date',
  ]);
  assert.deepEqual(problemsOf('2016-02-29-x.md', withField('title: Ministers meet\n', 'title:\n')), [
    'no title',
  ]);
  assert.deepEqual(problemsOf('2016-02-29-x.md', withField('source: Dyad examples', 'source: Reuters')), [
    'source is not "Dyad examples"',
  ]);
  assert.deepEqual(
    problemsOf('2016-02-29-x.md', withField('source: Dyad examples', 'source: Dyad examples\nurl: x')),
    ['has a url'],
  );
  assert.deepEqual(problemsOf('2016-02-29-x.md', 'Just text.\n\nMore.\n\nAnd more.'), ['no front matter']);
});

test('checker: too few or too many paragraphs, headings, unfinished paragraphs, long lines', () => {
  const head = GOOD.slice(0, GOOD.indexOf('Foreign Minister'));
  const paras = (n: number) => head + Array.from({ length: n }, (_, i) => `Paragraph ${i}.`).join('\n\n');
  assert.deepEqual(problemsOf('2016-02-29-x.md', paras(2)), ['2 paragraphs (expected 3-8)']);
  assert.deepEqual(problemsOf('2016-02-29-x.md', paras(3)), []);
  assert.deepEqual(problemsOf('2016-02-29-x.md', paras(8)), []);
  assert.deepEqual(problemsOf('2016-02-29-x.md', paras(9)), ['9 paragraphs (expected 3-8)']);
  assert.deepEqual(problemsOf('2016-02-29-x.md', head + '# Heading\n\nOne.\n\nTwo.'), [
    'has a Markdown heading in the body',
  ]);
  assert.deepEqual(problemsOf('2016-02-29-x.md', head + 'One.\n\nTwo.\n\nThree and'), [
    'paragraph does not end a sentence: "Three and"',
  ]);
  const long = `${'word '.repeat(200)}end.`;
  assert.equal(long.length, 1004);
  assert.deepEqual(problemsOf('2016-02-29-x.md', head + `One.\n\nTwo.\n\n${long}`), [
    'line 11 is 1004 characters long',
  ]);
  assert.deepEqual(problemsOf('2016-02-29-x.md', head + `One.\n\nTwo.\n\n${long.slice(4)}`), []);
});

test('checker: shingles ignore case and punctuation', () => {
  assert.deepEqual([...shingles('A b, C. d', 3)], ['a b c', 'b c d']);
  assert.deepEqual([...shingles("Belarus's  ties", 2)], ['belaruss ties']);
  assert.equal(shingles('too short', 3).size, 0);
});

test('examples: 12 to 16 articles, every Markdown file but README.md named YYYY-MM-DD-slug.md', () => {
  const files = exampleFiles();
  assert.ok(files.length >= 12 && files.length <= 16, `${files.length} example files`);
  for (const f of files) assert.match(f, EXAMPLE_NAME);
});

test('examples: front matter, 3-8 paragraphs, no line over 1,000 characters', () => {
  for (const f of exampleFiles()) {
    assert.deepEqual(problemsOf(f, readFileSync(join(EXAMPLES_DIR, f), 'utf8')), [], f);
  }
});

test('examples: published between 2013 and 2024, titles unique', () => {
  const titles = new Set<string>();
  for (const f of exampleFiles()) {
    const fields = splitFrontMatter(readFileSync(join(EXAMPLES_DIR, f), 'utf8'))?.fields ?? {};
    const year = Number(fields.published?.slice(0, 4));
    assert.ok(year >= 2013 && year <= 2024, `${f}: ${fields.published}`);
    assert.ok(!titles.has(fields.title ?? ''), `${f}: duplicate title`);
    titles.add(fields.title ?? '');
  }
});

test('examples: ingest reads each as an article with its title, date and source, without warnings', () => {
  for (const f of exampleFiles()) {
    const text = readFileSync(join(EXAMPLES_DIR, f), 'utf8');
    const fields = splitFrontMatter(text)?.fields ?? {};
    const result = parseMarkdown(text, { path: f });
    assert.equal(result.kind, 'article', f);
    if (result.kind !== 'article') continue;
    assert.deepEqual(result.warnings, [], f);
    assert.equal(result.article.title, fields.title, f);
    assert.equal(result.article.published, fields.published, f);
    assert.equal(result.article.publishedSource, 'file', f);
    assert.equal(result.article.source, SOURCE, f);
    assert.equal(result.article.url, null, f);
    assert.equal(result.article.language, 'en', f);
  }
});

const SEED = 'corpus/seed/belarus-china-relations.txt';

test('examples: no run of 8 words copied from the seed article', { skip: skipUnlessShared(SEED) }, () => {
  const seed = shingles(readFileSync(sharedFile(SEED) ?? '', 'utf8'), 8);
  for (const f of exampleFiles()) {
    const body = splitFrontMatter(readFileSync(join(EXAMPLES_DIR, f), 'utf8'))?.body ?? '';
    const copied = [...shingles(body, 8)].filter((s) => seed.has(s));
    assert.deepEqual(copied, [], f);
  }
});
