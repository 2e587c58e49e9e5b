/**
 * The agent dictionary: role nouns ("minister", "troops", "activists") with the
 * sector code they give a nearby actor. A phrase with a trailing `_` matches its
 * words exactly (its plural is listed by the parser); an open last word is a
 * bounded stem by default ("COMMERCE_MINIST" matches "commerce minister" and
 * "commerce ministry"), TABARI's any-continuation stem with `stems: 'tabari'`
 * (see phrase-index.ts).
 */
import type { AgentEntry, AgentFile, AgentPhrase } from './agent-file.js';
import type { StemMode } from './actors.js';
import { PhraseIndex, type IndexMatch } from './phrase-index.js';
import { phraseParts } from './text.js';

export interface AgentMatch {
  readonly start: number;
  readonly length: number;
  readonly entry: AgentEntry;
  readonly phrase: AgentPhrase;
}

export interface AgentDictionary {
  readonly files: readonly string[];
  readonly entries: readonly AgentEntry[];
  /** Agents matching at token `i`, longest first. */
  matchAt(norms: readonly string[], i: number): AgentMatch[];
  /** The first of `matchAt`'s matches (the longest), without building the others. */
  firstAt(norms: readonly string[], i: number): AgentMatch | undefined;
  /** Whether a phrase may begin at a token whose first part (see text.ts) is `first`; false: `matchAt` finds none there. */
  begins(first: string): boolean;
}

/**
 * Combines an actor code with an agent: `[~GOV]` appends ("BLR" + GOV →
 * "BLRGOV"), `[NGO~]` prepends; a code part already present is not repeated.
 */
export function applyAgent(actorCode: string, agent: Pick<AgentEntry, 'code' | 'position'>): string {
  if (actorCode.includes(agent.code)) return actorCode;
  return agent.position === 'suffix' ? actorCode + agent.code : agent.code + actorCode;
}

/** Builds the index over parsed agent files (in priority order). */
export function buildAgentDictionary(
  files: readonly AgentFile[],
  stems: StemMode = 'bounded',
  keys?: readonly string[],
): AgentDictionary {
  const index = new PhraseIndex();
  const entries: AgentEntry[] = [];
  const refs: { entry: AgentEntry; phrase: AgentPhrase }[] = [];
  for (const file of files) {
    for (const entry of file.entries) {
      entries.push(entry);
      for (const phrase of entry.phrases) {
        const id = refs.length;
        refs.push({ entry, phrase });
        const ending = phrase.exact || phrase.plural ? 'exact' : stems === 'tabari' ? 'prefix' : 'stem';
        index.addKey(keys?.[id] ?? phraseParts(phrase.text).join(' '), id, ending);
      }
    }
  }
  Object.freeze(entries);
  const matchAt = (norms: readonly string[], i: number): AgentMatch[] => {
    const out: AgentMatch[] = [];
    // each entry once
    let seen: Set<AgentEntry> | null = null;
    for (const m of index.matchAt(norms, i)) {
      for (const id of m.ids) {
        const ref = refs[id];
        if (!ref || seen?.has(ref.entry)) continue;
        out.push({ start: i, length: m.length, entry: ref.entry, phrase: ref.phrase });
        (seen ??= new Set()).add(ref.entry);
      }
    }
    return out;
  };
  /** The first agent of one index match at token i, if any. */
  const firstOf = (m: IndexMatch, i: number): AgentMatch | undefined => {
    for (const id of m.ids) {
      const ref = refs[id];
      if (ref) return { start: i, length: m.length, entry: ref.entry, phrase: ref.phrase };
    }
    return undefined;
  };
  const firstAt = (norms: readonly string[], i: number): AgentMatch | undefined => {
    // the longest index match nearly always gives the first match: the others are listed only
    // when it gives none
    const longest = index.longestAt(norms, i);
    if (longest === null) return undefined;
    const first = firstOf(longest, i);
    if (first !== undefined) return first;
    const found = index.matchAt(norms, i);
    for (let n = 1; n < found.length; n++) {
      const match = firstOf(found[n]!, i);
      if (match !== undefined) return match;
    }
    return undefined;
  };
  return Object.freeze({
    files: Object.freeze(files.map((f) => f.file)),
    entries,
    matchAt,
    firstAt,
    begins: (first: string) => index.begins(first),
  });
}
