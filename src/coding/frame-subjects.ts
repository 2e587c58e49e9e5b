import { mapPacked } from '../core/packed.js';
import type { EventActor, Modality, Token } from '../core/types.js';
import { hasCoded } from './actors.js';
import type { FrameState } from './candidate.js';
import { isCopula } from './constructions.js';
import { reviseActor } from './event-actor.js';
import { frameModality } from './modality.js';
import type { NounGroup, VerbFrame } from './parse/structure.js';
import { agreesInPerson, isCollectivePronoun, isPersonPronoun } from './pronoun-person.js';
import { meaning, type SentenceScope } from './scope.js';

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'we', 'our']);

export function startsWithPronoun(tokens: readonly Token[], group: NounGroup | null): boolean {
  const first = group ? tokens[group.start] : undefined;
  return first !== undefined && PRONOUNS.has(first.norm);
}

/**
 * The actors a frame's subject stands for, given what the frames before it resolved:
 * - a pronoun heading a governed clause is the governing verb's subject, of the same person
 *   ("Switzerland said it had expelled...", "agreed that their countries should..."; "they ...,
 *   we consider" is not "they": pronoun-person.ts);
 * - "he" or "she" heading a reported clause is its speaker when the speaker is a named person,
 *   even where another person is more salient ("Rubio said he hopes ..."), and "it" likewise a
 *   speaking country or organisation ("Israel claims it was targeting ...");
 * - a relative clause qualifying "one of ..." after a copula has the copula's subject
 *   ("Belarus was one of 53 countries that supported ...").
 */
export function frameSubjects(
  s: SentenceScope,
  state: FrameState,
  frame: VerbFrame,
  governor: VerbFrame | null,
): EventActor[] {
  const tokens = s.tokens;
  // (a reported clause's subject may be what the report is about: "warned that the war in
  // Congo could spread" is aimed at Congo)
  let subjectActors = meaning(s, frame.subject, frame.relation === 'complement' ? 'any' : 'subject');
  const speakers = governor ? (state.resolvedSubjects.get(governor.index) ?? []) : [];
  const speakerFirst =
    governor !== null &&
    frame.relation === 'complement' &&
    ((isPersonPronoun(tokens, frame.subject) && speakers.some((a) => a.person !== undefined)) ||
      (isCollectivePronoun(tokens, frame.subject) &&
        speakers.length > 0 &&
        speakers.every((a) => a.code !== null && a.person === undefined)));
  if (
    (speakerFirst || !hasCoded(subjectActors)) &&
    governor &&
    startsWithPronoun(tokens, frame.subject) &&
    agreesInPerson(tokens, frame.subject, governor.subject)
  ) {
    const inherited = state.resolvedSubjects.get(governor.index) ?? [];
    if (hasCoded(inherited))
      subjectActors = mapPacked(inherited, (a) =>
        reviseActor(a, { via: a.via ?? `subject of "${tokens[governor.head]!.text}"` }),
      );
  }
  if (!hasCoded(subjectActors) && frame.relation === 'relative' && frame.subject) {
    const owner = copulaOwner(s, state, frame, frame.subject);
    if (hasCoded(owner))
      subjectActors = mapPacked(owner, (a) =>
        reviseActor(a, { via: a.via ?? 'one of the group it belongs to' }),
      );
  }
  return subjectActors;
}

/** The subject of an earlier copula whose object "one of ..." holds the relative clause's subject. */
function copulaOwner(
  s: SentenceScope,
  state: FrameState,
  frame: VerbFrame,
  subject: NounGroup,
): EventActor[] {
  const copula = s.structure.frames.find(
    (f) =>
      f.index < frame.index &&
      isCopula(s.tokens, f) &&
      f.object !== null &&
      f.object.start <= subject.start &&
      subject.end <= f.object.end &&
      s.tokens[f.object.members[0]!.np.head]?.norm === 'one',
  );
  return copula ? (state.resolvedSubjects.get(copula.index) ?? []) : [];
}

/**
 * A frame's modality. An infinitive carries on its governor's mode ("is willing to send troops
 * to help defend X" promises the defence too), and so does a verb coordinated with no auxiliary
 * or subject of its own ("will seize and destroy", "did not arrest or detain").
 */
export function frameMode(
  s: SentenceScope,
  state: FrameState,
  frame: VerbFrame,
  governor: VerbFrame | null,
): Modality {
  const own = frameModality(s.tokens, frame, governor);
  const above = governor ? state.modalities.get(governor.index) : undefined;
  const sharesMode =
    frame.relation === 'infinitive' ||
    (frame.relation === 'coordinated' && frame.auxiliaries.length === 0 && frame.subjectFrom !== 'local');
  return own === 'asserted' && sharesMode && above !== undefined && above !== 'asserted' ? above : own;
}
