/**
 * The two interfaces of the date recognizer, after chrono-node: a *parser* finds its expressions in a
 * sentence and returns candidates (an empty list when nothing matches, never a throw); a *refiner*
 * takes the candidate list and returns a new one. `configuration.ts` lists both in order.
 */
import type { DateValue } from '../../core/types.js';
import type { Day } from './calendar.js';

/** Per-sentence parsing context. */
export interface DateContext {
  /** The sentence text; candidate offsets are into it. */
  readonly text: string;
  /** The publication date, or a fixed placeholder when it is unknown (see `referenceKnown`). */
  readonly reference: Day;
  /** `reference` as YYYY-MM-DD. */
  readonly referenceIso: string;
  /** False when the article has no publication date: relative dates are then left unresolved. */
  readonly referenceKnown: boolean;
  /** The sentence's triggers (a `Trigger` bit mask, see triggers.ts). */
  readonly triggers: number;
}

/** The certain (stated) components chrono read for one end of a result. */
export interface ChronoComponents {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  readonly weekday: number | null;
  readonly time: boolean;
}

/** What chrono-node returned, kept on its candidates for the chrono refiners. */
export interface ChronoReading {
  /** Chrono parser names that contributed (from its `parser/...` tags). */
  readonly parsers: readonly string[];
  readonly start: ChronoComponents;
  readonly end: ChronoComponents | null;
}

/** A date expression found in a sentence, before it becomes a DateMention. */
export interface DateCandidate {
  /** Half-open offsets into the sentence text. */
  readonly start: number;
  readonly end: number;
  /** The parser (or refiner) that made it, e.g. "dates/bare-year". */
  readonly rule: string;
  /** The resolved value; null only when it is relative and the reference date is unknown. */
  readonly date: DateValue | null;
  /** Why, in a few words (the context word, the direction a year-less date was resolved...). */
  readonly reason: string;
  /** Present on candidates from chrono-node. */
  readonly chrono?: ChronoReading;
}

export interface DateParser {
  /** Rule id carried by its candidates, e.g. "dates/season". */
  readonly id: string;
  /** The parser runs only on sentences holding one of these triggers (a `Trigger` bit mask). */
  readonly triggers: number;
  parse(context: DateContext): readonly DateCandidate[];
}

/** A refiner removes, changes or merges the candidates it is given; given none, it returns none. */
export interface DateRefiner {
  readonly id: string;
  refine(context: DateContext, candidates: readonly DateCandidate[]): readonly DateCandidate[];
}
