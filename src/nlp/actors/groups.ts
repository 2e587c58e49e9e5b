import type { ActorMention } from '../../core/types.js';
import type { ReadContext } from '../context.js';

/**
 * Actors that name a pair from context: "the two countries", "both sides", "the two
 * presidents". They carry no code here; the event coder resolves them to the pair of
 * actors in context and says so.
 */
const NOUNS = new Set([
  'countries',
  'nations',
  'states',
  'sides',
  'parties',
  'governments',
  'leaders',
  'presidents',
  'heads',
  'ministers',
  'delegations',
  'capitals',
  'neighbours',
  'neighbors',
  'allies',
  'partners',
]);
const SECTOR: Readonly<Record<string, string>> = {
  governments: 'GOV',
  leaders: 'GOV',
  presidents: 'GOV',
  heads: 'GOV',
  ministers: 'GOV',
  delegations: 'GOV',
  capitals: 'GOV',
};

export function recognizeGroups(
  ctx: ReadContext,
  sentence: number,
  from: number,
  to: number,
  taken: ReadonlySet<number>,
): ActorMention[] {
  const { norms, tokens, text } = ctx;
  const found: ActorMention[] = [];
  for (let i = from; i < to; i++) {
    const w = norms[i];
    let end = -1;
    if (w === 'both' && NOUNS.has(norms[i + 1] ?? '')) end = i + 2;
    else if (w === 'the' && norms[i + 1] === 'two' && NOUNS.has(norms[i + 2] ?? '')) end = i + 3;
    if (end < 0 || end > to) continue;
    let free = true;
    for (let k = i; k < end; k++) if (taken.has(k)) free = false;
    if (!free) continue;
    const noun = norms[end - 1]!;
    const start = tokens[i]!.start;
    const stop = tokens[end - 1]!.end;
    found.push({
      kind: 'actor',
      text: text.slice(start, stop),
      start,
      end: stop,
      sentence,
      rule: 'actors/group',
      reason: 'names the pair of actors in context; resolved by the event coder',
      actor: { code: null, country: null, sector: SECTOR[noun] ?? null, name: null },
      form: 'group',
    });
    i = end - 1;
  }
  return found;
}
