import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { contentId } from './content-id.js';
import { parseFeed } from './feed.js';
import { parseHtml } from './html.js';
import { parseJsonlLine } from './jsonl.js';
import { normaliseText } from './normalise.js';
import { parseContent } from './parse-content.js';
import { parsePublishedDate } from './published-date.js';
import type { InputResult } from './types.js';

const origin = { path: 'fuzz', line: 1 };

/** Every article is well formed: id from its text, text normalised and non-empty, date valid. */
function checkResult(result: InputResult | null): void {
  if (result === null || result.kind !== 'article') return;
  const { article } = result;
  assert.equal(article.id, contentId(article.text));
  assert.equal(article.text, normaliseText(article.text));
  assert.notEqual(article.text.trim(), '');
  if (article.published !== null) assert.match(article.published, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(article.publishedSource === 'missing', article.published === null);
}

const junk = fc.string({ unit: 'binary', maxLength: 300 });
const markupish = fc
  .array(
    fc.oneof(
      junk,
      fc.constantFrom(
        '<p>',
        '</p>',
        '<item>',
        '</item>',
        '<rss>',
        '<channel>',
        '<entry>',
        '<feed>',
        '<![CDATA[',
        ']]>',
      ),
      fc.constantFrom(
        '<description>',
        '<title>',
        '&amp;',
        '&#0;',
        '<script>',
        '<br>',
        '<meta name="date" content="',
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

test('property: no parser throws on arbitrary Unicode or markup-like junk', () => {
  fc.assert(
    fc.property(fc.oneof(junk, markupish), (input) => {
      checkResult(parseHtml(input, origin));
      for (const result of parseFeed(input, origin)) checkResult(result);
      checkResult(parseJsonlLine(input, origin));
      checkResult(parseJsonlLine(JSON.stringify({ text: input, date: input, title: input }), origin));
      for (const result of parseContent(input, origin)) checkResult(result);
      const date = parsePublishedDate(input);
      if (date !== null) assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
    }),
    { numRuns: 200 },
  );
});
