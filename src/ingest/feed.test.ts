import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFeed } from './feed.js';
import { articleOf, fixture, warningsOf } from './testing.js';

test('RSS 2.0: one article per item, content:encoded preferred, markup stripped', () => {
  const results = parseFeed(readFileSync(fixture('feed.rss'), 'utf8'), { path: 'feed.rss' });
  assert.equal(results.length, 4);
  const [first, second, third, fourth] = results;
  const a = articleOf(first);
  assert.equal(a.title, 'Border crossing reopens');
  assert.equal(a.url, 'https://wire.example.net/a/1');
  assert.equal(a.published, '2024-01-02');
  assert.equal(a.source, 'Example Wire & Friends');
  assert.equal(a.text, 'The crossing between Arnor and Gondor reopened on Tuesday.');
  assert.equal(a.origin.path, 'feed.rss');
  assert.equal(a.origin.line, 6);
  assert.equal(first?.kind === 'article' && first.externalId, 'wire-1');
  const b = articleOf(second);
  assert.equal(
    b.text,
    'Trade between the two countries grew by 12 percent.\n\nOfficials welcomed the figures.',
  );
  assert.equal(b.published, '2024-01-03');
  assert.equal(b.origin.line, 13);
  assert.deepEqual(third, { kind: 'error', input: 'feed.rss:20', message: 'feed item has no text' });
  assert.equal(articleOf(fourth).published, null);
  assert.deepEqual(warningsOf(fourth), ['feed.rss:24: unrecognised date "sometime last week"']);
});

test('Atom: content types text, html and xhtml; alternate link; published before updated', () => {
  const results = parseFeed(
    readFileSync(fixture('feed.atom'), 'utf8'),
    { path: 'feed.atom' },
    {
      baseUrl: 'https://monitor.example.com/feed.atom',
    },
  );
  assert.equal(results.length, 3);
  const [first, second, third] = results.map(articleOf);
  assert.equal(first?.title, 'Envoy appointed');
  assert.equal(first?.url, 'https://monitor.example.com/posts/1');
  assert.equal(first?.published, '2024-02-09');
  assert.equal(first?.source, 'Gondor & Arnor Monitor');
  assert.equal(first?.text, 'Gondor named a new envoy to Arnor.\n\nShe takes up the post in March.');
  assert.equal(results[0]?.kind === 'article' && results[0].externalId, 'urn:example:monitor:1');
  assert.equal(second?.title, 'Tariffs <cut>');
  assert.equal(second?.url, 'https://monitor.example.com/posts/2');
  assert.equal(second?.published, '2024-02-08');
  assert.equal(second?.text, 'Arnor cut tariffs on grain.\n\nThe cut applies from April.');
  assert.equal(third?.text, 'A plain summary with a <tag> in it.');
  assert.equal(third?.url, null);
});

test('RSS 1.0 (RDF) items sit beside the channel', () => {
  const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel><title>RDF Wire</title></channel>
  <item><title>One</title><link>https://rdf.example/1</link><dc:date>2024-03-01T10:00:00Z</dc:date><description>First story text.</description></item>
</rdf:RDF>`;
  const [result] = parseFeed(xml, { path: 'f.rdf' });
  const article = articleOf(result);
  assert.equal(article.source, 'RDF Wire');
  assert.equal(article.published, '2024-03-01');
  assert.equal(article.origin.line, 4);
});

test('not a feed, or a feed without items, is one error', () => {
  assert.deepEqual(parseFeed('<?xml version="1.0"?><urlset><url/></urlset>', { path: 's.xml' }), [
    { kind: 'error', input: 's.xml', message: 'not an RSS or Atom feed (root element <urlset>)' },
  ]);
  assert.deepEqual(parseFeed('<rss><channel><title>x</title></channel></rss>', { path: 'e.rss' }), [
    { kind: 'error', input: 'e.rss', message: 'feed has no items' },
  ]);
  assert.equal(parseFeed('just words', { path: 'w.rss' })[0]?.kind, 'error');
  assert.equal(parseFeed('', { path: 'w.rss' })[0]?.kind, 'error');
});

test('a lenient parse of broken XML still finds items', () => {
  const results = parseFeed('<rss><channel><item><title>T</title><description>Some text.', { path: 'b.rss' });
  assert.equal(results.length, 1);
  assert.equal(articleOf(results[0]).text, 'Some text.');
});
