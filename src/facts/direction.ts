/**
 * Which way a flow goes (exports, investment, financing, aid, tariffs), from the two parties' places
 * around the trigger: a party after "to/into/in/for" receives, after "from/by" sends; a bare party
 * before the trigger is its agent (the sender of a flow, the receiver of imports, the imposer of a
 * tariff) and a bare party right after a verb trigger is its object, as is one right after another
 * verb ("gave Kenya a loan"). Passive verbs swap agent and object.
 * No direction unless exactly one sender and one receiver come out.
 */
import type { ActorMention } from '../core/types.js';
import { beforeModifiers, partyOf } from './parties.js';
import { phraseEndingAt, tokenGap } from './phrases.js';
import type { Placed, SentenceView } from './sentence-view.js';
import type { DirectionMode, WordSets } from './types.js';

type Role = 'source' | 'recipient' | null;
type Range = { readonly start: number; readonly end: number };

function isPassive(view: SentenceView, trigger: Range): boolean {
  const head = view.tokens[trigger.start];
  if (head?.pos !== 'VERB') return false;
  for (let k = trigger.start - 1; k >= Math.max(view.first, trigger.start - 2); k--) {
    if (view.tokens[k]?.lemma === 'be') return true;
  }
  return false;
}

function roleOf(
  view: SentenceView,
  mention: Placed<ActorMention>,
  trigger: Range,
  mode: DirectionMode,
  words: WordSets,
): Role {
  const at = beforeModifiers(view, mention.start);
  const prep = (set: 'recipient-prep' | 'source-prep' | 'imposer-target'): boolean =>
    phraseEndingAt(words[set], view.tokens, at, view.first) !== null;
  const verb = view.tokens[trigger.start]?.pos === 'VERB';
  const passive = isPassive(view, trigger);
  let position: 'agent' | 'object' | null = null;
  if (mention.end <= trigger.start) position = 'agent';
  else if (mention.start >= trigger.end && verb) position = 'object';
  if (passive && position === 'agent') position = 'object';
  // "China gave Kenya a loan": a bare party right after another verb is its indirect object.
  if (position === 'agent' && at > view.first && view.tokens[at - 1]?.pos === 'VERB') position = 'object';
  if (mode === 'imposer') {
    if (prep('imposer-target')) return 'recipient';
    if (prep('source-prep')) return 'source';
    return position === 'agent' ? 'source' : position === 'object' ? 'recipient' : null;
  }
  if (mode === 'reverse') {
    if (prep('source-prep')) return 'source';
    if (prep('recipient-prep')) return 'recipient';
    return position === 'agent' ? 'recipient' : position === 'object' ? 'source' : null;
  }
  if (prep('recipient-prep')) return 'recipient';
  if (prep('source-prep')) return 'source';
  return position === 'agent' ? 'source' : position === 'object' ? 'recipient' : null;
}

/** "CHN->BLR" and the parties in that order, or null when the text does not say which way. */
export function directionOf(
  view: SentenceView,
  parties: readonly string[],
  mentions: readonly Placed<ActorMention>[],
  trigger: Range,
  mode: DirectionMode,
  words: WordSets,
): { direction: string; parties: [string, string] } | null {
  if (mode === 'none' || parties.length !== 2) return null;
  const sources = new Set<string>();
  const recipients = new Set<string>();
  for (const party of parties) {
    const own = mentions.filter((m) => partyOf(m.mention, true) === party);
    const nearest = own.sort((a, b) => tokenGap(a, trigger) - tokenGap(b, trigger))[0];
    if (!nearest) return null;
    const role = roleOf(view, nearest, trigger, mode, words);
    if (role === 'source') sources.add(party);
    if (role === 'recipient') recipients.add(party);
  }
  const [source] = [...sources];
  const [recipient] = [...recipients];
  if (sources.size !== 1 || recipients.size !== 1 || !source || !recipient || source === recipient)
    return null;
  return { direction: `${source}->${recipient}`, parties: [source, recipient] };
}
