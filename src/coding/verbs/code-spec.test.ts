import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codesOf, parseCodeSpec } from './code-spec.js';

function ok(text: string): { active: string | null; passive: string | null; text: string } {
  const parsed = parseCodeSpec(text);
  assert.ok(parsed.ok, `expected ${text} to parse`);
  return parsed.code;
}

test('a plain code applies in both voices', () => {
  assert.deepEqual(ok('042'), { active: '042', passive: '042', text: '042' });
  assert.deepEqual(ok(' 1722 '), { active: '1722', passive: '1722', text: '1722' });
});

test('active:passive, empty active, and --- are read', () => {
  assert.deepEqual(ok('042:043'), { active: '042', passive: '043', text: '042:043' });
  assert.deepEqual(ok(':173'), { active: null, passive: '173', text: ':173' });
  assert.deepEqual(ok('---'), { active: null, passive: null, text: '---' });
  assert.deepEqual(ok('---:043'), { active: null, passive: '043', text: ':043' });
  assert.deepEqual(ok('050:---'), { active: '050', passive: null, text: '050:---' });
});

test('a stray ! after the digits is dropped with a warning', () => {
  const parsed = parseCodeSpec('080!');
  assert.ok(parsed.ok);
  assert.equal(parsed.code.active, '080');
  assert.match(parsed.warning ?? '', /stray '!'/);
});

test('codes that are not 3-4 digits are rejected', () => {
  for (const bad of ['075A', '102b', '+++', 'xxy', '', '12', '12345', '1:2:3', '042:']) {
    assert.equal(parseCodeSpec(bad).ok, false, bad);
  }
});

test('codesOf lists the distinct codes', () => {
  assert.deepEqual(codesOf(ok('042:043')), ['042', '043']);
  assert.deepEqual(codesOf(ok('050:050')), ['050']);
  assert.deepEqual(codesOf(ok('---')), []);
});
