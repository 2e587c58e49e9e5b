import type { ActorMention, ActorRef } from './types.js';

/**
 * `m` with a new rule, reason and actor, written as a literal with the reader's field order (not
 * as `{ ...m, rule, reason, actor }`): an object spread gets a hidden class of V8's that changes as
 * the spread's inline cache warms up, and every function reading mentions was then compiled again
 * for each new one. Written out, a revised mention has the class every actor mention has.
 */
export function reviseActorMention(
  m: ActorMention,
  rule: string,
  reason: string,
  actor: ActorRef,
): ActorMention {
  const { text, start, end, sentence, entry, form } = m;
  return entry === undefined
    ? { kind: 'actor', text, start, end, sentence, rule, reason, actor, form }
    : { kind: 'actor', text, start, end, sentence, rule, entry, reason, actor, form };
}
