/**
 * Qualifiers written before a quantity ("about $6 billion", "at least 50%", "up to about $47,000").
 * They are kept as written (case included) in `qualifier`, and the mention's span starts at them.
 */
import { matchBefore } from './context.js';

/** Longest first, so "no more than" wins over "more than". Two may be chained ("up to about"). */
export const QUALIFIERS: readonly string[] = Object.freeze(
  [
    'about',
    'around',
    'approximately',
    'approx.',
    'roughly',
    'some',
    'nearly',
    'almost',
    'close to',
    'at least',
    'at most',
    'more than',
    'less than',
    'fewer than',
    'no more than',
    'no less than',
    'no fewer than',
    'not more than',
    'not less than',
    'as much as',
    'as many as',
    'as little as',
    'as high as',
    'as low as',
    'as few as',
    'up to',
    'upwards of',
    'in excess of',
    'over',
    'under',
    'above',
    'below',
    'just over',
    'just under',
    'well over',
    'well under',
    'only',
    'exactly',
    'precisely',
    'just',
    'barely',
    'a mere',
    'an estimated',
    'estimated',
    'an average of',
    'on average',
    'a maximum of',
    'a minimum of',
  ].sort((a, b) => b.length - a.length),
);

const ALTERNATION = QUALIFIERS.map((q) => q.replace(/\./g, '\\.').replace(/ /g, '[ \\u00a0]+')).join('|');

const QUALIFIER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:${ALTERNATION})(?:[ \u00a0]+(?:${ALTERNATION}))?)[ \u00a0]+$|([~\u2248<>\u2264\u2265])[ \u00a0]?$`,
  'iu',
);

/** The lower-cased single words that can be a qualifier, for tests on the word before a number. */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set(
  QUALIFIERS.flatMap((q) => q.split(' ')).map((w) => w.replace(/\.$/, '')),
);

const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface Qualifier {
  readonly start: number;
  readonly text: string;
}

/** The qualifier that ends just before `position`, as written, or null. */
export function qualifierBefore(text: string, position: number): Qualifier | null {
  const found = matchBefore(QUALIFIER_BEFORE, text, position, 40);
  if (!found) return null;
  // The window may have cut a word in two: "moreover" must not yield "over".
  if (found.start > 0 && WORD_CHAR.test(text[found.start - 1] ?? '')) return null;
  const written = found.match[1] ?? found.match[2] ?? '';
  return { start: found.start, text: written };
}
