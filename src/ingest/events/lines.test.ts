import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { compressionOf, lineSplitter, MAX_LINE_LENGTH, readSourceLines, type SourceLine } from './lines.js';
import { linesWithFailure } from './source.js';
import { tempFile } from './testing/collect.js';

async function lines(path: string): Promise<SourceLine[]> {
  const out: SourceLine[] = [];
  for await (const line of readSourceLines(path)) out.push(line);
  return out;
}

test('plain text: CRLF, a BOM and a missing final newline are handled', async () => {
  const path = tempFile('a.tsv', '\uFEFFone\r\ntwo\n\nthree');
  const got = await lines(path);
  assert.deepEqual(
    got.map((l) => [l.line, l.text]),
    [
      [1, 'one'],
      [2, 'two'],
      [3, ''],
      [4, 'three'],
    ],
  );
  assert.ok(got.every((l) => l.file === path));
});

test('gzip is recognised by its bytes, whatever the name, and concatenated members are read', async () => {
  const data = Buffer.concat([gzipSync('α\tβ\n'), gzipSync('γ\n')]);
  const got = await lines(tempFile('events.CSV', data));
  assert.deepEqual(
    got.map((l) => l.text),
    ['α\tβ', 'γ'],
  );
});

test('zip members are read in order, each numbered from line 1 and named archive!member', async () => {
  const zip = zipSync({
    'first.csv': strToU8('a\nb\n'),
    'dir/': new Uint8Array(0),
    'second.csv': strToU8('c'),
  });
  const path = tempFile('x.zip', zip);
  const got = await lines(path);
  assert.deepEqual(
    got.map((l) => [l.file, l.line, l.text]),
    [
      [`${path}!first.csv`, 1, 'a'],
      [`${path}!first.csv`, 2, 'b'],
      [`${path}!second.csv`, 1, 'c'],
    ],
  );
});

test('multi-byte characters split across chunks decode intact', async () => {
  const text = `${'x'.repeat(256 * 1024 - 1)}é\nfin\n`;
  const got = await lines(tempFile('big.txt', text));
  assert.equal(got.length, 2);
  assert.equal(got[0]?.text.endsWith('xé'), true);
});

test('the splitter: lines split across chunks, invalid bytes, a BOM only at the start, long lines cut', () => {
  const split = lineSplitter();
  const bytes = Buffer.from('\uFEFFnaïve\tok\r\nplain\n\uFEFFkept\nhalf', 'utf8');
  const got = [
    ...split.push(bytes.subarray(0, 5)),
    ...split.push(bytes.subarray(5, 9)),
    ...split.push(bytes.subarray(9)),
    ...split.push(Buffer.from([0x20, 0xff, 0xfe, 0x0a])),
    ...split.end(),
  ];
  assert.deepEqual(got, ['naïve\tok', 'plain', '\uFEFFkept', 'half \uFFFD\uFFFD']);
  assert.deepEqual(lineSplitter().end(), []);
  const long = lineSplitter();
  assert.deepEqual(
    long.push(Buffer.alloc(MAX_LINE_LENGTH + 1, 0x61)).map((l) => l.length),
    [MAX_LINE_LENGTH + 1],
  );
  assert.deepEqual(long.push(Buffer.from('b\n')), ['b']);
});

test('a truncated gzip ends with a failure item after the lines it could read', async () => {
  const full = gzipSync(
    Buffer.from(Array.from({ length: 5000 }, (_, i) => `line ${i} ${'y'.repeat(50)}`).join('\n')),
  );
  const path = tempFile('cut.gz', full.subarray(0, Math.floor(full.length / 2)));
  const items = [];
  for await (const batch of linesWithFailure(path)) items.push(...batch);
  const last = items[items.length - 1];
  assert.ok(last && 'failure' in last, 'ends with a failure');
  assert.ok(items.length > 10);
});

test('compression is told from magic bytes only', () => {
  assert.equal(compressionOf(new Uint8Array([0x1f, 0x8b, 8, 0])), 'gzip');
  assert.equal(compressionOf(new Uint8Array([0x50, 0x4b, 3, 4])), 'zip');
  assert.equal(compressionOf(new Uint8Array([0x50, 0x4b])), 'none');
  assert.equal(compressionOf(new Uint8Array([])), 'none');
});
