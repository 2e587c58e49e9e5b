/**
 * Coordinated infinitives share what governs their first conjunct. "Ankara threatened to close
 * or suspend U.S. operations": the parse gives "suspend" as coordinated with "close", and
 * "close" as the infinitive of "threatened"; the threat governs both verbs, so "suspend" is
 * framed by it as "close" is. Without this a coordinated verb escapes its frame and is coded as
 * an act done (CAMEO's usage notes code an announced hostile act as the threat, 13x, not as the
 * act).
 *
 * Only a bare verb after an infinitive is shared ("to close or suspend"). A verb after a
 * complement clause is ambiguous ("warned that the UK is on a collision course and urged the
 * government to ..." coordinates "urged" with "warned", not with "is"), and a finite verb
 * ("to close it and then said") starts a clause of its own: both keep their own relation.
 */
import type { Token } from '../core/types.js';
import type { FrameRelation, VerbFrame } from './parse/structure.js';

export interface Governance {
  readonly relation: FrameRelation;
  readonly governor: number | null;
}

/**
 * The relation and governor a frame takes part in: its own, or, for a bare verb coordinated
 * with an infinitive, that infinitive's.
 */
export function sharedGovernance(
  tokens: readonly Token[],
  frames: readonly VerbFrame[],
  frame: VerbFrame,
): Governance {
  let first = frame;
  const seen = new Set<number>();
  while (first.relation === 'coordinated' && first.governor !== null && !seen.has(first.index)) {
    seen.add(first.index);
    const next = frames[first.governor];
    if (!next) break;
    first = next;
  }
  const head = tokens[frame.head]!;
  const bare = frame.auxiliaries.length === 0 && head.norm === head.lemma;
  if (first !== frame && bare && first.relation === 'infinitive')
    return { relation: first.relation, governor: first.governor };
  return { relation: frame.relation, governor: frame.governor };
}

/** Verbal acts (statements, appeals, promises, demands, accusations, rejections, threats). */
const VERBAL_ROOTS = new Set(['01', '02', '03', '10', '11', '12', '13']);

/**
 * The statement whose speaker a verbal act coordinated with a reported clause continues: in
 * "the ministry said Japan had violated the deal and urged Tokyo to stop", the parse coordinates
 * "urged" with "violated" (inside what was said) and gives it Japan as subject, but a verbal
 * act after a report is the reporter's next act ("said ... and urged", "warned that ... and
 * called on"). Returns the statement frame (a coded 01x verb governing the first conjunct), or
 * null. A material act keeps the reported clause's subject ("said Russia attacked the town and
 * killed ten").
 */
export function continuedSpeaker(
  frames: readonly VerbFrame[],
  frame: VerbFrame,
  code: string,
  codeOf: (frameIndex: number) => string | null,
): VerbFrame | null {
  if (frame.relation !== 'coordinated' || frame.passive || !VERBAL_ROOTS.has(code.slice(0, 2))) return null;
  let first = frame;
  const seen = new Set<number>();
  while (first.relation === 'coordinated' && first.governor !== null && !seen.has(first.index)) {
    seen.add(first.index);
    const next = frames[first.governor];
    if (!next) return null;
    first = next;
  }
  if (first.relation !== 'complement' || first.governor === null) return null;
  const statement = frames[first.governor];
  const statementCode = statement ? codeOf(statement.index) : null;
  return statement && statementCode !== null && statementCode.startsWith('01') ? statement : null;
}
