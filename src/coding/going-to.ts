/**
 * "Be going to": "they are going to stop the ships" states what they will do; the verb after
 * "to" is the act (its infinitive frame is already read as future). CAMEO.2.0.txt's GO_SOMEWHERE
 * block codes "going" itself 040 ("consult"), a journey to no one. Going somewhere ("was going to
 * Moscow") keeps its code: only "going" + "to" + a verb (adverbs between) is the future marker.
 */
import type { Token } from '../core/types.js';
import type { VerbFrame } from './parse/structure.js';

const BE = new Set(['am', 'is', 'are', 'was', 'were', "'s", "'re", "'m", 'be', 'been', 'being']);

/** True when the frame's verb is the "going" of "be going to <verb>". */
export function isGoingToFuture(tokens: readonly Token[], frame: VerbFrame): boolean {
  const head = tokens[frame.head];
  if (head?.norm !== 'going') return false;
  let be = false;
  for (let t = frame.group.start; t < frame.head; t++) if (BE.has(tokens[t]!.norm)) be = true;
  if (!be || tokens[frame.head + 1]?.norm !== 'to') return false;
  let k = frame.head + 2;
  while (tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX';
}
