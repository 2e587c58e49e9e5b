/**
 * Qualifiers written before a quantity ("about $6 billion", "at least 50%", "up to about $47,000").
 * They are kept as written (case included) in `qualifier`, and the mention's span starts at them.
 */
import { mapPacked } from '../../core/packed.js';
import { matchBefore } from './context.js';
import { firstChars, isSpaceCode, mayStartAt } from './first-chars.js';

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

const ALTERNATION = mapPacked(QUALIFIERS, (q) => q.replace(/\./g, '\\.').replace(/ /g, '[ \\u00a0]+')).join(
  '|',
);

const QUALIFIER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:${ALTERNATION})(?:[ \u00a0]+(?:${ALTERNATION}))?)[ \u00a0]+$|([~\u2248<>\u2264\u2265])[ \u00a0]?$`,
  'iu',
);

/** The lower-cased single words that can be a qualifier, for tests on the word before a number. */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set(
  mapPacked(
    QUALIFIERS.flatMap((q) => q.split(' ')),
    (w) => w.replace(/\.$/, ''),
  ),
);

const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface Qualifier {
  readonly start: number;
  readonly text: string;
}

/** The symbols of the second alternative of QUALIFIER_BEFORE. */
const SYMBOLS: ReadonlySet<number> = new Set(mapPacked([...'~\u2248<>\u2264\u2265'], (c) => c.charCodeAt(0)));

/** The last characters of the qualifiers (in either case), to test before QUALIFIER_BEFORE runs. */
const LAST_CHARS = firstChars(
  mapPacked(QUALIFIERS, (q) => q.charAt(q.length - 1)),
  true,
);

/**
 * False when QUALIFIER_BEFORE cannot match before `position`: it needs a symbol, maybe then one space,
 * or spaces after a qualifier's last character. Most numbers fail this test, so the pattern (which
 * tries every start in its window) runs for few of them.
 */
function mayEndBefore(text: string, position: number): boolean {
  if (position === 0) return false;
  const last = text.charCodeAt(position - 1);
  if (SYMBOLS.has(last)) return true;
  if (!isSpaceCode(last)) return false;
  let word = position - 1;
  while (word > 0 && isSpaceCode(text.charCodeAt(word - 1))) word--;
  if (word === 0) return false;
  return SYMBOLS.has(text.charCodeAt(word - 1)) || mayStartAt(LAST_CHARS, text, word - 1);
}

/** The qualifier that ends just before `position`, as written, or null. */
export function qualifierBefore(text: string, position: number): Qualifier | null {
  if (!mayEndBefore(text, position)) return null;
  const found = matchBefore(QUALIFIER_BEFORE, text, position, 40);
  if (!found) return null;
  // The window may have cut a word in two: "moreover" must not yield "over".
  if (found.start > 0 && WORD_CHAR.test(text[found.start - 1] ?? '')) return null;
  const written = found.match[1] ?? found.match[2] ?? '';
  return { start: found.start, text: written };
}
