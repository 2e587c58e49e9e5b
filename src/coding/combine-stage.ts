import type { EventActor, Token } from '../core/types.js';
import { hasCoded } from './actors.js';
import { reviseCandidate, type Candidate, type FrameState } from './candidate.js';
import { conditionParty, DEMAND_NOS, framedModality, obligedParty } from './clause-rules.js';
import { sharedGovernance } from './conjuncts.js';
import { startsWithPronoun } from './frame-subjects.js';
import { combineCodes, rootOf } from './ontology.js';
import type { VerbFrame } from './parse/structure.js';
import { readinessCopula } from './readiness.js';
import { FRAMING_ROOTS } from './refine-stage.js';
import type { SentenceScope } from './scope.js';

/** Material acts (cooperation 06–09, conflict 15–20): done by someone, never by a thing. */
const MATERIAL_ROOTS = new Set(['06', '07', '08', '09', '15', '16', '17', '18', '19', '20']);

/**
 * True when a clause's own subject is a noun phrase naming no actor at all ("excessive
 * internet use", "the talks"), not a pronoun, and the verb is active (a passive subject is
 * the one acted on).
 */
function thingDoes(
  tokens: readonly Token[],
  frame: VerbFrame,
  subjects: readonly EventActor[] | undefined,
): boolean {
  return (
    frame.subject !== null &&
    !frame.passive &&
    !startsWithPronoun(tokens, frame.subject) &&
    (subjects ?? []).length === 0
  );
}

/**
 * Stage 2b–2c: verbs that frame another verb combine with it ("urged B to help C" -> 023; the
 * framing verb is then no event of its own), and a threat is made to the party its condition
 * names. Returns the candidates that become events, in frame order.
 */
export function combineFrames(s: SentenceScope, state: FrameState): Candidate[] {
  const { candidates } = state;
  const consumed = new Set<number>();
  const finals: Candidate[] = [];
  for (const c of candidates.values()) {
    const combined = combineWithGovernor(s, state, c);
    if (combined === 'dropped') continue;
    if (combined === null) {
      finals.push(c);
      continue;
    }
    consumed.add(combined.governor);
    finals.push(combined.candidate);
  }
  for (const g of candidates.values()) {
    if (consumed.has(g.frame.index)) {
      const i = finals.findIndex((f) => f === g);
      if (i >= 0) finals.splice(i, 1);
    }
  }
  // a threat is made to the party its condition names: "threatened to strike unless Israel
  // rescinded the annexation" -> Israel
  for (let k = 0; k < finals.length; k++) {
    const f = finals[k]!;
    if (rootOf(f.code) !== '13' || hasCoded(f.targets)) continue;
    const party = conditionParty(s.structure.frames, f.frame, f.sources, state.resolvedSubjects);
    if (party.length > 0) finals[k] = reviseCandidate(f, { targets: party });
  }
  return finals;
}

/**
 * A candidate combined with the framing verb governing it: null when no framing verb governs
 * it (it stands as it is), 'dropped' when it is no act of the speaker's.
 */
function combineWithGovernor(
  s: SentenceScope,
  state: FrameState,
  c: Candidate,
): { candidate: Candidate; governor: number } | 'dropped' | null {
  const { candidates, resolvedSubjects } = state;
  const tokens = s.tokens;
  const frames = s.structure.frames;
  // ("said the US must be ready to mediate": a readiness copula passes its infinitive up; readiness.ts)
  const ready =
    c.frame.governor !== null && !candidates.has(c.frame.governor)
      ? readinessCopula(tokens, frames, c.frame)
      : null;
  // ("threatened to close or suspend X": a coordinated verb is framed as its first conjunct is)
  const shared = sharedGovernance(tokens, frames, c.frame);
  const govIndex = ready ? ready.governor : shared.governor;
  const gov = govIndex === null ? undefined : candidates.get(govIndex);
  if (!gov || (shared.relation !== 'infinitive' && shared.relation !== 'complement')) return null;
  const govRoot = rootOf(gov.code);
  if (!FRAMING_ROOTS.has(govRoot)) return null;
  // "warned that excessive internet use is hurting children": a material act whose clause
  // names its own doer, a thing rather than an actor, is no act of the speaker's; the
  // framing verb stays an event of its own
  if (MATERIAL_ROOTS.has(rootOf(c.code)) && thingDoes(tokens, c.frame, resolvedSubjects.get(c.frame.index)))
    return 'dropped';
  const governor = gov.frame.index;
  // "Russia said that Sudan must return the helicopter": a statement that another party
  // is obliged to act demands it of that party (10x, the act as its content)
  const lower = ready ? { frame: ready } : c;
  const obliged = govRoot === '01' ? obligedParty(lower, resolvedSubjects.get(lower.frame.index), gov) : null;
  if (obliged) {
    return {
      governor,
      candidate: reviseCandidate(c, {
        code: combineCodes(DEMAND_NOS, c.code),
        sources: gov.sources,
        targets: obliged,
        ruleId: `${gov.ruleId}+${c.ruleId}~obligation`,
        modality: gov.modality,
      }),
    };
  }
  const combined = combineCodes(gov.code, c.code);
  const lowerSources = hasCoded(c.sources) ? c.sources : gov.sources;
  // an appeal or demand is addressed to the governing verb's object ("urged Bree to ...")
  const addressed = (govRoot === '02' || govRoot === '10') && hasCoded(gov.targets);
  return {
    governor,
    candidate: reviseCandidate(c, {
      code: govRoot === '01' ? c.code : combined,
      sources: govRoot === '01' ? lowerSources : gov.sources,
      targets: addressed ? gov.targets : hasCoded(c.targets) ? c.targets : gov.targets,
      ruleId: govRoot === '01' ? c.ruleId : `${gov.ruleId}+${c.ruleId}`,
      modality: framedModality(govRoot, gov.modality, c),
    }),
  };
}
