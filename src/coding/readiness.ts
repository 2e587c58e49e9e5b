/**
 * "X must be ready to mediate", "Y should be prepared to withdraw": a copula with an adjective of
 * readiness only carries the infinitive it governs. Combining verbs skip it, so the statement
 * that governs the copula frames the infinitive ("said that the US must be ready to mediate" is
 * a demand of the US, 10x), and the copula's modal and subject are the infinitive's.
 */
import type { Token } from '../core/types.js';
import { isCopula } from './constructions.js';
import type { VerbFrame } from './parse/structure.js';

const READY = new Set(['ready', 'willing', 'prepared', 'able', 'eager', 'obliged']);

/** The readiness copula governing an infinitive frame, when there is one. */
export function readinessCopula(
  tokens: readonly Token[],
  frames: readonly VerbFrame[],
  frame: VerbFrame,
): VerbFrame | null {
  if (frame.relation !== 'infinitive' || frame.governor === null) return null;
  const gov = frames[frame.governor];
  if (!gov || gov.governor === null || !isCopula(tokens, gov)) return null;
  const head = gov.object?.members[0]?.np.head;
  return head !== undefined && READY.has(tokens[head]!.norm.toLowerCase()) ? gov : null;
}
