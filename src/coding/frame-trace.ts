import { mapPacked } from '../core/packed.js';
import type { Modality, Token } from '../core/types.js';
import type { FrameTrace } from './candidate.js';
import type { NounGroup, VerbFrame } from './parse/structure.js';
import type { SentenceScope } from './scope.js';

/** What every trace of a frame says, whatever it was coded as. */
export type TraceBase = Pick<FrameTrace, 'verb' | 'relation' | 'subject' | 'object' | 'modality'>;

function describeGroup(text: string, tokens: readonly Token[], g: NounGroup | null): string {
  if (!g) return '-';
  return mapPacked(g.members, (m) => text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end)).join(' | ');
}

export function traceBase(s: SentenceScope, frame: VerbFrame, modality: Modality): TraceBase {
  return {
    verb: mapPacked(frame.verbs, (v) => s.tokens[v]!.text).join(' '),
    relation: frame.relation,
    subject: describeGroup(s.text, s.tokens, frame.subject),
    object: describeGroup(s.text, s.tokens, frame.object),
    modality,
  };
}
