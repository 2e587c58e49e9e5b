/**
 * Choosing the state a status or participation belongs to: the nearest country actor before the
 * status phrase in its clause (with the countries coordinated with it: "Belarus and Kazakhstan are
 * members"), else the nearest after it in the sentence. A country introduced by a preposition ("aid
 * to Ukraine", "talks with Russia") is not the member; neither is one in `exclude` (the
 * organisation itself, an initiative's owner).
 */
import type { ActorMention } from '../../core/types.js';
import { beforeModifiers, countryActors } from '../parties.js';
import { tokenGap } from '../phrases.js';
import { clauseAt, type Placed, type SentenceView } from '../sentence-view.js';
import type { WordSets } from '../types.js';

/** How far (tokens) the state may be from its status phrase. */
const REACH = 12;
const COORDINATORS: ReadonlySet<string> = new Set([',', 'and', 'or']);

function introducedByPreposition(view: SentenceView, actor: Placed<ActorMention>): boolean {
  const at = beforeModifiers(view, actor.start);
  return at > view.first && view.tokens[at - 1]?.pos === 'ADP';
}

function coordinated(
  view: SentenceView,
  actors: readonly Placed<ActorMention>[],
  chosen: Placed<ActorMention>,
): Placed<ActorMention>[] {
  const group = [chosen];
  let current = chosen;
  for (let i = actors.indexOf(chosen) - 1; i >= 0; i--) {
    const previous = actors[i];
    if (!previous) break;
    const between = view.tokens.slice(previous.end, current.start);
    if (between.length === 0 || !between.every((t) => COORDINATORS.has(t.norm))) break;
    group.unshift(previous);
    current = previous;
  }
  return group;
}

/** Words that may stand between a state and its status in an apposition ("Romania, a NATO member"). */
const APPOSITION: ReadonlySet<string> = new Set([
  ',',
  'a',
  'an',
  'the',
  'and',
  "'s",
  "'",
  'full',
  'founding',
]);
const CAPITALISED = /^\p{Lu}/u;

/**
 * The state right before the status phrase, with only articles, commas, "and" and organisation
 * names between ("Ukraine joining the EU", "Romania, a NATO and EU member country"), even after a
 * preposition; null when there is none.
 */
function adjacent(
  view: SentenceView,
  actors: readonly Placed<ActorMention>[],
  status: { start: number; end: number },
): Placed<ActorMention> | null {
  const before = actors.filter((a) => a.end <= status.start);
  const last = before[before.length - 1];
  if (!last) return null;
  for (let i = last.end; i < status.start; i++) {
    const token = view.tokens[i];
    if (!token) return null;
    const name = token.pos === 'PROPN' && CAPITALISED.test(token.text);
    if (!name && !APPOSITION.has(token.norm)) return null;
  }
  return last;
}

/** The member states for a status phrase at `status` (token range). */
export function membersFor(
  view: SentenceView,
  status: { start: number; end: number },
  exclude: (actor: Placed<ActorMention>) => boolean,
  words: WordSets,
): Placed<ActorMention>[] {
  const all = countryActors(view, words, null).filter((a) => !exclude(a));
  const next = adjacent(view, all, status);
  if (next) return coordinated(view, all, next);
  const actors = all.filter((a) => !introducedByPreposition(view, a));
  const clause = clauseAt(view, status.start);
  const before = actors.filter(
    (a) => a.end <= status.start && clauseAt(view, a.start) === clause && tokenGap(a, status) <= REACH,
  );
  const nearestBefore = before[before.length - 1];
  if (nearestBefore) return coordinated(view, before, nearestBefore);
  const after = actors.filter((a) => a.start >= status.end && tokenGap(a, status) <= REACH);
  return after[0] ? [after[0]] : [];
}
