import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  charsetFromContentType,
  formatFromContentType,
  formatFromPath,
  hasBinaryExtension,
  sniffFormat,
} from './format.js';

test('formats by extension, case-insensitive; unknown ones are null', () => {
  assert.equal(formatFromPath('a/b.TXT'), 'text');
  assert.equal(formatFromPath('b.md'), 'markdown');
  assert.equal(formatFromPath('c.htm'), 'html');
  assert.equal(formatFromPath('d.ndjson'), 'jsonl');
  assert.equal(formatFromPath('e.atom'), 'feed');
  assert.equal(formatFromPath('f.xml'), null);
  assert.equal(formatFromPath('README'), null);
  assert.equal(formatFromPath('g.json'), null);
  assert.equal(hasBinaryExtension('x.PDF'), true);
  assert.equal(hasBinaryExtension('x.txt'), false);
});

test('sniffing the content', () => {
  assert.equal(sniffFormat('<?xml version="1.0"?>\n<!-- c -->\n<rss version="2.0"><channel/></rss>'), 'feed');
  assert.equal(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'feed');
  assert.equal(sniffFormat('<?xml version="1.0"?><rdf:RDF></rdf:RDF>'), 'feed');
  assert.equal(sniffFormat('<?xml version="1.0"?><urlset/>'), 'feed');
  assert.equal(sniffFormat('\uFEFF  <!DOCTYPE html><html><body>x</body></html>'), 'html');
  assert.equal(sniffFormat('<?xml version="1.0"?><!DOCTYPE html [ ]><html xmlns="x"></html>'), 'html');
  assert.equal(sniffFormat('<p>A fragment</p>'), 'html');
  assert.equal(sniffFormat('{"text": "a"}\n{"text": "b"}'), 'jsonl');
  assert.equal(sniffFormat('{\n  "text": "pretty"\n}'), 'json');
  assert.equal(sniffFormat('[{"text": "a"}]'), 'json');
  assert.equal(sniffFormat('---\ntitle: x\n---\nBody'), 'markdown');
  assert.equal(sniffFormat('# Heading\n\nBody'), 'markdown');
  assert.equal(sniffFormat('Plain words. <b> later'), 'text');
  assert.equal(sniffFormat('{not json at all}'), 'text');
  assert.equal(sniffFormat('#hashtag first'), 'text');
});

test('content types', () => {
  assert.equal(formatFromContentType('text/html; charset=utf-8'), 'html');
  assert.equal(formatFromContentType('application/rss+xml'), 'feed');
  assert.equal(formatFromContentType('application/atom+xml;charset=UTF-8'), 'feed');
  assert.equal(formatFromContentType('text/plain'), 'text');
  assert.equal(formatFromContentType('application/x-ndjson'), 'jsonl');
  assert.equal(formatFromContentType('application/xml'), null);
  assert.equal(formatFromContentType('application/octet-stream'), null);
  assert.equal(formatFromContentType(null), null);
  assert.equal(charsetFromContentType('text/html; charset="ISO-8859-1"'), 'ISO-8859-1');
  assert.equal(charsetFromContentType('text/html'), null);
});
