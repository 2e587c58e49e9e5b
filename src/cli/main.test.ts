import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildProgram } from './main.js';

test('the program is named dyad and has a version', () => {
  const program = buildProgram();
  assert.equal(program.name(), 'dyad');
  assert.equal(program.version(), '0.1.0');
});
