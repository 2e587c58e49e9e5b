import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contentId } from './content-id.js';
import { domToText, htmlToText } from './dom-text.js';
import { parseHtml } from './html.js';
import { articleOf, fixture, warningsOf } from './testing.js';
import { parseHTML } from 'linkedom';

const origin = { path: 'page.html' };

test('an article page: main text in paragraphs, metadata from the head', () => {
  const result = parseHtml(readFileSync(fixture('article.html'), 'utf8'), origin, {
    baseUrl: 'https://www.wire.example.com/x/y',
  });
  const article = articleOf(result);
  assert.equal(article.title, 'Talks resume in Minas Town');
  assert.equal(article.source, 'Example Wire');
  assert.equal(article.published, '2024-05-06');
  assert.equal(article.publishedSource, 'file');
  assert.equal(article.url, 'https://www.wire.example.com/world/talks-resume');
  assert.equal(article.id, contentId(article.text));
  const paragraphs = article.text.split('\n\n');
  assert.ok(
    paragraphs.some((p) => p.startsWith('Negotiators from Arnor and Gondor resumed talks on Monday')),
  );
  assert.ok(article.text.includes('customs house & spoke for four hours.'));
  assert.ok(article.text.includes('was constructive.\nAnother round is planned for June.'));
  for (const absent of ['ignore me', 'color: red', 'Copyright', 'Home'])
    assert.ok(!article.text.includes(absent), absent);
  assert.deepEqual(warningsOf(result), []);
});

test('a fragment without html/body still gives its text; the source falls back to the URL host', () => {
  const article = articleOf(
    parseHtml('<p>The council met.</p><p>It adjourned.</p>', origin, {
      baseUrl: 'https://www.daily.example.org/p',
    }),
  );
  assert.equal(article.text, 'The council met.\n\nIt adjourned.');
  assert.equal(article.source, 'daily.example.org');
  assert.equal(article.url, null);
});

test('dates come from any of the usual places, in order of trust', () => {
  const page = (head: string, body = ''): string =>
    `<html><head>${head}</head><body><p>The envoys met again today.</p>${body}</body></html>`;
  const cases: [string, string, string][] = [
    [
      'og:published_time',
      page('<meta property="og:published_time" content="2024-01-05T10:00:00Z">'),
      '2024-01-05',
    ],
    ['meta date', page('<meta name="date" content="2024-01-06">'), '2024-01-06'],
    ['meta pubdate', page('<meta name="pubdate" content="20240107">'), '2024-01-07'],
    ['dc.date', page('<meta name="DC.date" content="2024-01-08">'), '2024-01-08'],
    ['itemprop', page('', '<span itemprop="datePublished" content="2024-01-09">9 Jan</span>'), '2024-01-09'],
    [
      'JSON-LD graph',
      page(
        '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-01-10"}]}</script>',
      ),
      '2024-01-10',
    ],
    ['time element', page('', '<time datetime="2024-01-11T08:00">Thursday</time>'), '2024-01-11'],
    [
      'meta beats time',
      page(
        '<meta property="article:published_time" content="2024-01-12">',
        '<time datetime="2020-01-01">x</time>',
      ),
      '2024-01-12',
    ],
    [
      'a later candidate that parses beats an earlier one that does not',
      page('<meta name="date" content="last week"><meta name="dc.date" content="2024-01-13">'),
      '2024-01-13',
    ],
  ];
  for (const [name, html, expected] of cases) {
    assert.equal(articleOf(parseHtml(html, origin)).published, expected, name);
  }
});

test('a date that does not parse is a warning naming the input', () => {
  const result = parseHtml(
    '<html><head><meta name="date" content="Thursday"></head><body><p>Text.</p></body></html>',
    origin,
  );
  assert.equal(articleOf(result).published, null);
  assert.deepEqual(warningsOf(result), ['page.html: unrecognised date "Thursday"']);
});

test('the title falls back from og:title to JSON-LD headline to <title> to <h1>', () => {
  const body = '<body><h1>Heading One</h1><p>Some words.</p></body>';
  assert.equal(
    articleOf(parseHtml(`<html><head><title>Page Title</title></head>${body}</html>`, origin)).title,
    'Page Title',
  );
  assert.equal(
    articleOf(
      parseHtml(
        `<html><head><title>Page</title><script type="application/ld+json">[{"headline":"LD Title"}]</script></head>${body}</html>`,
        origin,
      ),
    ).title,
    'LD Title',
  );
  assert.equal(articleOf(parseHtml(`<html><head></head>${body}</html>`, origin)).title, 'Heading One');
});

test('HTML without body text is an error', () => {
  const empties = [
    '<html><head><title>Only a title</title></head><body></body></html>',
    '<html><body><script>var a = 1;</script><style>p{}</style>   <img src="x.png"></body></html>',
    '<!DOCTYPE html><html><head><meta name="date" content="2024-01-01"></head><body> \n </body></html>',
  ];
  for (const html of empties) {
    assert.deepEqual(parseHtml(html, origin), {
      kind: 'error',
      input: 'page.html',
      message: 'HTML has no body text',
    });
  }
});

test('domToText: blocks, line breaks, cells, skipped elements, whitespace', () => {
  const { document } = parseHTML(
    '<html><body><div>One <b>two</b>\n   three</div><ul><li>a</li><li>b</li></ul>' +
      '<table><tr><td>x</td><td>y</td></tr></table><p>line<br>break&nbsp;here</p><noscript>no</noscript></body></html>',
  );
  assert.equal(
    domToText(document.body as unknown as Node),
    'One two three\n\na\n\nb\n\nx y\n\nline\nbreak here',
  );
});

test('htmlToText decodes entities and drops tags', () => {
  assert.equal(htmlToText('A &amp; B &lt;c&gt; <i>d</i>&#233;'), 'A & B <c> dé');
  assert.equal(htmlToText(''), '');
});
