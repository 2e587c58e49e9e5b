import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseVerbLine, verbLineForms } from './verb-line.js';
import type { ParsedVerbLine } from './verb-line.js';

function parsed(content: string): ParsedVerbLine {
  const result = parseVerbLine(content);
  assert.ok(result.ok, `expected '${content}' to parse: ${result.ok ? '' : result.problem}`);
  return result.verb;
}

const formTexts = (content: string): string[] => verbLineForms(parsed(content)).map((f) => f.text);

test('a single verb gets its base and regular forms', () => {
  const verb = parsed('VISIT');
  assert.deepEqual(verb.phrase, { words: ['VISIT'], verbIndex: 0 });
  assert.equal(verb.irregular, null);
  assert.equal(verb.code, null);
  const forms = verbLineForms(verb);
  assert.deepEqual(forms[0], { text: 'VISIT', words: ['VISIT'], verbIndex: 0, kind: 'base' });
  assert.ok(forms.some((f) => f.text === 'VISITED' && f.kind === 'regular' && f.rule === 'ed'));
});

test('irregular forms replace generation; {} leaves only the base', () => {
  assert.deepEqual(formTexts('SAY {SAYS SAID SAYING}'), ['SAY', 'SAYS', 'SAID', 'SAYING']);
  assert.deepEqual(formTexts('BREAK { BROKE BROKEN  }'), ['BREAK', 'BROKE', 'BROKEN']);
  assert.deepEqual(formTexts('+ANGERED_BY {}'), ['ANGERED BY']);
  assert.ok(verbLineForms(parsed('SAY {SAID}')).every((f) => f.kind !== 'regular'));
});

test('own codes, with or without a space, and after the forms', () => {
  assert.equal(parsed('ASK     [020]').code?.text, '020');
  assert.equal(parsed('RECONVENE[---]').code?.text, '---');
  assert.deepEqual(parsed('SPY {SPIES SPIED SPYING}[090]').code, {
    active: '090',
    passive: '090',
    text: '090',
  });
  assert.equal(parsed('CONFER {CONFERS CONFERRED CONFERRING } [040:040]').code?.passive, '040');
});

test('multi-word verbs: + marks the verb word, first or last; forms inflect that word', () => {
  const first = parsed('+COME_AFTER {+COMES_AFTER +CAME_AFTER +COMING_AFTER}');
  assert.deepEqual(first.phrase, { words: ['COME', 'AFTER'], verbIndex: 0 });
  assert.deepEqual(
    verbLineForms(first).map((f) => [f.text, f.verbIndex]),
    [
      ['COME AFTER', 0],
      ['COMES AFTER', 0],
      ['CAME AFTER', 0],
      ['COMING AFTER', 0],
    ],
  );
  const last = parsed('WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}');
  assert.deepEqual(last.phrase, { words: ['WIRE', 'TAP'], verbIndex: 1 });
  const generated = formTexts('+ROUND_UP');
  assert.ok(generated.includes('ROUNDED UP'));
  assert.ok(generated.includes('ROUNDS UP'));
  assert.ok(generated.includes('ROUNDING UP'));
  assert.deepEqual(parsed('+GET_HOLD_OF').phrase.words, ['GET', 'HOLD', 'OF']);
});

test('commas between irregular forms are separators', () => {
  assert.deepEqual(formTexts('+IS_DETERMINED {+WAS_DETERMINED , +BE_DETERMINED , +ARE_DETERMINED} [030]'), [
    'IS DETERMINED',
    'WAS DETERMINED',
    'BE DETERMINED',
    'ARE DETERMINED',
  ]);
});

test('lower case is read as upper case', () => {
  assert.deepEqual(parsed('visit').phrase.words, ['VISIT']);
});

test('a + on a one-word verb is ignored with a warning', () => {
  const verb = parsed('+ATTACK');
  assert.deepEqual(verb.phrase.words, ['ATTACK']);
  assert.equal(verb.warnings.length, 1);
});

test('malformed verb lines are rejected with a reason', () => {
  const bad: [string, RegExp][] = [
    ['COME_AFTER', /no '\+'/],
    ['+A_+B', /more than one '\+'/],
    ['BRING BROUGHT', /several words/],
    ['SAY {SAID', /'\}' without '\{'|without/],
    ['SAY SAID}', /without '\{'/],
    ['SAY [010', /without '\['|'\]'/],
    ['SAY [01A]', /not a CAMEO code/],
    ['SAY [010] X', /text after the code/],
    ['+COME_AFTER {CAME}', /must be multi-word/],
    ['SAY {+SAID_IT}', /must be one word/],
    ['A__B', /empty word/],
    ['[010]', /no verb/],
    ['SA%Y', /not a word/],
  ];
  for (const [line, reason] of bad) {
    const result = parseVerbLine(line);
    assert.equal(result.ok, false, line);
    if (!result.ok) assert.match(result.problem, reason, line);
  }
});
