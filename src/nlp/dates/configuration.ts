/**
 * The date recognizer's configuration: its parsers and refiners, in order. The order is the
 * architecture; each constraint is noted where it applies.
 */
import { agoParser } from './parsers/ago.js';
import { bareMonthParser } from './parsers/bare-month.js';
import { bareYearParser } from './parsers/bare-year.js';
import { yearAdjectiveParser } from './parsers/year-adjective.js';
import { namedPeriodParser } from './parsers/named-period.js';
import { casualDayParser } from './parsers/casual-day.js';
import { chronoParser } from './parsers/chrono.js';
import { decadeParser } from './parsers/decade.js';
import { monthModifierParser } from './parsers/month-modifier.js';
import { monthPartParser } from './parsers/month-part.js';
import { monthRangeParser } from './parsers/month-range.js';
import { monthYearParser } from './parsers/month-year.js';
import { quarterParser } from './parsers/quarter.js';
import { relativeUnitParser } from './parsers/relative-unit.js';
import { seasonParser } from './parsers/season.js';
import { weekdayParser } from './parsers/weekday.js';
import { yearPartParser } from './parsers/year-part.js';
import { yearPortionParser } from './parsers/year-portion.js';
import { yearRangeParser } from './parsers/year-range.js';
import { chronoFilterRefiner } from './refiners/chrono-filter.js';
import { chronoYearlessRefiner } from './refiners/chrono-yearless.js';
import { namedEventRefiner } from './refiners/named-event.js';
import { overlapRemovalRefiner } from './refiners/overlap-removal.js';
import { trimArticleRefiner } from './refiners/trim-article.js';
import { unknownReferenceRefiner } from './refiners/unknown-reference.js';
import type { DateParser, DateRefiner } from './types.js';

export interface DateConfiguration {
  readonly parsers: readonly DateParser[];
  readonly refiners: readonly DateRefiner[];
}

export const dateConfiguration: DateConfiguration = Object.freeze({
  // Parsers all run; their order only breaks ties in overlap removal (equal spans: earlier wins).
  parsers: Object.freeze([
    // Day-level dates first: a day is the most precise reading of any span it shares.
    chronoParser,
    casualDayParser,
    agoParser,
    weekdayParser,
    // Month readings, most specific first ("from March to May 2023" > "early March" > "March 2023").
    monthRangeParser,
    monthPartParser,
    monthYearParser,
    monthModifierParser,
    bareMonthParser,
    // Sub-year periods before whole years.
    quarterParser,
    yearPortionParser,
    seasonParser,
    // Multi-year periods, then single years; bare years last, as they need the most context.
    decadeParser,
    yearRangeParser,
    yearPartParser,
    relativeUnitParser,
    bareYearParser,
    yearAdjectiveParser,
    namedPeriodParser,
  ]),
  refiners: Object.freeze([
    // Before overlap removal: a chrono result we drop must not knock out an overlapping good one.
    chronoFilterRefiner,
    // After the filter (only trusted chrono dates are re-resolved), before named-event (which looks
    // at the implied year).
    chronoYearlessRefiner,
    namedEventRefiner,
    // Before overlap removal, so span lengths compare without a leading "the".
    trimArticleRefiner,
    overlapRemovalRefiner,
    // Last: it blanks values that every earlier step may still have needed.
    unknownReferenceRefiner,
  ]),
});
