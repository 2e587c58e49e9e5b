/**
 * dates/year-adjective — a year used as an adjective after a determiner: "the 2022 joint
 * declaration", "its 2016 statement", "the 2020 election". A lower-case noun must follow,
 * possibly after names ("the 2022 Belarus-China joint declaration"); a count noun or unit is
 * no year ("the 2000 troops", "the 1500 km"), and a name followed by no noun names a thing
 * ("the 2030 Agenda was adopted"). The publication date plays no part.
 */
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { YEAR4 } from '../patterns.js';
import { yearValue } from '../values.js';

const RULE = 'dates/year-adjective';

/** Words after a number that make it a count or a measure, not a year. */
const FUNCTION_WORDS = new Set(
  'a an the and or but of for to in on at by with from as is are was were be been has have had will would can could may might must shall should that which who this these those it its'.split(
    ' ',
  ),
);

const COUNT_OR_UNIT =
  /^(?:people|persons|troops|soldiers|men|women|children|members|residents|refugees|units|tons|tonnes|km|kilometers|kilometres|miles|meters|metres|feet|hectares|acres|dollars|euros|rubles|yuan|votes|seats|cases|deaths|times|years|hours|days|GMT|UTC)$/i;

const PATTERN = new RegExp(
  `(?<![\\w-])(?:the|its|their|his|her|this|that)\\s+(?<year>${YEAR4})(?=\\s+[A-Za-z])`,
  'dgi',
);

export const yearAdjectiveParser = patternParser(RULE, Trigger.DIGITS, PATTERN, (context, match) => {
  const span = groupSpan(match, 'year');
  if (!span) return null;
  const year = Number(context.text.slice(span[0], span[1]));
  // the words after the year: a lower-case noun ("the 2016 joint statement"), or names that a
  // lower-case noun follows ("the 2022 Belarus-China joint declaration"); a name alone names
  // a thing ("the 2030 Agenda was adopted") and a count or unit is no year ("the 2000 troops")
  const after = context.text.slice(span[1], span[1] + 60).match(/[A-Za-z]+/g) ?? [];
  const firstLower = after.findIndex((w) => w[0] === w[0]!.toLowerCase());
  if (firstLower < 0 || firstLower > 3) return null;
  const noun = after[firstLower]!;
  if (COUNT_OR_UNIT.test(noun) || FUNCTION_WORDS.has(noun)) return null;
  return candidate(
    RULE,
    span[0],
    span[1],
    yearValue(year, { stated: ['year'], implied: [] }),
    'year used as an adjective after a determiner',
  );
});
