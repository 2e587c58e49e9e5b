import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodedEvent, Designation, Fact } from '../core/types.js';
import type { ScorableDesignation, ScorableEvent, ScorableFact } from './types.js';

// Compile-time checks: the records the pipeline produces can be scored as they are.
const asEvent = (x: CodedEvent): ScorableEvent => x;
const asFact = (x: Fact): ScorableFact => x;
const asDesignation = (x: Designation): ScorableDesignation => x;

test("the pipeline's CodedEvent, Fact and Designation fit the scorer's input types", () => {
  assert.equal(typeof asEvent, 'function');
  assert.equal(typeof asFact, 'function');
  assert.equal(typeof asDesignation, 'function');
});
