/**
 * Records of the facts stage: its input (one read article), its tables (loaded from data/facts)
 * and the intermediate records its steps pass along.
 */
import type { Mention, Sentence, Token } from '../core/types.js';

/** What the facts and designation extractors read of an article. */
export interface FactInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
  /** Publication date (YYYY-MM-DD) or null. */
  readonly published: string | null;
  /** The article's two main countries (see `dominantDyad`), or null. */
  readonly dominantDyad: readonly [string, string] | null;
}

/** A phrase of a word list, split into the token forms it matches. */
export interface Phrase {
  readonly text: string;
  readonly words: readonly string[];
  /** Matched on the token's text exactly (names written in capitals: "SCO", "BRI"). */
  readonly caseSensitive: boolean;
  /** Set-specific value (a normalised qualifier, +1/-1, an ordinal...), or null. */
  readonly value: string | null;
  /** Where the phrase was defined (`file:line`). */
  readonly entry: string;
}

/** The word sets of data/facts/words.tsv, by set name. */
export type WordSets = Readonly<Record<WordSetName, readonly Phrase[]>>;

export const WORD_SET_NAMES = [
  'qualifier',
  'change',
  'annual',
  'average',
  'dyad-marker',
  'comparison',
  'aside',
  'recipient-prep',
  'source-prep',
  'imposer-target',
  'ordinal',
  'superlative',
  'rank-one',
  'subject-head',
  'establish-cue',
  'context-cue',
  'negation',
  'clause-break',
  'initiative-cue-before',
  'initiative-cue-after',
] as const;

export type WordSetName = (typeof WORD_SET_NAMES)[number];

/** The unit class a fact rule accepts. */
export type UnitSpec =
  | { readonly class: 'money' }
  | { readonly class: 'percent' }
  | { readonly class: 'area' }
  | { readonly class: 'rank'; readonly output: string }
  | { readonly class: 'noun'; readonly heads: readonly string[] };

export type DirectionMode = 'none' | 'flow' | 'reverse' | 'imposer';

export type RuleFlag = 'per-year' | 'subject' | 'requires-subject' | 'of-subject';

/** One row of data/facts/kinds.tsv. */
export interface FactRule {
  readonly id: string;
  readonly kind: string;
  readonly units: UnitSpec;
  /** Empty: the unit noun itself says what is counted. */
  readonly triggers: readonly Phrase[];
  readonly needsChange: boolean;
  readonly unless: readonly Phrase[];
  readonly direction: DirectionMode;
  readonly flags: readonly RuleFlag[];
  /** `file:line` of the row. */
  readonly entry: string;
  /** Row order: the earlier row wins a tie. */
  readonly order: number;
}

/** Everything `extractFacts` needs besides the article. */
export interface FactTables {
  readonly rules: readonly FactRule[];
  readonly words: WordSets;
}
