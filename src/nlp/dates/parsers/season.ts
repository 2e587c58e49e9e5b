/**
 * dates/season — "the summer of 2020", "summer of 1994", "winter 2021", "last summer", "this fall",
 * "next spring", "in the summer" (year implied as for a bare month). Northern-hemisphere meteorological
 * seasons (see values.ts). A capitalised season word is a season only at the start of the sentence or
 * after "the"/"in"/"of" ("the Arab Spring of 2011" is not one). "the fall" without a year is not a
 * season ("after the fall of the regime").
 */
import type { DateContext } from '../types.js';
import { aroundYear, pickOccurrence, type Pick } from '../instances.js';
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { YEAR4, words, yearMayEndHere } from '../patterns.js';
import { describeDirection, directionAt } from '../tense.js';
import { seasonOf } from '../vocabulary.js';
import { seasonValue, type Season } from '../values.js';

const RULE = 'dates/season';
const SEASON = '(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)';
const SEASON_NOT_FALL = '(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)';

const PATTERN = new RegExp(
  [
    `(?<![\\w-])(?:(?<early>${words('early', 'mid', 'late')})[-\\s])?(?:${words('the')}\\s+)?(?<s1>${SEASON})\\s+(?:of\\s+)?(?<y1>${YEAR4})`,
    `(?<![\\w-])(?<modifier>${words('this past', 'last', 'next', 'this', 'past')})\\s+(?<s2>${SEASON})(?![\\w-])`,
    `(?<=\\b${words('in', 'during', 'over', 'through', 'throughout', 'since', 'until', 'by', 'before', 'after')}\\s)` +
      `${words('the')}\\s+(?<s3>${SEASON_NOT_FALL})(?![\\w-])(?!\\s+(?:of|months?|season)\\b)`,
  ].join('|'),
  'dg',
);

/** A capitalised season word counts only at the sentence start or after "the", "in", "of". */
function seasonWordOk(context: DateContext, seasonStart: number, word: string): boolean {
  if (word.charAt(0) === word.charAt(0).toLowerCase()) return true;
  const before = context.text.slice(0, seasonStart);
  return /^\s*$/.test(before) || /(?:^|\s)(?:[Tt]he|[Ii]n|[Oo]f|[Bb]y)\s+$/.test(before);
}

function occurrences(referenceYear: number, season: Season) {
  return aroundYear(referenceYear, (y) => seasonValue(y, season, { stated: ['season'], implied: ['year'] }));
}

export const seasonParser = patternParser(RULE, Trigger.SEASON, PATTERN, (context, match) => {
  const span = groupSpan(match, 0);
  const g = match.groups ?? {};
  const word = g.s1 ?? g.s2 ?? g.s3 ?? '';
  const season = seasonOf(word);
  const wordSpan = groupSpan(match, g.s1 !== undefined ? 's1' : g.s2 !== undefined ? 's2' : 's3');
  if (!span || !season || !wordSpan || !seasonWordOk(context, wordSpan[0], word)) return null;

  if (g.y1 !== undefined) {
    if (!yearMayEndHere(context.text, span[1])) return null;
    const date = seasonValue(Number(g.y1), season, { stated: ['season', 'year'], implied: [] });
    const reason = g.early
      ? `part of the season "${g.early.toLowerCase()}"; season and year stated`
      : 'season and year stated';
    return candidate(RULE, span[0], span[1], date, reason);
  }
  const options = occurrences(context.reference.year, season);
  const modifier = (g.modifier ?? '').toLowerCase();
  if (modifier === 'this') {
    // The occurrence nearest to the reference date (the current one when the date falls in it).
    const nearest = pickOccurrence(options, context.referenceIso, 'nearest');
    return candidate(RULE, span[0], span[1], nearest, 'nearest to the reference date');
  }
  if (modifier !== '') {
    const pick: Pick = modifier === 'next' ? 'next' : 'last';
    const reason = pick === 'next' ? 'first after the reference date' : 'last before the reference date';
    return candidate(RULE, span[0], span[1], pickOccurrence(options, context.referenceIso, pick), reason);
  }
  const direction = directionAt(context.text, span[0], span[1]);
  return candidate(
    RULE,
    span[0],
    span[1],
    pickOccurrence(options, context.referenceIso, direction.direction),
    `year implied: ${describeDirection(direction)}`,
  );
});
