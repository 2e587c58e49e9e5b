import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/testing/shared.js';
import { cameoNames, nameOf, sentenceCase } from './cameo-table.js';

const tsv = [
  '# comment\twith\ttabs',
  'code\tlevel\troot\tname\tdescription',
  '04\t1\t04\tCONSULT\t',
  '042\t2\t04\tMake a visit\tTravel to another location.',
  '0110\t3\t01\t\tno name',
  'x1\t2\t01\tBad code\t',
].join('\n');

test('cameoNames reads code and name by header, in sentence case for the upper-case roots', () => {
  assert.deepEqual(cameoNames(tsv), { '04': 'Consult', '042': 'Make a visit' });
  assert.deepEqual(cameoNames('code\tother\n04\tx'), {});
  assert.deepEqual(cameoNames(''), {});
});

test('nameOf falls back to the parent code', () => {
  const names = cameoNames(tsv);
  assert.equal(nameOf(names, '042'), 'Make a visit');
  assert.equal(nameOf(names, '0421'), 'Make a visit');
  assert.equal(nameOf(names, '043'), 'Consult');
  assert.equal(nameOf(names, '19'), null);
  assert.equal(nameOf(names, null), null);
});

test('sentenceCase leaves mixed case alone', () => {
  assert.equal(sentenceCase('MAKE PUBLIC STATEMENT'), 'Make public statement');
  assert.equal(sentenceCase('Make a visit'), 'Make a visit');
});

test('data/cameo/codes.tsv names every root 01..20', () => {
  const names = cameoNames(readFileSync(join(projectRoot, 'data', 'cameo', 'codes.tsv'), 'utf8'));
  for (let r = 1; r <= 20; r++) assert.ok(names[String(r).padStart(2, '0')], `root ${r}`);
});
