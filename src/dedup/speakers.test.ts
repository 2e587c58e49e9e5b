import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compatible } from './compatible.js';
import { compareSpeakers, speakers } from './speakers.js';
import { actor, report } from './testing.js';
import type { DedupActor } from './types.js';

const person = (code: string, name: string): DedupActor => ({ ...actor(code), person: name });
const statement = (sources: DedupActor[]) =>
  report({ root: '01', code: '012', reciprocal: false, sources, targets: [actor('ROH')] });

test('two named persons of one side speaking about the same party the same day made two statements', () => {
  const v = compatible(statement([person('GONGOV', 'DENETHOR')]), statement([person('GONGOV', 'FARAMIR')]));
  assert.equal(v.ok, false);
  assert.equal(v.actors.ok, true);
  assert.equal(v.speakers.text, 'different persons acted: DENETHOR and FARAMIR');
});

test('the same person, or a report naming no person, still merges', () => {
  assert.equal(
    compatible(statement([person('GONGOV', 'DENETHOR')]), statement([person('GON', 'DENETHOR')])).ok,
    true,
  );
  const anonymous = compatible(statement([person('GONGOV', 'DENETHOR')]), statement([actor('GONGOV')]));
  assert.equal(anonymous.ok, true);
  assert.equal(anonymous.speakers.text, 'only one names the person who acted (DENETHOR)');
  // one shared speaker among several is enough
  assert.equal(
    compareSpeakers(
      statement([person('GONGOV', 'DENETHOR'), person('ROHGOV', 'THEODEN')]),
      statement([person('ROHGOV', 'THEODEN')]),
    ).ok,
    true,
  );
});

test('a meeting counts the persons on both sides: "A met B" and "B met A" are one meeting', () => {
  const aMetB = report({
    root: '04',
    reciprocal: false,
    sources: [person('GONGOV', 'ARAGORN')],
    targets: [person('ROHGOV', 'EOMER')],
  });
  const bMetA = report({
    root: '04',
    reciprocal: false,
    sources: [person('ROHGOV', 'EOMER')],
    targets: [person('GONGOV', 'ARAGORN')],
  });
  assert.deepEqual(speakers(aMetB), ['ARAGORN', 'EOMER']);
  assert.equal(compatible(aMetB, bMetA).speakers.ok, true);
});

test('material acts are not compared by person: "the steward ordered strikes" and "the captain struck"', () => {
  const strike = (name: string) =>
    report({
      root: '19',
      code: '190',
      reciprocal: false,
      sources: [person('GONMIL', name)],
      targets: [actor('ARN')],
    });
  const v = compatible(strike('DENETHOR'), strike('FARAMIR'));
  assert.deepEqual(speakers(strike('DENETHOR')), []);
  assert.equal(v.speakers.ok, true);
  assert.equal(v.ok, true);
});
