import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countOutlets, outletOf } from './outlets.js';

test('an outlet is the source name, else the URL host without www, else the article', () => {
  assert.equal(outletOf('Reuters', 'https://www.reuters.com/a', 'x'), 'name:reuters');
  assert.equal(outletOf('  ', 'https://www.voanews.com/a/1.html', 'x'), 'host:voanews.com');
  assert.equal(outletOf(null, 'not a url', 'x'), 'article:x');
  assert.equal(outletOf(null, null, 'x'), 'article:x');
});

test('outlets are counted once however many articles they publish', () => {
  assert.equal(
    countOutlets([
      { sourceName: 'AP', url: null, articleId: 'a' },
      { sourceName: 'ap', url: null, articleId: 'b' },
      { sourceName: null, url: 'https://www.voanews.com/1', articleId: 'c' },
      { sourceName: null, url: 'https://voanews.com/2', articleId: 'd' },
      { sourceName: null, url: null, articleId: 'e' },
      { sourceName: null, url: null, articleId: 'f' },
    ]),
    4,
  );
  assert.equal(countOutlets([]), 0);
});
