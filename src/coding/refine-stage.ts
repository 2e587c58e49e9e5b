import { mapPacked } from '../core/packed.js';
import type { EventActor } from '../core/types.js';
import { accusedAct, accusedCode } from './accusations.js';
import { hasCoded } from './actors.js';
import { attitudeTargets, isAttitude } from './attitude.js';
import { reviseCandidate, type FrameState } from './candidate.js';
import { protestFor, PURPOSE_ROOTS } from './clause-rules.js';
import { sharedGovernance } from './conjuncts.js';
import { contentOfGroup, framedCode } from './content-nouns.js';
import { contentOf, frameCode, frameOf, rootOf } from './ontology.js';
import type { VerbFrame } from './parse/structure.js';
import { phraseAim, purposeAim } from './protest-aims.js';
import { rejectedRequestCode } from './request-content.js';
import { meaning, placeActors, type CoderSetup, type SentenceScope } from './scope.js';
import { isJourneyPurpose } from './travel-purpose.js';

/** Codes of verbs that frame another verb's meaning ("said", "urged", "pledged", "refused"). */
export const FRAMING_ROOTS = new Set(['01', '02', '03', '10', '12', '13']);

/**
 * Stage 2a: candidates refined by the frames around them, in this order (each reads what the
 * ones before it left): addressees of framing verbs, rejected requests, framed content, protest
 * purposes and aims, accusations, journeys with a purpose, attitudes.
 */
export function refineCandidates(s: SentenceScope, setup: CoderSetup, state: FrameState): void {
  addressFramingVerbs(s, state);
  rejectRequests(s, setup, state);
  frameContent(s, setup, state);
  protestPurposes(s, setup, state);
  protestAims(s, setup, state);
  accusations(s, state);
  journeyPurposes(s, state);
  attitudes(s, state);
}

/** A frame code that says nothing of its content yet (020, 030, 100, 120, or "material" 021...). */
function isGenericFrame(code: string): boolean {
  const frame = frameOf(code);
  return frame !== null && (code === frameCode(frame, 'coop') || code === frameCode(frame, 'material'));
}

/**
 * A framing verb without an object addresses the subject of the clause it governs:
 * "demanded that the DPRK forsake ..." -> the DPRK.
 */
function addressFramingVerbs(s: SentenceScope, state: FrameState): void {
  const { candidates } = state;
  for (const frame of s.structure.frames) {
    if (frame.governor === null || (frame.relation !== 'complement' && frame.relation !== 'infinitive'))
      continue;
    const gov = candidates.get(frame.governor);
    if (!gov || hasCoded(gov.targets)) continue;
    // ("allowed that Mordor isn't ..." -> Mordor, when that clause codes nothing itself)
    const framing = FRAMING_ROOTS.has(rootOf(gov.code)) && rootOf(gov.code) !== '01';
    if (!framing && candidates.has(frame.index)) continue;
    const own = new Set(mapPacked(gov.sources, (a) => a.code));
    // a statement ("said that ...") is about the relation it names, not about any subject
    let addressee =
      rootOf(gov.code) === '01'
        ? []
        : (state.resolvedSubjects.get(frame.index) ?? []).filter((a) => a.code !== null && !own.has(a.code));
    // "said that relations with China had reached ...": the phrase qualifying the subject
    if (addressee.length === 0) addressee = qualifyingParty(s, frame, own);
    // "rejected a call for its forces to be deployed in East Timor": when the governed clause
    // codes nothing itself, a frame is about the party or place that clause names
    if (addressee.length === 0 && framing && frame.relation === 'infinitive' && !candidates.has(frame.index))
      addressee = namedInClause(s, frame, own);
    if (addressee.length > 0) candidates.set(gov.frame.index, reviseCandidate(gov, { targets: addressee }));
  }
}

/** The party a "with" or "between" phrase before the verb names ("relations with China"). */
function qualifyingParty(s: SentenceScope, frame: VerbFrame, own: ReadonlySet<string | null>): EventActor[] {
  for (const pp of frame.prePhrases) {
    if (pp.prep !== 'with' && pp.prep !== 'between') continue;
    const found = meaning(s, pp.object).filter((a) => a.code !== null && !own.has(a.code));
    if (found.length > 0) return found;
  }
  return [];
}

/** The party, else the place, the first phrase of a clause names. */
function namedInClause(s: SentenceScope, frame: VerbFrame, own: ReadonlySet<string | null>): EventActor[] {
  for (const pp of frame.phrases) {
    const named = meaning(s, pp.object).filter((a) => a.code !== null && !own.has(a.code));
    const found = named.length > 0 ? named : placeActors(s, pp.object).filter((a) => !own.has(a.code));
    if (found.length > 0) return found;
  }
  return [];
}

/** Rejecting a request rejects its content: "rejected a proposal for a truce" -> 1246. */
function rejectRequests(s: SentenceScope, setup: CoderSetup, state: FrameState): void {
  for (const c of [...state.candidates.values()]) {
    const r = rejectedRequestCode(s.tokens, s.structure, c.frame, c.code, setup.contentNouns);
    if (r)
      state.candidates.set(
        c.frame.index,
        reviseCandidate(c, { code: r.code, ruleId: `${c.ruleId}+${r.id}` }),
      );
  }
}

/**
 * A framing verb whose governed clause codes nothing takes that clause's content from its
 * object noun: "promised to continue military aid to Mozambique" -> 0332.
 */
function frameContent(s: SentenceScope, setup: CoderSetup, state: FrameState): void {
  const { candidates } = state;
  for (const frame of s.structure.frames) {
    if (frame.governor === null || candidates.has(frame.index)) continue;
    if (frame.relation !== 'complement' && frame.relation !== 'infinitive') continue;
    const gov = candidates.get(frame.governor);
    if (!gov || !isGenericFrame(gov.code)) continue;
    const found = contentOfGroup(s.tokens, frame.object, setup.contentNouns);
    const refined = framedCode(frameOf, gov.code, found);
    if (!refined) continue;
    let targets = gov.targets;
    if (!hasCoded(targets)) {
      for (const pp of frame.phrases) {
        const actors = meaning(s, pp.object).filter((a) => a.code !== null);
        if (actors.length > 0) {
          targets = actors;
          break;
        }
      }
    }
    candidates.set(
      gov.frame.index,
      reviseCandidate(gov, { code: refined, targets, ruleId: `${gov.ruleId}+${found!.id}` }),
    );
  }
}

/**
 * A protest's purpose is part of it: "began a hunger strike to demand the return of land" is
 * the hunger strike (14x), not a second event; the party the demand names is the one protested
 * against, the reform it asks for the protest's sub-code.
 */
function protestPurposes(s: SentenceScope, setup: CoderSetup, state: FrameState): void {
  const { candidates } = state;
  for (const c of [...candidates.values()]) {
    const gov = c.frame.governor === null ? undefined : candidates.get(c.frame.governor);
    if (!gov || rootOf(gov.code) !== '14' || c.frame.relation !== 'infinitive') continue;
    if (!PURPOSE_ROOTS.has(rootOf(c.code))) continue;
    candidates.delete(c.frame.index);
    const aim = [
      contentOf(c.code),
      contentOfGroup(s.tokens, c.frame.object, setup.contentNouns)?.content,
      purposeAim(s.tokens, s.structure.frames, c.frame, setup.contentNouns),
    ];
    candidates.set(
      gov.frame.index,
      reviseCandidate(gov, {
        code: protestFor(gov.code, aim.find((a) => a?.startsWith('reform')) ?? null),
        targets: !hasCoded(gov.targets) && hasCoded(c.targets) ? c.targets : gov.targets,
      }),
    );
  }
}

/** "organized a strike in protest of the arrest of activists": the phrase names the aim. */
function protestAims(s: SentenceScope, setup: CoderSetup, state: FrameState): void {
  for (const c of [...state.candidates.values()]) {
    if (rootOf(c.code) !== '14' || c.code.length > 3) continue;
    const refined = protestFor(c.code, phraseAim(s.tokens, s.structure.frames, c.frame, setup.contentNouns));
    if (refined !== c.code) state.candidates.set(c.frame.index, reviseCandidate(c, { code: refined }));
  }
}

/**
 * An accusation takes its sub-code from the act it alleges ("accused Eritrea of attacking
 * border villages" -> 1123); the alleged act is no event of its own.
 */
function accusations(s: SentenceScope, state: FrameState): void {
  const { candidates } = state;
  for (const c of [...candidates.values()]) {
    if (rootOf(c.code) !== '11') continue;
    const act = accusedAct(s.tokens, s.structure.frames, c.frame);
    if (!act) continue;
    const lower = act.frame ? candidates.get(act.frame.index) : undefined;
    const refined = accusedCode(act.stems, lower?.code ?? null);
    if (act.frame) candidates.delete(act.frame.index);
    if (refined)
      candidates.set(c.frame.index, reviseCandidate(c, { code: refined, ruleId: `${c.ruleId}~accused` }));
  }
}

/** A journey made to mediate or investigate is that act ("will visit B and C to mediate" -> 039 to B and C). */
function journeyPurposes(s: SentenceScope, state: FrameState): void {
  const { candidates } = state;
  for (const c of [...candidates.values()]) {
    const gov = c.frame.governor === null ? undefined : candidates.get(c.frame.governor);
    if (!gov || !isJourneyPurpose(s.tokens, gov.frame, gov.code, c.frame, c.code)) continue;
    candidates.delete(c.frame.index);
    candidates.set(
      gov.frame.index,
      reviseCandidate(gov, { code: c.code, ruleId: `${gov.ruleId}+${c.ruleId}~purpose` }),
    );
  }
}

/**
 * A hope, a doubt, a policy option or a denial is the event; the act its clause names is not
 * coded ("hopes that Moscow will send troops" -> 013; attitude.ts).
 */
function attitudes(s: SentenceScope, state: FrameState): void {
  const { candidates } = state;
  for (const c of [...candidates.values()]) {
    const shared = sharedGovernance(s.tokens, s.structure.frames, c.frame);
    if (shared.governor === null || shared.relation !== 'complement') continue;
    const gov = candidates.get(shared.governor);
    // (a verb with an object of its own, "denies Iran's involvement, tells ...", is about that object)
    if (!gov || !isAttitude(gov.code) || gov.frame.object !== null) continue;
    candidates.delete(c.frame.index);
    if (!hasCoded(gov.targets))
      candidates.set(gov.frame.index, reviseCandidate(gov, { targets: attitudeTargets(gov.sources, c) }));
  }
}
