/**
 * Triggers: cheap tests, run once per sentence, for the words each parser needs. A parser runs only on
 * sentences holding one of its triggers, and a sentence with none (most sentences) is skipped whole.
 */

import { mapPacked } from '../../core/packed.js';
import { MONTH as MONTH_PATTERN } from './patterns.js';

export const Trigger = Object.freeze({
  /** A month name or abbreviation (capitalised). */
  MONTH: 1,
  /** A weekday name. */
  WEEKDAY: 2,
  /** Four digits. */
  DIGITS: 4,
  /** year, month, week or quarter (for "last year", "the end of the year"...). */
  UNIT: 8,
  /** A season word. */
  SEASON: 16,
  /** quarter, half, months, Q1–Q4, H1–H2. */
  PORTION: 32,
  /** A decade ("1990s", "'90s"). */
  DECADE: 64,
  /** yesterday, today, tomorrow, tonight, night, morning... */
  CASUAL: 128,
  /** "ago". */
  AGO: 256,
  /** A named period's key word ("pandemic"). */
  NAMED: 512,
  /**
   * A whole month name or abbreviation as the month parsers read it (patterns.ts MONTH), not just
   * its letters ("Mark", "Decision" have MONTH only). Every month pattern needs one.
   */
  MONTH_NAME: 1024,
});

// The families (UNIT is year|month|week|quarter and PORTION quarter|half|months|\b[QH][1-4]\b,
// written split in FAMILIES below).
const MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
const DIGITS = /\d{4}/;
const SEASON = /[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all\b|[Ww]inter/;
const DECADE = /\d0['’]?s\b/;
const CASUAL = /oday|orrow|night|esterday|this (?:morning|afternoon|evening)/;
const AGO = /ago/;
const NAMED = /pandemic/i;

/** A month as the month parsers read it; tested only on sentences with MONTH. */
const MONTH_NAME = new RegExp(MONTH_PATTERN);

/**
 * Any trigger at all: one scan that rejects most sentences before the family scan. The alternatives
 * of the families above, with shared first letters factored out ("J(?:an|u[nl])" for Jan, Jun, Jul)
 * so that the regex engine tries fewer of them at each position of a sentence (triggers.test.ts
 * holds it to the plain union of the families).
 */
const ANY = new RegExp(
  [
    String.raw`\d(?:\d\d\d|0['’]?s\b)`,
    String.raw`J(?:an|u[nl])|F(?:eb|riday|all\b)|M(?:a[ry]|onday)|A(?:pr|u(?:g|tumn))|S(?:ep|u(?:mmer|nday)|aturday|pring)`,
    String.raw`Oct|Nov|Dec|T(?:uesday|hursday)|W(?:ednesday|inter)|\b[QH][1-4]\b`,
    String.raw`year|month|w(?:eek|inter)|quarter|s(?:pring|ummer)|a(?:utumn|go)|fall\b|half|o(?:day|rrow)|night|esterday`,
    String.raw`this (?:morning|afternoon|evening)|pandemic`,
  ].join('|'),
);

/**
 * The families again, one capture group each, to find every family of a sentence in one pass (the
 * sentences ANY lets through) rather than one scan per family. The scan moves one character past each
 * match start, so matches may overlap; at one position only the first alternative that matches is
 * reported, and no two families can match at the same position except "quarter" (UNIT and PORTION)
 * and "month"/"months" (UNIT; "months" also PORTION), which have a group of their own, "months"
 * before "month". NAMED is case-sensitive here, as in ANY; in any case only once another family is
 * found (see triggersOf).
 */
const FAMILIES = new RegExp(
  mapPacked(
    [
      MONTH,
      WEEKDAY,
      DIGITS,
      /year|week|month(?!s)/,
      /quarter|months/,
      SEASON,
      /half|\b[QH][1-4]\b/,
      DECADE,
      CASUAL,
      AGO,
      /pandemic/,
    ],
    (r) => `(${r.source})`,
  ).join('|'),
  'g',
);

/** The trigger of each capture group of FAMILIES (index 0 unused). */
const GROUP_TRIGGERS: readonly number[] = [
  0,
  Trigger.MONTH,
  Trigger.WEEKDAY,
  Trigger.DIGITS,
  Trigger.UNIT,
  Trigger.UNIT | Trigger.PORTION,
  Trigger.SEASON,
  Trigger.PORTION,
  Trigger.DECADE,
  Trigger.CASUAL,
  Trigger.AGO,
  Trigger.NAMED,
];

/** The triggers present in a sentence, as a bit mask of `Trigger` values (0: no date can be in it). */
export function triggersOf(sentence: string): number {
  if (!ANY.test(sentence)) return 0;
  let mask = 0;
  FAMILIES.lastIndex = 0;
  for (let m = FAMILIES.exec(sentence); m !== null; m = FAMILIES.exec(sentence)) {
    for (let g = 1; g < GROUP_TRIGGERS.length; g++) {
      if (m[g] !== undefined) {
        mask |= GROUP_TRIGGERS[g]!;
        break;
      }
    }
    FAMILIES.lastIndex = m.index + 1;
  }
  FAMILIES.lastIndex = 0;
  if (NAMED.test(sentence)) mask |= Trigger.NAMED;
  if ((mask & Trigger.MONTH) !== 0 && MONTH_NAME.test(sentence)) mask |= Trigger.MONTH_NAME;
  return mask;
}
