/**
 * A journey made for a purpose is that purpose: "will visit Mauritania and Senegal to mediate"
 * is an offer to mediate (039), "sent a team to Bosnia to investigate" an investigation (09x).
 * The manual codes the act the visit or deployment serves (045 "mediate", 09 "investigate"),
 * with the places or parties the journey reaches as its targets; the journey itself is not
 * coded separately.
 */
import type { Token } from '../core/types.js';
import { rootOf } from './ontology.js';
import type { VerbFrame } from './parse/structure.js';

/** Verbs of going or sending somewhere. */
const JOURNEYS = new Set(['send', 'dispatch', 'despatch', 'deploy', 'visit', 'travel', 'fly', 'go', 'come']);

/** Codes a journey has when nothing more specific is known: a visit, a deployment, a dispatch. */
const JOURNEY_ROOTS = new Set(['04', '06', '15']);
/** CAMEO.2.0.txt codes sending a team or a delegation as intent to meet (036). */
const JOURNEY_CODES = new Set(['036']);

/**
 * Whether a purpose act (mediation 045, investigation 09x) replaces the journey that governs it;
 * a journey with a specific code of its own ("dispatched inspectors" 0862) keeps it.
 */
export function isJourneyPurpose(
  tokens: readonly Token[],
  journey: VerbFrame,
  journeyCode: string,
  purpose: VerbFrame,
  purposeCode: string,
): boolean {
  if (!JOURNEY_ROOTS.has(rootOf(journeyCode)) && !JOURNEY_CODES.has(journeyCode)) return false;
  if (purpose.relation !== 'infinitive' || purpose.governor !== journey.index) return false;
  if (purposeCode !== '045' && rootOf(purposeCode) !== '09') return false;
  return JOURNEYS.has(tokens[journey.head]?.lemma ?? '');
}
