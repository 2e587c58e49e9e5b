/**
 * A protest named by a noun: "<people> riots against <target> are continuing", "student protests
 * against the government spread". When a frame's subject is headed by a protest noun qualified by
 * "against <actor>", the protest itself is the event (CAMEO 14x): the actors named before the noun
 * protest, the actors of the "against" phrase are the target. The verb ("continue", "spread",
 * "erupt") only says that the protest goes on.
 */
import type { EventActor, Token } from '../core/types.js';
import type { NounGroup, VerbFrame } from './parse/structure.js';

/** Protest nouns and their CAMEO code (140 political dissent, 141 demonstrate, 143 strike, 145 riot). */
const PROTEST_NOUNS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    protest: '141',
    protests: '141',
    demonstration: '141',
    demonstrations: '141',
    rally: '141',
    rallies: '141',
    march: '141',
    marches: '141',
    strike: '143',
    strikes: '143',
    boycott: '143',
    boycotts: '143',
    riot: '145',
    riots: '145',
    unrest: '145',
  }),
);

export interface NominalProtest {
  readonly code: string;
  readonly sources: EventActor[];
  readonly targets: EventActor[];
  /** The protest noun (token index), for the evidence span. */
  readonly noun: number;
  /** What the protest is against (its aim refines the code: protest-aims.ts). */
  readonly against: NounGroup;
}

export function nominalProtest(
  tokens: readonly Token[],
  frame: VerbFrame,
  meaning: (group: NounGroup | null) => EventActor[],
): NominalProtest | null {
  const np = frame.subject?.members[0];
  if (!np) return null;
  // (a Map: a plain object would answer "constructor" with its prototype's function)
  const code = PROTEST_NOUNS.get(tokens[np.np.head]!.norm.toLowerCase());
  // "riots against X" attached to the noun, or read as a phrase between subject and verb
  const against =
    np.attachments.find((pp) => pp.prep === 'against') ??
    frame.prePhrases.find((pp) => pp.prep === 'against' && pp.start === frame.subject!.end);
  if (!code || !against) return null;
  const own: NounGroup = {
    members: [{ np: np.np, attachments: [], start: np.np.start, end: np.np.end }],
    start: np.np.start,
    end: np.np.end,
  };
  const sources = meaning(own).filter((a) => a.code !== null);
  const targets = meaning(against.object).filter((a) => a.code !== null);
  if (sources.length === 0 || targets.length === 0) return null;
  return { code, sources, targets, noun: np.np.head, against: against.object };
}
