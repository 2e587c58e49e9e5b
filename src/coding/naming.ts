/**
 * "Call" as naming, not telephoning. CAMEO.2.0.txt's CALL block codes a call 041 ("discuss by
 * telephone") when none of its patterns fires, and it names a few characterisations itself
 * ("called it a powder keg" 012, "called X a partner" 013). Any other "call X <name>" ("called
 * Canada one of the highest tariffing nations", "called the subsidies 'unbearable'", "what it
 * called resistance workers") characterises X; it is no telephone call, and the coder cannot
 * tell praise from criticism without a pattern, so it codes nothing.
 */
import type { Token } from '../core/types.js';
import type { VerbFrame } from './parse/structure.js';

const QUOTE = /^["“”'‘’«»]$/u;
/** Parts of speech that start the name given to the object ("a threat", "one of", "unbearable"). */
const NAME_START = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/**
 * True when `frame` is "call" used to name its object: a second phrase or a quotation follows
 * the object (not a date: "called Xi Tuesday"), or a free relative names it ("what it called X").
 */
export function isNamingCall(
  tokens: readonly Token[],
  frame: VerbFrame,
  isDateAt: (token: number) => boolean,
): boolean {
  if (tokens[frame.head]?.lemma !== 'call' || frame.passive || frame.object === null) return false;
  const before = tokens[Math.min(frame.preStart, frame.group.start) - 1];
  if (before?.norm === 'what') return true;
  // (a quotation inside the object: the parse joins "Chinese subsidies "unbearable"" into one phrase)
  for (let t = frame.object.start + 1; t < frame.object.end; t++)
    if (QUOTE.test(tokens[t]!.text)) return true;
  const end = frame.object.end;
  const after = tokens[end];
  if (!after || isDateAt(end)) return false;
  return QUOTE.test(after.text) || NAME_START.has(after.pos);
}
