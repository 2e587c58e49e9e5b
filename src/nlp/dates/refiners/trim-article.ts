/**
 * dates/trim-article — a mention starts at its first date word: a leading "the" is not part of it
 * ("the summer of 2020" → "summer of 2020", "the 1990s" → "1990s"), as prepositions are not.
 */
import { mapPacked } from '../../../core/packed.js';
import { refiner } from '../refiner.js';
import type { DateCandidate } from '../types.js';

const ARTICLE = /^[Tt]he\s+/;

export const trimArticleRefiner = refiner(
  'dates/trim-article',
  (context, candidates): readonly DateCandidate[] => {
    return mapPacked(candidates, (c) => {
      const m = ARTICLE.exec(context.text.slice(c.start, c.end));
      return m && c.start + m[0].length < c.end ? Object.freeze({ ...c, start: c.start + m[0].length }) : c;
    });
  },
);
