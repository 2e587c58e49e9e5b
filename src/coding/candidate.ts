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
