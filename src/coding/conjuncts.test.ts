import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e));
}

test('a bare verb coordinated with an infinitive is framed by the infinitive’s governor', () => {
  // "suspend" is a threat, as "close" is, not an act of yielding (080)
  assert.deepEqual(
    coded('In past disputes, Ankara has threatened to close or suspend U.S. operations at the base.'),
    ['130 TURGOV > USA'],
  );
});

test('a verb after a complement clause keeps its own relation', () => {
  // "urged" is not framed by "warned" through "is": no threat against the UK's government
  const events = coded(
    'The British army chief warned that the UK is on a collision course with Russia and urged the government to rearm.',
  );
  assert.ok(
    events.every((e) => !e.startsWith('13')),
    events.join('; '),
  );
});
