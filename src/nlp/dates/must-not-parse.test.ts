import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { recognizeDates } from './recognize.js';

const FILE = fileURLToPath(new URL('./must-not-parse.txt', import.meta.url));
const REFERENCE = '2023-12-07';

const lines = readFileSync(FILE, 'utf8')
  .split('\n')
  .map((line, i) => ({ line: line.trim(), number: i + 1 }))
  .filter(({ line }) => line.length > 0 && !line.startsWith('#'));

test('the must-not-parse file is not empty', () => {
  assert.ok(lines.length >= 40);
});

for (const { line, number } of lines) {
  test(`must-not-parse.txt:${number}: ${line}`, () => {
    for (const reference of [REFERENCE, null]) {
      const found = recognizeDates(line, [{ index: 0, start: 0, end: line.length }], reference);
      assert.deepEqual(
        found.map((m) => `${m.text} (${m.rule})`),
        [],
        `reference ${reference ?? 'null'}`,
      );
    }
  });
}
