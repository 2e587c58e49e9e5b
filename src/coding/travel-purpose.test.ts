import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../core/types.js';
import type { VerbFrame } from './parse/structure.js';
import { isJourneyPurpose } from './travel-purpose.js';

const tok = (lemma: string): Token => ({ lemma }) as unknown as Token;
const frame = (index: number, head: number, relation: string, governor: number | null): VerbFrame =>
  ({ index, head, relation, governor }) as unknown as VerbFrame;

test('isJourneyPurpose: a mediation or investigation an infinitive of a journey verb serves', () => {
  const tokens = [tok('visit'), tok('mediate'), tok('sign')];
  const visit = frame(0, 0, 'main', null);
  assert.equal(isJourneyPurpose(tokens, visit, '042', frame(1, 1, 'infinitive', 0), '045'), true);
  assert.equal(isJourneyPurpose(tokens, visit, '042', frame(1, 1, 'infinitive', 0), '090'), true);
  // another purpose, or a clause not governed by the journey
  assert.equal(isJourneyPurpose(tokens, visit, '042', frame(1, 2, 'infinitive', 0), '057'), false);
  assert.equal(isJourneyPurpose(tokens, visit, '042', frame(1, 1, 'complement', 0), '045'), false);
  // a journey with a specific code of its own keeps it
  assert.equal(isJourneyPurpose(tokens, visit, '0862', frame(1, 1, 'infinitive', 0), '090'), false);
  const sign = frame(0, 2, 'main', null);
  assert.equal(isJourneyPurpose(tokens, sign, '057', frame(1, 1, 'infinitive', 0), '045'), false);
});
