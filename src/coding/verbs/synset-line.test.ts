import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSynsetLabel, parseSynsetMember } from './synset-line.js';
import { parseTransformationLine } from './transformation-line.js';

test('synset labels: trailing _ suppresses plurals; the name is normalised', () => {
  const label = parseSynsetLabel('&AUXVERB1_');
  assert.ok(label.ok);
  assert.deepEqual(label.value, { label: '&AUXVERB1_', name: 'AUXVERB1', noPlurals: true });
  const plain = parseSynsetLabel('&currency');
  assert.ok(plain.ok && plain.value.name === 'CURRENCY' && !plain.value.noPlurals);
  assert.equal(parseSynsetLabel('&TWO WORDS').ok, false);
  assert.equal(parseSynsetLabel('&').ok, false);
});

test('synset members: words, phrases with _ or spaces, trailing _', () => {
  assert.deepEqual(parseSynsetMember('+PRIME_MINISTER'), {
    ok: true,
    value: { kind: 'words', text: 'PRIME MINISTER', words: ['PRIME', 'MINISTER'], noPlural: false },
  });
  assert.deepEqual(parseSynsetMember('+YUM YENNYEN '), {
    ok: true,
    value: { kind: 'words', text: 'YUM YENNYEN', words: ['YUM', 'YENNYEN'], noPlural: false },
  });
  const noPlural = parseSynsetMember('+CASH_');
  assert.ok(noPlural.ok && noPlural.value.kind === 'words' && noPlural.value.noPlural);
  const odd = parseSynsetMember('+F/A-18_FIGHTER_JET');
  assert.ok(odd.ok && odd.value.kind === 'words' && odd.value.words[0] === 'F/A-18');
  assert.ok(parseSynsetMember("+PA'ANGA").ok);
});

test('synset members: nested synsets and prepositional phrases', () => {
  assert.deepEqual(parseSynsetMember('+&TIETYPES'), {
    ok: true,
    value: { kind: 'synset', text: '&TIETYPES', ref: 'TIETYPES' },
  });
  const prep = parseSynsetMember('+(TO THE DEATH)');
  assert.ok(prep.ok && prep.value.kind === 'prep' && prep.value.prep.objects.length === 2);
});

test('bad synset members are rejected', () => {
  for (const bad of ['+', '+ _', '+A%B', '+&', '+(TO']) assert.equal(parseSynsetMember(bad).ok, false, bad);
});

test('transformations: nested events, slots, verbs, result', () => {
  const t = parseTransformationLine('~ a (b . ATTACK) SAY = a b 112', 'f:1');
  assert.ok(t.ok);
  assert.deepEqual(t.value.pattern, {
    source: { kind: 'var', name: 'a' },
    target: { source: { kind: 'var', name: 'b' }, target: { kind: 'none' }, verb: ['ATTACK'] },
    verb: ['SAY'],
  });
  assert.deepEqual(t.value.result, {
    source: { kind: 'var', name: 'a' },
    target: { kind: 'var', name: 'b' },
    code: '112',
  });
  assert.equal(t.value.id, 'f:1');
  const q = parseTransformationLine('~ a (a b Q) SAY = a b Q', 'f:2');
  assert.ok(q.ok && q.value.result.code === null);
  const any = parseTransformationLine('~ a (_ b ATTACK) WANT = a b 138', 'f:3');
  assert.ok(any.ok);
  const compound = parseTransformationLine('~ a (a b WILL_ATTACK ) SAY = a b 138', 'f:4');
  assert.ok(compound.ok);
  assert.deepEqual((compound.value.pattern.target as { verb: readonly string[] }).verb, ['WILL', 'ATTACK']);
});

test('bad transformations are rejected', () => {
  const bad: [string, RegExp][] = [
    ['~ a (a b ATTACK) SAY', /exactly one '='/],
    ['~ a (a b ATTACK SAY = a b 015', /not closed|expected/],
    ['~ a (a b ATTACK) SAY = a c 015', /variable 'c'/],
    ['~ a (a b ATTACK) SAY = a b 15x', /not a CAMEO code/],
    ['~ a (a b ATTACK) SAY = a b', /source target code/],
    ['~ A (a b ATTACK) SAY = a b 015', /actor slot/],
    ['~ a (a b attack) SAY = a b 015', /expected a verb/],
    ['~ a (a b ATTACK) SAY extra = a b 015', /unexpected/],
  ];
  for (const [line, reason] of bad) {
    const result = parseTransformationLine(line, 'f:1');
    assert.equal(result.ok, false, line);
    if (!result.ok) assert.match(result.problem, reason, line);
  }
});
