/**
 * The content of a claim: "dismissed accusations (that) it is getting weapons", "denied reports
 * that troops had crossed the border", "amid fears the army will attack". A clause right after a
 * noun of claim, report or rumour is what someone says or fears, not an act the article reports
 * as done: its verb is not coded (the verb governing the noun, "dismissed accusations" 016, still
 * is).
 */
import type { Token } from '../core/types.js';
import type { VerbFrame } from './parse/structure.js';

const CLAIM_NOUNS = new Set([
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'claim',
  'claims',
  'report',
  'reports',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'charge',
  'charges',
  'speculation',
  'suggestion',
  'suggestions',
  'fear',
  'fears',
  'suspicion',
  'suspicions',
]);

/** True when the frame's clause is the content of a claim noun just before it. */
export function isClaimContent(tokens: readonly Token[], frame: VerbFrame): boolean {
  if (frame.relation === 'infinitive' || frame.relation === 'coordinated' || frame.relation === 'relative')
    return false;
  const start = frame.subject ? frame.subject.start : frame.group.start;
  let k = start - 1;
  if (tokens[k]?.norm === 'that') k--;
  const noun = tokens[k];
  return noun !== undefined && noun.pos === 'NOUN' && CLAIM_NOUNS.has(noun.norm) && frame.subject !== null;
}
