/**
 * dates/named-event — drops a year-less date used as the name of an event ("the Sept. 11 attacks",
 * "the Jan. 6 riot", "the May 4th Movement"): its year cannot come from the publication date, and
 * guessing one would date the article's events wrongly.
 */
import { refiner } from '../refiner.js';
import type { DateCandidate } from '../types.js';

const EVENT_NOUN =
  /^\s*(?:attacks?|massacres?|riots?|insurrection|uprising|revolution|coup|movement|incident|bombings?|anniversary)\b/i;

export const namedEventRefiner = refiner(
  'dates/named-event',
  (context, candidates): readonly DateCandidate[] => {
    return candidates.filter(
      (c) =>
        !(
          c.date?.implied.includes('year') &&
          c.date.stated.length > 0 &&
          EVENT_NOUN.test(context.text.slice(c.end))
        ),
    );
  },
);
