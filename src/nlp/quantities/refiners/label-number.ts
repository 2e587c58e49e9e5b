/**
 * Removes measures, durations and counts whose number is a label, not a quantity:
 * after a label word ("Resolution 2334", "Article 5", "No. 1", "Flight 370", "Chapter 11"),
 * after a month ("December 4", "Feb. 13"), and, for counts, after a capitalised word that is a name
 * ("Boeing 737 jets", "Windows 11 users", "EU 27 members"); a capitalised function word opening the
 * sentence ("The 5 ...", "All 25 ...") is not a name.
 * Money and percentages keep their number: the currency or % already says it is a quantity.
 */
import { isSentenceInitial, tokenBefore } from '../context.js';
import { SKIPPED_MODIFIERS, STOP_WORDS } from '../nouns.js';
import { QUALIFIER_WORDS } from '../qualifiers.js';
import type { Candidate, QuantityRefiner, SentenceContext } from '../types.js';

const KEEP = new Set(['quantities/money', 'quantities/percent']);

const LABELS: ReadonlySet<string> = new Set(
  (
    'resolution resolutions article articles art chapter chapters section sections sec no nos number num ' +
    'room flight highway hwy platform gate terminal level phase part paragraph para clause item page p pp ' +
    'vol volume issue episode season grade class category cat type model version ver v unit block building ' +
    'bldg zone sector lot box apt apartment suite floor bus channel ward precinct division act decree ' +
    'protocol annex appendix figure fig table step round tier'
  ).split(' '),
);

/** Capitalised sentence openers that are neither names nor stop words. */
const INITIAL_WORDS: ReadonlySet<string> = new Set(
  'last first next today yesterday meanwhile overall altogether together additionally roughly exactly precisely'.split(
    ' ',
  ),
);

const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
const HAS_LETTER = /\p{L}/u;
const HAS_UPPER = /\p{Lu}/u;
const POSSESSIVE = /['\u2019]s?$/;

function isLabelled(candidate: Candidate, text: string): boolean {
  if (candidate.qualifier) return false;
  const found = tokenBefore(text, candidate.start, 40);
  const token = found?.token;
  if (!found || !token || !HAS_LETTER.test(token)) return false;
  if (MONTH.test(token)) return true;
  const bare = token.replace(/\.$/, '').toLowerCase();
  if (/[,;:)\]"\u201d]$/.test(token)) return false;
  if (LABELS.has(bare)) return true;
  if (candidate.rule !== 'quantities/count') return false;
  if (!HAS_UPPER.test(token) || POSSESSIVE.test(token) || QUALIFIER_WORDS.has(bare)) return false;
  const spaces = found.whole.length - found.whole.trimEnd().length;
  if (!isSentenceInitial(text, candidate.start - spaces - token.length)) return true;
  // At the start of a sentence a function word is merely capitalised ("The 5 ...", "Another 3 million ...");
  // any other word is a name ("Boeing 737 jets", "Windows 11 users").
  return !(STOP_WORDS.has(bare) || SKIPPED_MODIFIERS.has(bare) || INITIAL_WORDS.has(bare));
}

export const labelNumberRefiner: QuantityRefiner = {
  id: 'quantities/label-number',
  refine(candidates: readonly Candidate[], context: SentenceContext): readonly Candidate[] {
    return candidates.filter((c) => KEEP.has(c.rule) || !isLabelled(c, context.text));
  },
};
