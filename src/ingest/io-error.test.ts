import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeIoError } from './io-error.js';

const failure = (code: string): Error => Object.assign(new Error(`${code}: raw message`), { code });

test('file errors read as one short reason', () => {
  assert.equal(describeIoError(failure('ENOENT')), 'no such file or directory');
  assert.equal(describeIoError(failure('EACCES')), 'permission denied');
  assert.equal(describeIoError(failure('EPERM')), 'permission denied');
  assert.equal(describeIoError(failure('ENOTDIR')), 'a part of the path is not a directory');
  assert.equal(describeIoError(failure('EWHATEVER')), 'cannot read (EWHATEVER)');
  assert.equal(describeIoError(new Error('first line\nsecond line')), 'cannot read (first line)');
  assert.equal(describeIoError('plain'), 'cannot read (plain)');
});
