/**
 * What an accusation is of (CAMEO 112x): "accused X of violating the truce" is an accusation of
 * aggression (1123), "... of torturing detainees" of human rights abuses (1122), "... of war
 * crimes" 1124, "... of smuggling" of crime or corruption (1121), "... of spying" of espionage
 * or treason (1125). The accused act is read from the gerund after "of" (or "with", "for"): its
 * own code when it has one, else the word. The act is alleged, not an event in itself.
 */
import type { Token } from '../core/types.js';
import { rootOf } from './ontology.js';
import type { VerbFrame } from './parse/structure.js';

/** Verbs that accuse someone of an act. */
const ACCUSING = new Set(['accuse', 'charge', 'blame', 'suspect']);
/** Acts that are crimes or corruption (1121). */
const CRIMES = new Set([
  'smuggle',
  'steal',
  'embezzle',
  'launder',
  'bribe',
  'rig',
  'loot',
  'traffic',
  'defraud',
  'plunder',
]);
/** Acts of espionage or treason (1125). */
const TREASON = new Set(['spy', 'collaborate', 'betray']);
/** Acts that abuse human rights (1122). */
const ABUSES = new Set(['torture', 'abuse', 'mistreat', 'persecute', 'repress', 'discriminate']);

/** The accusation sub-code for an accused act, by its verb or its code (when coded). */
export function accusedCode(stems: readonly string[], actCode: string | null): string | null {
  if (stems.some((w) => CRIMES.has(w))) return '1121';
  if (stems.some((w) => TREASON.has(w))) return '1125';
  if (stems.some((w) => ABUSES.has(w))) return '1122';
  if (actCode === null) return null;
  const root = rootOf(actCode);
  if (root === '20') return '1124';
  if (actCode.startsWith('175')) return '1122';
  if (root === '15' || root === '18' || root === '19' || actCode.startsWith('138')) return '1123';
  return null;
}

/** The verb stems a gerund may have ("smuggling" -> smuggle, "spying" -> spy, "rigging" -> rig). */
function stems(token: Token): string[] {
  const w = token.norm;
  if (!w.endsWith('ing')) return [token.lemma];
  const base = w.slice(0, -3);
  const undoubled = /(.)\1$/.test(base) ? base.slice(0, -1) : base;
  return [token.lemma, base, `${base}e`, undoubled];
}

/** The accused act's verb stems and frame (when the parser made it one), or null. */
export interface AccusedAct {
  readonly stems: readonly string[];
  readonly frame: VerbFrame | null;
}

const ACT_PREPS = new Set(['of', 'with', 'for']);

/**
 * The act an accusing frame names ("accused Eritrea of attacking ..."): the next frame when its
 * verb follows "of", "with" or "for" directly, or a gerund opening such a phrase of the object
 * ("accused officials of smuggling cocoa"); null when the frame does not accuse.
 */
export function accusedAct(
  tokens: readonly Token[],
  frames: readonly VerbFrame[],
  frame: VerbFrame,
): AccusedAct | null {
  if (!ACCUSING.has(tokens[frame.head]?.lemma ?? '')) return null;
  const next = frames[frame.index + 1];
  if (
    next &&
    ACT_PREPS.has(tokens[next.group.start - 1]?.norm ?? '') &&
    tokens[next.head]?.norm.endsWith('ing')
  )
    return { stems: stems(tokens[next.head]!), frame: next };
  for (const m of frame.object?.members ?? []) {
    for (const pp of m.attachments) {
      const first = tokens[pp.object.start];
      if (ACT_PREPS.has(pp.prep) && first?.norm.endsWith('ing')) return { stems: stems(first), frame: null };
    }
  }
  return null;
}
