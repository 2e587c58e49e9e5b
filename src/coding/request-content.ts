/**
 * Rejecting a request rejects what was requested: "rejected Peru's proposal for a truce" refuses
 * to de-escalate (1246), "rejected a demand to sever a military alliance" rejects military
 * cooperation (1212). CAMEO.2.0.txt codes the request noun alone (REJECT DEMAND 124, REQUEST
 * 123, CALL 122, &PROPOSAL 120) whatever it asks for; the manual's 12x rows are by content.
 */
import type { Token } from '../core/types.js';
import type { Content } from './ontology.js';
import { frameCode, frameOf } from './ontology.js';
import { contentOfGroup, type ContentNouns } from './content-nouns.js';
import type { NounGroup, SentenceStructure, VerbFrame } from './parse/structure.js';

/** Nouns that name a request, proposal or offer made to the rejecting party. */
const REQUEST_NOUNS = new Set([
  'request',
  'requests',
  'demand',
  'demands',
  'call',
  'calls',
  'appeal',
  'appeals',
  'plea',
  'proposal',
  'proposals',
  'offer',
  'offers',
  'suggestion',
  'bid',
]);

type Found = { readonly content: Content; readonly id: string };

/** The request noun heading the object, if there is one. */
function requestMember(tokens: readonly Token[], object: NounGroup | null) {
  return object?.members.find((m) => REQUEST_NOUNS.has(tokens[m.np.head]?.norm ?? '')) ?? null;
}

/** What the request asks for: its "for" phrase, or the clause it opens ("a demand to sever ..."). */
function requested(
  tokens: readonly Token[],
  structure: SentenceStructure,
  frame: VerbFrame,
  table: ContentNouns,
): Found | null {
  const member = requestMember(tokens, frame.object);
  if (!member) return null;
  const phrases = [...member.attachments, ...frame.phrases].filter((pp) => pp.prep === 'for');
  for (const pp of phrases) {
    const found = contentOfGroup(tokens, pp.object, table);
    if (found) return found;
  }
  for (const f of structure.frames) {
    if (f.governor !== frame.index || f.relation !== 'infinitive') continue;
    const found = contentOfGroup(tokens, f.object, table) ?? contentOfGroup(tokens, f.subject, table);
    if (found) return found;
  }
  return null;
}

/**
 * The code of a rejection whose object is a request with a known content, with the content
 * noun's id; null when the code is not a rejection, the object no request, or its content unknown.
 */
export function rejectedRequestCode(
  tokens: readonly Token[],
  structure: SentenceStructure,
  frame: VerbFrame,
  code: string,
  table: ContentNouns,
): { readonly code: string; readonly id: string } | null {
  if (frameOf(code) !== 'reject') return null;
  const found = requested(tokens, structure, frame, table);
  const refined = found ? frameCode('reject', found.content) : null;
  return found && refined && refined !== code ? { code: refined, id: found.id } : null;
}
