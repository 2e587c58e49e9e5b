import type { EventActor, Modality } from '../core/types.js';
import type { VerbFrame } from './parse/structure.js';
import type { PatternMatch } from './patterns.js';
import type { VerbHit } from './verb-lookup.js';

/** A verb frame coded, before frames are combined ("urged B to help C") and made events. */
export interface Candidate {
  readonly frame: VerbFrame;
  readonly hit: VerbHit;
  readonly code: string;
  readonly match: PatternMatch | null;
  readonly ruleId: string;
  readonly sources: readonly EventActor[];
  readonly targets: readonly EventActor[];
  readonly modality: Modality;
}

/** What a revision of a candidate changes; a field left out keeps its value. */
export interface CandidateRevision {
  readonly code?: string;
  readonly ruleId?: string;
  readonly sources?: readonly EventActor[];
  readonly targets?: readonly EventActor[];
  readonly modality?: Modality;
}

/**
 * `c` with the fields of `r` changed, written as a literal in the field order every candidate
 * has, not as `{ ...c, code }`: a spread object gets a hidden class of V8's that changes as the
 * spread warms up, and the stages reading candidates were compiled again at each (see
 * event-actor.ts).
 */
export function reviseCandidate(c: Candidate, r: CandidateRevision): Candidate {
  return {
    frame: c.frame,
    hit: c.hit,
    code: r.code ?? c.code,
    match: c.match,
    ruleId: r.ruleId ?? c.ruleId,
    sources: r.sources ?? c.sources,
    targets: r.targets ?? c.targets,
    modality: r.modality ?? c.modality,
  };
}

/** Why the coder decided, per verb frame, for `dyad explain`. */
export interface FrameTrace {
  readonly verb: string;
  readonly relation: VerbFrame['relation'];
  readonly form: string | null;
  readonly block: string | null;
  readonly patternsTried: number;
  readonly pattern: { readonly id: string; readonly text: string; readonly score: number } | null;
  readonly code: string | null;
  readonly codeWhy: string;
  readonly subject: string;
  readonly object: string;
  readonly sources: readonly EventActor[];
  readonly targets: readonly EventActor[];
  readonly modality: Modality;
  readonly outcome: string;
}

/**
 * What stage 1 (each frame on its own) leaves for the later stages of one sentence: the
 * candidates by frame index, the actors each frame's subject was resolved to, each frame's
 * modality, and the traces. The maps are the sentence's working set, filled frame by frame
 * in order (a frame reads what the frames before it resolved).
 */
export interface FrameState {
  readonly candidates: Map<number, Candidate>;
  readonly resolvedSubjects: Map<number, EventActor[]>;
  readonly modalities: Map<number, Modality>;
  readonly traces: FrameTrace[];
}
