import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

/** "code SOURCE:person > TARGET:person" per event. */
function persons(text: string): string[] {
  return code(text, '2024-10-03').map((e) => summarize(e, { persons: true }));
}

test('an actor naming a dictionary person carries that person, also by surname and pronoun', () => {
  assert.deepEqual(persons('Chinese President Xi Jinping criticized the United States on Tuesday.'), [
    '111 CHNGOV:XI JINPING > USA:-',
  ]);
  assert.deepEqual(persons('Xi Jinping spoke at length on Monday. Later, Xi praised Belarus.'), [
    '051 CHNGOV:XI JINPING > BLR:-',
  ]);
});

test('a title before a name no dictionary knows: the person is that name', () => {
  assert.deepEqual(persons('German Economy Minister Hildegard Brenner criticized Austria on Monday.'), [
    '111 DEUGOV:HILDEGARD BRENNER > AUT:-',
  ]);
});

test('countries, capitals and offices name no person', () => {
  assert.deepEqual(persons('The German economy minister criticized Austria on Monday.'), [
    '111 DEUGOV:- > AUT:-',
  ]);
  assert.deepEqual(persons('Berlin criticized Vienna on Monday.'), ['111 DEUGOV:- > AUTGOV:-']);
});

test('"the president" is the last president named, not the article\'s main country', () => {
  const text =
    'Ukraine and Ukrainian officials welcomed the talks. President Donald Trump met Ukrainian officials on Monday. ' +
    'Ukraine thanked its partners. The president later criticized Russia.';
  assert.deepEqual(persons(text).at(-1), '111 USAGOV:DONALD TRUMP > RUS:-');
  // with no president named before, the role noun stays with the article's main country
  assert.deepEqual(
    persons('Ukraine and Ukrainian officials welcomed the talks. The president later criticized Russia.').at(
      -1,
    ),
    '111 UKRGOV:- > RUS:-',
  );
});

test('a lower-case rank word between a body and an unknown name: the person is the name', () => {
  assert.deepEqual(
    persons('Islamic Revolutionary Guard Corps general Esmail Qaani criticized the United States on Monday.'),
    ['111 IRNMILMUS:ESMAIL QAANI > USA:-'],
  );
});

test('bare "lawmakers" are those of the last country named with them, not the main country', () => {
  const text =
    'Ukraine and Ukrainian officials welcomed the ceasefire. U.S. lawmakers met Ukrainian officials on Monday. ' +
    'Ukraine thanked its partners. Lawmakers later criticized Russia.';
  assert.deepEqual(persons(text).at(-1), '111 USALEG:- > RUS:-');
  // with none named before, they stay with the article's main country
  assert.deepEqual(
    persons('Ukraine and Ukrainian officials welcomed the ceasefire. Lawmakers later criticized Russia.').at(
      -1,
    ),
    '111 UKRLEG:- > RUS:-',
  );
});
