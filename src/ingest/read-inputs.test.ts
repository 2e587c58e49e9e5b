import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, open, rm, symlink, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { DyadError } from '../core/errors.js';
import { describeResult } from './origin.js';
import { readInputs } from './read-inputs.js';
import { articleOf, collect, fixture } from './testing.js';
import type { IngestOptions, InputResult } from './types.js';

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dyad-ingest-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const read = (inputs: string[], options: IngestOptions = {}): Promise<InputResult[]> =>
  collect(readInputs(inputs, options));
const lines = (results: readonly InputResult[]): string[] => results.map(describeResult);
const stdin = (...chunks: (string | Uint8Array)[]): AsyncIterable<Uint8Array> =>
  Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c))));

test('each fixture format through readInputs', async () => {
  const results = await read(
    ['plain.txt', 'front-matter.md', 'article.html', 'feed.rss', 'feed.atom', 'records.jsonl'].map(fixture),
  );
  const counts = { article: 0, error: 0, skipped: 0 };
  for (const r of results) counts[r.kind]++;
  assert.deepEqual(counts, { article: 1 + 1 + 1 + 3 + 3 + 3, error: 1 + 3, skipped: 0 });
});

test('bad inputs are one-line errors naming the file, and the batch goes on', async () => {
  const good = join(dir, 'good.txt');
  await writeFile(good, 'The envoys met in the capital.');
  const empty = join(dir, 'empty.txt');
  await writeFile(empty, '');
  const blank = join(dir, 'blank.md');
  await writeFile(blank, '  \n\t\r\n');
  const binary = join(dir, 'data.txt');
  await writeFile(binary, Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]));
  const latin1 = join(dir, 'latin1.txt');
  await writeFile(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  const noBody = join(dir, 'nobody.html');
  await writeFile(noBody, '<html><head><title>T</title></head><body><script>1</script></body></html>');
  const pdf = join(dir, 'paper.pdf');
  await writeFile(pdf, '%PDF-1.4');
  const missing = join(dir, 'missing.txt');
  const notDir = join(good, 'child.txt');
  const results = await read([missing, empty, blank, binary, latin1, noBody, pdf, notDir, good]);
  assert.deepEqual(lines(results.slice(0, -1)), [
    `${missing}: no such file or directory`,
    `${empty}: empty file`,
    `${blank}: empty file (whitespace only)`,
    `${binary}: binary file (contains NUL bytes), not text`,
    `${latin1}: invalid UTF-8 (at byte 3)`,
    `${noBody}: HTML has no body text`,
    `${pdf}: binary file type, not text`,
    `${notDir}: a part of the path is not a directory`,
  ]);
  assert.equal(articleOf(results.at(-1)).text, 'The envoys met in the capital.');
});

test(
  'a file the user may not read is an error',
  { skip: process.getuid?.() === 0 ? 'running as root: permissions are not enforced' : false },
  async () => {
    const locked = join(dir, 'locked.txt');
    await writeFile(locked, 'Secret words.');
    await chmod(locked, 0o000);
    assert.deepEqual(lines(await read([locked])), [`${locked}: permission denied`]);
  },
);

test('a 50 MB file is refused by its size, without being read', async () => {
  const big = join(dir, 'big.txt');
  const handle = await open(big, 'w');
  await handle.write('The start of a very long text.\n');
  await handle.truncate(50 * 1024 * 1024);
  await handle.close();
  assert.deepEqual(lines(await read([big])), [`${big}: too large (50.0 MB > 20 MB limit)`]);
  assert.deepEqual(lines(await read([big], { maxBytes: 60 * 1024 * 1024 })), [
    `${big}: binary file (contains NUL bytes), not text`,
  ]);
});

test('the size limit is configurable', async () => {
  const small = join(dir, 'small.txt');
  await writeFile(small, 'x'.repeat(2048));
  assert.deepEqual(lines(await read([small], { maxBytes: 1024 })), [
    `${small}: too large (2.0 KB > 1 KB limit)`,
  ]);
});

test('JSON Lines files are streamed: per-line errors, per-line size limit, invalid UTF-8 per line', async () => {
  const file = join(dir, 'stream.jsonl');
  const longLine = JSON.stringify({ text: 'y'.repeat(3000) });
  const content = Buffer.concat([
    Buffer.from('{"text": "First record.", "date": "2024-01-01"}\r\n'),
    Buffer.from('\n'),
    Buffer.from('{"text": "bad \u0001'),
    Buffer.from([0x22, 0x7d, 0x0a]),
    Buffer.from('{"text": "caf'),
    Buffer.from([0xe9, 0x22, 0x7d, 0x0a]),
    Buffer.from(`${longLine}\n`),
    Buffer.from('{"text": "Last record, no newline at the end."}'),
  ]);
  await writeFile(file, content);
  const results = await read([file], { maxBytes: 1024 });
  assert.equal(results.length, 5);
  assert.equal(articleOf(results[0]).published, '2024-01-01');
  assert.deepEqual(articleOf(results[0]).origin, { path: file, line: 1 });
  assert.equal(results[1]?.kind === 'error' && results[1].input, `${file}:3`);
  assert.deepEqual(results[2], { kind: 'error', input: `${file}:4`, message: 'invalid UTF-8' });
  assert.deepEqual(results[3], {
    kind: 'error',
    input: `${file}:5`,
    message: 'line too large (over the 1 KB limit)',
  });
  assert.deepEqual(articleOf(results[4]).origin, { path: file, line: 6 });
});

test('JSON Lines files: empty, blank and binary are one error each', async () => {
  const empty = join(dir, 'empty.jsonl');
  await writeFile(empty, '');
  const blank = join(dir, 'blank.jsonl');
  await writeFile(blank, '\n \n\n');
  const binary = join(dir, 'binary.jsonl');
  await writeFile(binary, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x0a, 0x01]));
  assert.deepEqual(lines(await read([empty, blank, binary])), [
    `${empty}: empty file`,
    `${blank}: empty file (whitespace only)`,
    `${binary}: binary file (gzip archive), not text`,
  ]);
});

test('a big JSON Lines file streams past the whole-file size limit', async () => {
  const file = join(dir, 'many.jsonl');
  const record = (i: number): string =>
    JSON.stringify({ text: `Record number ${i} about the talks.`, date: '2024-02-02' });
  await writeFile(file, Array.from({ length: 3000 }, (_, i) => record(i)).join('\n'));
  let articles = 0;
  let last: InputResult | undefined;
  for await (const result of readInputs([file], { maxBytes: 4096 })) {
    if (result.kind === 'article') articles++;
    last = result;
  }
  assert.equal(articles, 3000);
  assert.equal(articleOf(last).origin.line, 3000);
});

test('folders: recursive, in name order, hidden entries and binary files skipped with a reason', async () => {
  const root = join(dir, 'folder');
  await mkdir(join(root, 'b-sub', 'deeper'), { recursive: true });
  await mkdir(join(root, '.git'));
  await writeFile(join(root, '.git', 'HEAD'), 'ref: x');
  await writeFile(join(root, '.notes.txt'), 'Hidden text.');
  await writeFile(join(root, 'a.txt'), 'Alpha text.');
  await writeFile(join(root, 'C.md'), '# Upper\n\nUpper-case name sorts first.');
  await writeFile(join(root, 'b-sub', 'z.html'), '<p>Zulu paragraph.</p>');
  await writeFile(join(root, 'b-sub', 'deeper', 'y.jsonl'), '{"text": "Yankee record."}\n');
  await writeFile(join(root, 'b-sub', 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(root, 'blob'), Buffer.from([0x00, 0x01, 0x02]));
  await writeFile(join(root, 'notes'), 'A file without an extension is sniffed as text.');
  await writeFile(join(root, 'broken.txt'), Buffer.from([0x61, 0xfd, 0x62]));
  await symlink(root, join(root, 'loop'));
  const results = await read([root]);
  assert.deepEqual(
    lines(results).map((line) => line.replace(/: article [0-9a-f]{32}$/, ': article')),
    [
      `${join(root, '.git')}: skipped (hidden)`,
      `${join(root, '.notes.txt')}: skipped (hidden)`,
      `${join(root, 'C.md')}: article`,
      `${join(root, 'a.txt')}: article`,
      `${join(root, 'b-sub', 'deeper', 'y.jsonl')}:1: article`,
      `${join(root, 'b-sub', 'photo.png')}: skipped (binary file type)`,
      `${join(root, 'b-sub', 'z.html')}: article`,
      `${join(root, 'blob')}: skipped (binary file (contains NUL bytes), not text)`,
      `${join(root, 'broken.txt')}: invalid UTF-8 (at byte 1)`,
      `${join(root, 'loop')}: skipped (folder already read (symbolic link loop))`,
      `${join(root, 'notes')}: article`,
    ],
  );
  assert.equal(articleOf(results[2]).title, 'Upper');
});

test('the same folder read twice gives the same ids in the same order', async () => {
  const first = await read([fixture('')]);
  const second = await read([fixture('')]);
  assert.deepEqual(lines(first), lines(second));
  assert.ok(first.some((r) => r.kind === 'article'));
});

test('standard input is sniffed: text, HTML, JSON Lines, feeds', async () => {
  const text = await read(['-'], { stdin: stdin('Title Line\n\n', 'Body of the text.\r\n') });
  assert.equal(articleOf(text[0]).title, 'Title Line');
  assert.deepEqual(articleOf(text[0]).origin, { path: 'stdin' });
  const html = await read(['-'], { stdin: stdin('<html><body><p>From a page.</p></body></html>') });
  assert.equal(articleOf(html[0]).text, 'From a page.');
  const jsonl = await read(['-'], { stdin: stdin('{"text": "One."}\n{"text": "Two."}\n') });
  assert.deepEqual(
    jsonl.map((r) => articleOf(r).origin),
    [
      { path: 'stdin', line: 1 },
      { path: 'stdin', line: 2 },
    ],
  );
  const feed = await read(['-'], {
    stdin: stdin('<rss><channel><item><description>Fed.</description></item></channel></rss>'),
  });
  assert.equal(articleOf(feed[0]).text, 'Fed.');
});

test('standard input: empty, binary, too large, read twice', async () => {
  assert.deepEqual(lines(await read(['-'], { stdin: stdin() })), ['stdin: empty input']);
  assert.deepEqual(lines(await read(['-'], { stdin: stdin(Uint8Array.from([0, 1, 2])) })), [
    'stdin: binary file (contains NUL bytes), not text',
  ]);
  assert.deepEqual(
    lines(await read(['-'], { stdin: stdin('a'.repeat(600), 'b'.repeat(600)), maxBytes: 1024 })),
    ['stdin: too large (over the 1 KB limit)'],
  );
  const twice = await read(['-', '-'], { stdin: stdin('Words.') });
  assert.deepEqual(lines(twice).slice(1), ['stdin: standard input was already read']);
  assert.deepEqual(lines(await read(['-'], { stdin: stdin('{"a": 1,\n "b": 2}') })), [
    "stdin: a JSON document, not JSON Lines (one object per line): convert it, e.g. jq -c '.[]'",
  ]);
});

test('the published option applies to every input; a bad one throws at the call', async () => {
  const results = await read([fixture('plain.txt'), fixture('feed.rss')], {
    published: 'Fri, 01 Mar 2024 00:00:00 GMT',
  });
  for (const r of results.filter((r) => r.kind === 'article')) {
    assert.equal(r.article.published, '2024-03-01');
    assert.equal(r.article.publishedSource, 'option');
  }
  assert.throws(() => readInputs(['x'], { published: 'soon' }), DyadError);
  assert.throws(() => readInputs(['x'], { published: 'soon' }), /--published: unrecognised date "soon"/);
  assert.throws(() => readInputs(['x'], { maxBytes: 0 }), DyadError);
  assert.throws(() => readInputs(['x'], { mapping: { body: 'text' } as never }), DyadError);
});
