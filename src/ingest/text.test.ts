import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { contentId } from './content-id.js';
import { normaliseText } from './normalise.js';
import { articleOf, fixture, warningsOf } from './testing.js';
import { parseMarkdown, parsePlainText } from './text.js';

const origin = { path: 'x.txt' };

test('plain text: a short first line before a blank line is the title and stays in the text', () => {
  const raw = readFileSync(fixture('plain.txt'), 'utf8');
  const result = parsePlainText(raw, { path: 'plain.txt' });
  const article = articleOf(result);
  assert.equal(article.title, 'Ministers Meet in Harbour Town');
  assert.equal(article.text, normaliseText(raw));
  assert.ok(article.text.startsWith('Ministers Meet in Harbour Town\n\nThe foreign ministers'));
  assert.equal(article.id, contentId(article.text));
  assert.equal(article.published, null);
  assert.equal(article.publishedSource, 'missing');
  assert.equal(article.source, null);
  assert.equal(article.url, null);
  assert.equal(article.language, 'en');
  assert.deepEqual(article.origin, { path: 'plain.txt' });
  assert.deepEqual(warningsOf(result), ['plain.txt: no publication date']);
  assert.ok(Object.isFrozen(article));
});

test('plain text: first lines that are not titles', () => {
  const cases = [
    'Only one line of text.',
    'The ministers met on Tuesday.\n\nThey agreed.',
    'A heading without a blank line\nfollowed directly by text.',
    'Ends with a colon:\n\nlist follows',
    `${'Long '.repeat(40)}\n\nBody.`,
    'Title with nothing after\n\n   ',
  ];
  for (const text of cases) assert.equal(articleOf(parsePlainText(text, origin)).title, null, text);
});

test('plain text may carry front matter too; the text is what follows it', () => {
  const article = articleOf(parsePlainText('---\ntitle: Given\ndate: 2024-01-02\n---\nBody here.\n', origin));
  assert.equal(article.title, 'Given');
  assert.equal(article.text, 'Body here.');
  assert.equal(article.published, '2024-01-02');
});

test('markdown: front matter gives title, date, source and url; text is the body', () => {
  const raw = readFileSync(fixture('front-matter.md'), 'utf8');
  const result = parseMarkdown(raw, { path: 'front-matter.md' });
  const article = articleOf(result);
  assert.equal(article.title, 'Gondor and Arnor: a "new" chapter');
  assert.equal(article.published, '2024-03-05');
  assert.equal(article.publishedSource, 'file');
  assert.equal(article.source, 'The Example Gazette');
  assert.equal(article.url, 'https://news.example.org/gondor-arnor');
  assert.ok(article.text.startsWith('# A heading that is not the title\n\nThe two governments'));
  assert.ok(!article.text.includes('published:'));
  assert.deepEqual(warningsOf(result), []);
});

test('markdown: a first-line heading is the title; markup is kept verbatim', () => {
  const article = articleOf(parseMarkdown('## Talks resume ##\n\nThe *talks* resumed.', origin));
  assert.equal(article.title, 'Talks resume');
  assert.equal(article.text, '## Talks resume ##\n\nThe *talks* resumed.');
  assert.equal(articleOf(parseMarkdown('#NotAHeading\n\nText.', origin)).title, '#NotAHeading');
  assert.equal(articleOf(parseMarkdown('Text first.\n\n# Later heading', origin)).title, null);
});

test('the id is stable across line endings, a BOM and composed/decomposed accents', () => {
  const lf = 'Title line\n\nCafe\u0301 talks went well.\nSecond line.\n';
  const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n').normalize('NFC');
  const a = articleOf(parsePlainText(lf, origin));
  const b = articleOf(parsePlainText(crlf, { path: 'other.txt' }));
  assert.equal(a.id, b.id);
  assert.equal(a.text, b.text);
  assert.equal(a.id, articleOf(parsePlainText(lf, origin)).id);
  assert.notEqual(a.id, articleOf(parsePlainText(lf.replace('well', 'badly'), origin)).id);
});

test('the published option overrides the file date by default, and fills in with the fallback policy', () => {
  const text = '---\npublished: 2024-03-05\n---\nBody.';
  const override = parseMarkdown(text, origin, { published: '2024-04-01' });
  assert.equal(articleOf(override).published, '2024-04-01');
  assert.equal(articleOf(override).publishedSource, 'option');
  assert.deepEqual(warningsOf(override), [
    'x.txt: --published 2024-04-01 overrides the date in the input (2024-03-05)',
  ]);
  const fallback = parseMarkdown(text, origin, { published: '2024-04-01', publishedPolicy: 'fallback' });
  assert.equal(articleOf(fallback).published, '2024-03-05');
  assert.equal(articleOf(fallback).publishedSource, 'file');
  const filled = parsePlainText('Body.', origin, { published: '20240401', publishedPolicy: 'fallback' });
  assert.equal(articleOf(filled).published, '2024-04-01');
  assert.equal(articleOf(filled).publishedSource, 'option');
  assert.deepEqual(warningsOf(filled), []);
});

test('an unrecognised date leaves the article undated with a warning quoting it', () => {
  const result = parseMarkdown('---\ndate: the other day\n---\nBody.', { path: 'd.md' });
  assert.equal(articleOf(result).published, null);
  assert.equal(articleOf(result).publishedSource, 'missing');
  assert.deepEqual(warningsOf(result), ['d.md: unrecognised date "the other day"']);
});

test('whitespace-only text is an error, not an article', () => {
  assert.deepEqual(parsePlainText(' \n\t\r\n ', origin), {
    kind: 'error',
    input: 'x.txt',
    message: 'no text',
  });
  assert.deepEqual(parseMarkdown('---\ntitle: x\n---\n\n', origin), {
    kind: 'error',
    input: 'x.txt',
    message: 'no text',
  });
});

test('non-Latin text gets a language tag and a warning', () => {
  const result = parsePlainText('Министры встретились в столице.', origin);
  assert.equal(articleOf(result).language, 'ru');
  assert.ok(warningsOf(result).includes('x.txt: text looks like language "ru", not English'));
});

test('property: arbitrary Unicode never throws, and the id is the hash of the normalised text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.boolean(), (raw, markdown) => {
      const parse = markdown ? parseMarkdown : parsePlainText;
      const result = parse(raw, origin);
      if (result.kind === 'error') {
        assert.equal(normaliseText(raw).trim() === '' || /^---/.test(normaliseText(raw)), true);
        return;
      }
      assert.equal(result.kind, 'article');
      const lf = raw.replace(/\r\n?/g, '\n');
      for (const variant of [lf, lf.replace(/\n/g, '\r\n'), lf.startsWith('\uFEFF') ? lf : `\uFEFF${lf}`]) {
        const again = parse(variant, origin);
        assert.equal(again.kind === 'article' && again.article.id, result.article.id);
      }
      assert.equal(result.article.id, contentId(result.article.text));
      assert.equal(result.article.text, normaliseText(result.article.text));
      if (result.article.title !== null) assert.ok(result.article.title.length > 0);
    }),
    { numRuns: 300 },
  );
});
