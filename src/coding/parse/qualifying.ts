/**
 * Participle frames that extend the clause of the verb they follow. A participle after a noun
 * qualifies it ("cordoned off the roads leading into Mordor", "dairy products, including milk,
 * imported from the EU"): its words belong to the governing verb's object and patterns may read
 * them. An -ing participle after a comma whose verb is an event of its own opens an adverbial
 * clause that says what followed ("detonated explosives near a convoy, killing one security
 * worker"): "worker" there is the object of "killing", not of "detonated", and a pattern such
 * as FIRE's `- * WORKER [160]` (dismissing workers) must not read it.
 */
import type { Token } from '../../core/types.js';
import type { VerbFrame } from './structure.js';

/** Words that open an adverbial clause after a comma (", as officials raised the toll"). */
const ADVERBIAL = new Set([
  'as',
  'while',
  'when',
  'whereas',
  'after',
  'before',
  'since',
  'because',
  'although',
  'though',
  'until',
]);

/**
 * True when `participle` opens a clause of its own: ", killing ..." with a coded verb, or a
 * verb after an adverbial clause opener (", as officials in Kabul raised the toll to 60": the
 * parse reads "raised" as qualifying "officials", but that clause is no part of the verb
 * before the comma, and its "to" must not be read by that verb's `(TO)` pattern).
 */
function ownClause(
  tokens: readonly Token[],
  frame: VerbFrame,
  participle: VerbFrame,
  coded: (f: VerbFrame) => boolean,
): boolean {
  if (
    tokens[participle.group.start - 1]?.norm === ',' &&
    tokens[participle.head]!.norm.endsWith('ing') &&
    coded(participle)
  )
    return true;
  for (let t = frame.group.end; t < participle.group.start - 1; t++)
    if (tokens[t]!.norm === ',' && ADVERBIAL.has(tokens[t + 1]!.norm)) return true;
  return false;
}

/**
 * The participle frames governed by `frame` that qualify a noun of its clause; `coded` tells
 * whether a frame's verb has a code of its own in the verb dictionary.
 */
export function clauseExtensions(
  tokens: readonly Token[],
  frames: readonly VerbFrame[],
  frame: VerbFrame,
  coded: (f: VerbFrame) => boolean,
): VerbFrame[] {
  return frames.filter(
    (f) => f.relation === 'participle' && f.governor === frame.index && !ownClause(tokens, frame, f, coded),
  );
}
