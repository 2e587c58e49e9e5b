import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentLines, lineCount } from './lines.js';

test('comments: # and ; end the line, blank lines are dropped, line numbers kept', () => {
  const { lines } = contentLines('# header\n\nSAY  # jw 1991\nRIP {RIPS};shan 7/11/93\n   \n- * AID [070]\n');
  assert.deepEqual(lines, [
    { line: 3, content: 'SAY', comment: 'jw 1991' },
    { line: 4, content: 'RIP {RIPS}', comment: 'shan 7/11/93' },
    { line: 6, content: '- * AID [070]', comment: null },
  ]);
});

test('XML comments on one line and across lines are removed', () => {
  const { lines, unclosedComment } = contentLines('A <!-- x --> B\n<!-- start\nmiddle\nend --> C\nD');
  assert.deepEqual(
    lines.map((l) => [l.line, l.content]),
    [
      [1, 'A  B'],
      [4, 'C'],
      [5, 'D'],
    ],
  );
  assert.equal(unclosedComment, null);
});

test('an unclosed XML comment is reported with the line it opened on', () => {
  const { lines, unclosedComment } = contentLines('A\n<!-- never\nB\n');
  assert.deepEqual(
    lines.map((l) => l.content),
    ['A'],
  );
  assert.equal(unclosedComment, 2);
});

test('CRLF and CR line ends count as line ends', () => {
  assert.deepEqual(
    contentLines('A\r\nB\rC').lines.map((l) => l.line),
    [1, 2, 3],
  );
  assert.equal(lineCount('A\nB\n'), 2);
  assert.equal(lineCount('A\nB'), 2);
  assert.equal(lineCount(''), 0);
});
