import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDiscardFile } from './discard-file.js';
import { buildDiscardList } from './discards.js';
import { loadDictionaries } from './load.js';
import { toks } from './test-tokens.js';

test('discards: sentence and story scope, stems unless the phrase ends with _', () => {
  const r = parseDiscardFile('# c\nCHAMPION\n+World Golf Championships   # pas\nGROUP A_\n+\n', 'd.txt');
  assert.deepEqual(r.errors, ['d.txt:5: empty discard phrase']);
  const d = buildDiscardList([r.value]);
  const found = (s: string): string[] =>
    d.find(toks(s).norms).map((m) => `${m.entry.phrase}:${m.entry.scope}:${m.entry.id}`);
  assert.deepEqual(found('the championship final'), ['CHAMPION:sentence:d.txt:2']);
  assert.deepEqual(found('at the world golf championships today'), [
    'World Golf Championships:story:d.txt:3',
    'CHAMPION:sentence:d.txt:2',
  ]);
  assert.deepEqual(found('in group A'), ['GROUP A:sentence:d.txt:4']);
  assert.deepEqual(found('in group Alpha'), []);
  assert.deepEqual(found('the minister met her counterpart'), []);
});

test("Phoenix's discard list loads with its story-level entries", () => {
  const { discards } = loadDictionaries();
  assert.ok(discards.entries.length > 400);
  assert.ok(discards.entries.some((e) => e.scope === 'story'));
  assert.ok(discards.find(toks('Manchester United won').norms).some((m) => m.entry.scope === 'story'));
  assert.deepEqual(discards.find(toks('Belarus and China signed an agreement').norms), []);
});
