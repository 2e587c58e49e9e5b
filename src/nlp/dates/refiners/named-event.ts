/**
 * dates/named-event — drops a year-less date used as the name of an event ("the Sept. 11 attacks",
 * "the Jan. 6 riot", "the May 4th Movement", "the January 6 U.S. Capitol attack"): its year cannot
 * come from the publication date, and guessing one would date the article's events wrongly.
 */
import { words } from '../patterns.js';
import { refiner } from '../refiner.js';
import type { DateCandidate } from '../types.js';

/** An event noun right after the date, or after a few capitalised words ("the January 6 U.S. Capitol attack"). */
const EVENT_NOUN = new RegExp(
  `^\\s*(?:[A-Z][\\w.'’-]*\\s+){0,3}?${words(
    'attack',
    'attacks',
    'massacre',
    'massacres',
    'riot',
    'riots',
    'insurrection',
    'uprising',
    'revolution',
    'coup',
    'movement',
    'incident',
    'bombing',
    'bombings',
    'anniversary',
  )}\\b`,
);

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
