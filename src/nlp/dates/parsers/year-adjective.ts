/**
 * dates/year-adjective — a year used as an adjective after a determiner: "the 2022 joint
 * declaration", "its 2016 statement", "the 2020 election". Not a year when the next word is a
 * count noun or unit ("the 2000 troops", "the 1500 km"), nor when the year lies after the
 * publication year: "the 2030 Agenda" names a plan, not when something happened.
 */
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { YEAR4 } from '../patterns.js';
import { yearValue } from '../values.js';

const RULE = 'dates/year-adjective';

/** Words after a number that make it a count or a measure, not a year. */
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
  if (!context.referenceKnown || year > Number(context.referenceIso.slice(0, 4))) return null;
  const next = /^\s+([A-Za-z]+)/.exec(context.text.slice(span[1], span[1] + 40))?.[1] ?? '';
  if (COUNT_OR_UNIT.test(next)) return null;
  return candidate(
    RULE,
    span[0],
    span[1],
    yearValue(year, { stated: ['year'], implied: [] }),
    'year used as an adjective after a determiner',
  );
});
