/**
 * A hostile act a party says it may take if a condition is (not) met is a threat (CAMEO 13x):
 * "X may cut aid to Y if Y does not ...", "X could halt its mediation unless ...". The manual
 * codes a threat as a threat whatever its tense; a hedged act without a condition stays
 * hypothetical (not an event of the default views).
 */
import type { Token } from '../core/types.js';
import type { VerbFrame } from './parse/structure.js';

const HEDGES = new Set(['may', 'might', 'could', 'would']);
const CONDITIONS = new Set(['if', 'unless']);
const BREAKS = new Set([';', ':', '.', 'but']);

/**
 * True when the frame is a hedged material-conflict act (roots 14–20, 16x sanctions included)
 * followed in its clause by an "if"/"unless" condition.
 */
export function isConditionalThreat(
  tokens: readonly Token[],
  frame: VerbFrame,
  code: string,
  from: number,
  sentenceEnd: number,
): boolean {
  if (code.slice(0, 2) < '14' || !frame.auxiliaries.some((a) => HEDGES.has(a))) return false;
  for (let k = from; k < sentenceEnd; k++) {
    const w = tokens[k]!.norm.toLowerCase();
    if (CONDITIONS.has(w)) return true;
    if (BREAKS.has(w)) return false;
  }
  return false;
}
