/**
 * dates/unknown-reference — when the article has no publication date, every candidate with a part
 * taken from the reference date ("Monday", "last year", "March", "December 4") keeps its span but loses
 * its value (`date: null`) with a reason. Parsers ran against a placeholder reference; nothing they
 * derived from it survives. Dates stated in full ("July 2015", "December 4, 2023") keep their value.
 */
import { mapPacked } from '../../../core/packed.js';
import { refiner } from '../refiner.js';
import type { DateCandidate } from '../types.js';

export const unknownReferenceRefiner = refiner(
  'dates/unknown-reference',
  (context, candidates): readonly DateCandidate[] => {
    if (context.referenceKnown) return candidates;
    return mapPacked(candidates, (c) =>
      c.date && c.date.implied.length > 0
        ? Object.freeze({
            ...c,
            date: null,
            reason: `relative (${c.date.implied.join(', ')} from the publication date, which is unknown)`,
          })
        : c,
    );
  },
);
