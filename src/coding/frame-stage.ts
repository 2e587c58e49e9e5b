import { mapPacked } from '../core/packed.js';
import type { EventActor, Modality } from '../core/types.js';
import { hasCoded } from './actors.js';
import type { Candidate, FrameState } from './candidate.js';
import { protestFor } from './clause-rules.js';
import { copularHead, isCopula } from './constructions.js';
import { frameMode, frameSubjects } from './frame-subjects.js';
import { frameModality } from './modality.js';
import { groupAt } from './groups-at.js';
import { nominalProtest } from './nominal-protest.js';
import type { VerbFrame } from './parse/structure.js';
import { reformOfGroup } from './protest-aims.js';
import { meaning, placeActors, type CoderSetup, type SentenceScope } from './scope.js';
import { verbCandidate } from './verb-candidate.js';
import { traceBase } from './frame-trace.js';
import type { VerbHit } from './verb-lookup.js';

/**
 * Stage 1: each verb frame on its own, in order: its subject's actors (frame-subjects.ts), its
 * modality, then the first of: a protest noun as subject, a copular construction, a verb of the
 * verb dictionary with its best pattern (verb-candidate.ts).
 */
export function codeFrames(s: SentenceScope, setup: CoderSetup): FrameState {
  const state: FrameState = {
    candidates: new Map(),
    resolvedSubjects: new Map(),
    modalities: new Map(),
    traces: [],
  };
  for (const frame of s.structure.frames) codeFrame(s, setup, state, frame);
  return state;
}

function codeFrame(s: SentenceScope, setup: CoderSetup, state: FrameState, frame: VerbFrame): void {
  const governor = frame.governor === null ? null : (s.structure.frames[frame.governor] ?? null);
  const subjectActors = frameSubjects(s, state, frame, governor);
  state.resolvedSubjects.set(frame.index, subjectActors);
  const modality = frameMode(s, state, frame, governor);
  state.modalities.set(frame.index, modality);
  if (protestCandidate(s, setup, state, frame, modality)) return;
  const hit = s.verbHits[frame.index] ?? null;
  if (!hit && isCopula(s.tokens, frame) && copularCandidate(s, setup, state, frame, subjectActors, modality))
    return;
  if (!hit) {
    if (s.tracing)
      state.traces.push({
        ...traceBase(s, frame, modality),
        form: null,
        block: null,
        patternsTried: 0,
        pattern: null,
        code: null,
        codeWhy: 'not in the verb dictionary',
        sources: subjectActors,
        targets: meaning(s, frame.object),
        outcome: 'no event',
      });
    return;
  }
  // (the object's actors only where a verb may take them: most frames code nothing)
  verbCandidate(s, setup, state, frame, hit, subjectActors, meaning(s, frame.object), modality);
}

/** "<people> riots against <target> continue": the protest noun is the event (nominal-protest.ts). */
function protestCandidate(
  s: SentenceScope,
  setup: CoderSetup,
  state: FrameState,
  frame: VerbFrame,
  modality: Modality,
): boolean {
  const protest = nominalProtest(s.tokens, frame, (g) => meaning(s, g));
  if (!protest) return false;
  const code = protestFor(protest.code, reformOfGroup(s.tokens, protest.against, setup.contentNouns));
  const hit: VerbHit = { refs: [], token: protest.noun, start: protest.noun, end: protest.noun + 1 };
  const candidate: Candidate = {
    frame,
    hit,
    code,
    match: null,
    ruleId: 'construction:nominal-protest',
    sources: protest.sources,
    targets: protest.targets,
    modality,
  };
  addConstruction(
    s,
    state,
    candidate,
    modality,
    s.tokens[protest.noun]!.text,
    'construction: a protest noun with "against <actor>" as subject is the protest itself',
  );
  return true;
}

/** A copular construction coded as a candidate, when the copula makes one. */
function copularCandidate(
  s: SentenceScope,
  setup: CoderSetup,
  state: FrameState,
  frame: VerbFrame,
  subjectActors: EventActor[],
  modality: Modality,
): boolean {
  const copular = copularEvent(s, setup, frame, subjectActors);
  if (!copular) return false;
  addConstruction(s, state, copular.candidate, modality, s.tokens[frame.head]!.text, copular.why);
  return true;
}

/**
 * Records the candidate of a construction (no verb pattern) and, when tracing, why; the trace
 * shows the frame's `modality`.
 */
function addConstruction(
  s: SentenceScope,
  state: FrameState,
  candidate: Candidate,
  modality: Modality,
  form: string,
  why: string,
): void {
  state.candidates.set(candidate.frame.index, candidate);
  if (s.tracing)
    state.traces.push({
      ...traceBase(s, candidate.frame, modality),
      form,
      block: null,
      patternsTried: 0,
      pattern: null,
      code: candidate.code,
      codeWhy: why,
      sources: candidate.sources,
      targets: candidate.targets,
      outcome: 'candidate',
    });
}

/** "X was in <place abroad>" (a visit) or "X was one of the supporters of Y" (data/coding/copular.tsv). */
function copularEvent(
  s: SentenceScope,
  setup: CoderSetup,
  frame: VerbFrame,
  subjectActors: EventActor[],
): { candidate: Candidate; why: string } | null {
  if (!hasCoded(subjectActors)) return null;
  const tokens = s.tokens;
  const hit: VerbHit = { refs: [], token: frame.head, start: frame.group.start, end: frame.group.end };
  const modality = frameModality(tokens, frame, null);
  const candidate = (code: string, ruleId: string, targets: readonly EventActor[]): Candidate => ({
    frame,
    hit,
    code,
    match: null,
    ruleId,
    sources: subjectActors,
    targets,
    modality,
  });
  const own = new Set(mapPacked(subjectActors, (a) => a.country));
  const person = subjectActors.some((a) => a.sector === 'GOV' || a.sector === 'MIL');
  for (const pp of frame.phrases) {
    if (!person || (pp.prep !== 'in' && pp.prep !== 'at')) continue;
    const reached = placeActors(s, pp.object).filter((a) => !own.has(a.country));
    if (reached.length > 0) {
      return {
        candidate: candidate('042', 'construction:presence', reached),
        why: 'construction: "X was in <a place abroad>" is a visit (042)',
      };
    }
  }
  const found = copularHead(tokens, frame, setup.copular);
  if (!found) return null;
  const targets = meaning(s, groupAt(frame, [], found.partyAt)).filter((a) => !own.has(a.country));
  if (!hasCoded(targets)) return null;
  return {
    candidate: candidate(found.head.code, found.head.id, targets),
    why: `construction: "X is ... ${found.head.head} of Y" (${found.head.id})`,
  };
}
