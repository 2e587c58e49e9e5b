import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2024-01-01').map((e) => summarize(e));
}

test('what a speaker says is no target of the statement', () => {
  // the subject of the reported clause, read as the object of "said"
  assert.deepEqual(coded('A Dutch minister said Canberra reached the decision last week.'), []);
  assert.deepEqual(coded('A Dutch analyst said neither Germany nor France has much to gain.'), []);
  // an actor inside the object of "said"
  assert.deepEqual(
    coded('The Dutch foreign minister said the first group of Belgian traders arrived in Rotterdam in 1950.'),
    [],
  );
});

test('an addressee, and verbs that code more than a statement, still give targets', () => {
  assert.deepEqual(
    coded(
      'The Dutch foreign minister said in a speech to the Belgian parliament that the border would stay open.',
    ),
    ['010 NLDGOV > BELLEG'],
  );
  assert.deepEqual(coded('The Dutch foreign minister expressed concern about Belgium.'), [
    '012 NLDGOV > BEL',
  ]);
  assert.deepEqual(coded('The Dutch prime minister criticized Norway.'), ['111 NLDGOV > NOR']);
  // a statement that another party must act still demands it of that party (clause-rules.ts)
  assert.deepEqual(coded('The Polish foreign minister said Germany must keep talking with Moscow.'), [
    '106 POLGOV > DEU',
  ]);
});

test('what a text mentions is no target of it', () => {
  assert.deepEqual(coded('The Norwegian report does not mention Sweden by name.'), []);
});
