import type { Modality, Token } from '../core/types.js';
import type { VerbFrame } from './parse/structure.js';
import { itemAt } from '../core/bounded.js';

/**
 * The modality of a verb frame:
 *   negated       "did not sign", "never met", "refused"? (no: refusal is CAMEO 12x itself)
 *   hypothetical  conditional clauses ("if", "unless"), embedded questions ("whether"),
 *                 could/might/may, and obligations (must/should)
 *   future        will/shall, "is going to", "is about to", "is to", "plans to";
 *                 "would" in reported speech ("said it would")
 *   asserted      otherwise
 * Appeals are not a modality: CAMEO codes them 02x.
 */
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'wo']);
/** Possibility and obligation ("must extradite") describe no act that happened. */
const HYPOTHETICAL_AUX = new Set(['could', 'might', 'may', 'must', 'should', 'ought']);
const INTENT_GOVERNORS = new Set(['plan', 'intend', 'aim', 'expect', 'prepare', 'schedule', 'set']);

/**
 * "will see whether the administration can force him", "decide whether to attack": a clause
 * opened by "whether" asks a question; it reports no act.
 */
function embeddedQuestion(tokens: readonly Token[], frame: VerbFrame): boolean {
  const start = Math.min(frame.preStart, frame.group.start);
  const before = tokens[start - 1]?.norm;
  return before === 'whether' || (before === 'to' && itemAt(tokens, start - 2)?.norm === 'whether');
}

export function frameModality(
  tokens: readonly Token[],
  frame: VerbFrame,
  governor: VerbFrame | null,
): Modality {
  if (frame.negated) return 'negated';
  if (frame.conditional || embeddedQuestion(tokens, frame)) return 'hypothetical';
  const aux = frame.auxiliaries;
  if (aux.some((a) => HYPOTHETICAL_AUX.has(a))) return 'hypothetical';
  if (aux.some((a) => FUTURE_AUX.has(a))) return 'future';
  if (aux.includes('would') || aux.includes("'d")) return governor ? 'future' : 'hypothetical';
  if (governor && frame.relation === 'infinitive') {
    const lemma = tokens[governor.head]?.lemma ?? '';
    if (governor.negated) return 'negated';
    if (INTENT_GOVERNORS.has(lemma)) return 'future';
    // "is about to", "is going to", "is to"
    const before = tokens[frame.group.start - 2]?.norm;
    if (before === 'about' || lemma === 'go' || (lemma === 'be' && before !== 'able')) return 'future';
    if (governor.auxiliaries.some((a) => FUTURE_AUX.has(a))) return 'future';
  }
  return 'asserted';
}
