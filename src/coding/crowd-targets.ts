import type { Token } from '../core/types.js';
import type { NounGroup, VerbFrame } from './parse/structure.js';

/**
 * Repression aimed at a protest rather than at named people: "the regime suppressed the
 * protests", "police cracked down on demonstrations". CAMEO codes such domestic repression
 * (17x) against the people of the country where it happens, as it codes a protest with no
 * one named (14x) against that country's authorities. The crowd is named by what it does,
 * so the coder gives the event the country as target (see coder.ts).
 */

/** Nouns naming a protest, a crowd or unrest (singular and plural). */
const CROWD_NOUNS: ReadonlySet<string> = new Set([
  'protest',
  'protests',
  'demonstration',
  'demonstrations',
  'rally',
  'rallies',
  'march',
  'marches',
  'riot',
  'riots',
  'unrest',
  'uprising',
  'uprisings',
  'disturbance',
  'disturbances',
  'crowd',
  'crowds',
  'sit-in',
  'sit-ins',
]);

/** The token range of the first crowd noun heading a member of `group`, or null. */
function crowdIn(tokens: readonly Token[], group: NounGroup | null): { start: number; end: number } | null {
  if (!group) return null;
  for (const m of group.members) {
    // the head is the last word of the noun phrase proper ("the street protests")
    if (CROWD_NOUNS.has(tokens[m.np.end - 1]?.norm ?? '')) return { start: m.np.start, end: m.np.end };
    // "months of protests", "a wave of unrest": the noun after "of" heads the meaning
    for (const pp of m.attachments) {
      if (pp.prep !== 'of') continue;
      const inner = crowdIn(tokens, pp.object);
      if (inner) return inner;
    }
  }
  return null;
}

/**
 * The token range of the protest or crowd a verb acts on: its object ("suppressed the
 * protests") or the object of its first phrase ("cracked down on rallies"), or null.
 */
export function crowdActedOn(
  tokens: readonly Token[],
  frame: VerbFrame,
): { start: number; end: number } | null {
  return crowdIn(tokens, frame.object) ?? crowdIn(tokens, frame.phrases[0]?.object ?? null);
}
