import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleCase } from './format.js';

test('dictionary names in capitals read as names', () => {
  assert.equal(titleCase('MINISTRY OF FINANCE'), 'Ministry of Finance');
  assert.equal(titleCase('THE US'), 'The US');
  assert.equal(titleCase('INDUSTRY (UNITED STATES)'), 'Industry (United States)');
  assert.equal(titleCase('XI JINPING'), 'Xi Jinping');
  assert.equal(titleCase('JEAN-CLAUDE JUNCKER'), 'Jean-Claude Juncker');
  assert.equal(titleCase('OF MICE AND MEN'), 'Of Mice and Men');
});
