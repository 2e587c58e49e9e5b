import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { matchBefore, tokenBefore } from './context.js';

/** The pattern tokenBefore stands for (see its comment). */
const TOKEN_BEFORE = /(?:^|[ \u00a0\n\t])([^ \u00a0\n\t]+)[ \u00a0]+$/u;

test('tokenBefore finds what its pattern finds, at every position of fuzzed text', () => {
  const pieces = ['a', 'No.', 'Boeing', ' ', '  ', '\u00a0', '\n', '\t', '\r', '\u2009', '5', ',', '😀', 'é'];
  const check = (text: string, window: number): void => {
    for (let position = 0; position <= text.length; position++) {
      const expected = matchBefore(TOKEN_BEFORE, text, position, window);
      const actual = tokenBefore(text, position, window);
      const label = `${JSON.stringify(text)} at ${position}, window ${window}`;
      assert.deepEqual(
        actual,
        expected ? { start: expected.start, whole: expected.match[0], token: expected.match[1] } : null,
        label,
      );
    }
  };
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...pieces), { maxLength: 14 }),
      fc.integer({ min: 1, max: 12 }),
      (parts, window) => check(parts.join(''), window),
    ),
    { numRuns: 4000 },
  );
  check('Resolution 2334', 40);
  check(' x ', 40);
});
