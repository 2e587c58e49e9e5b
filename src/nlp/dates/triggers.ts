/**
 * Triggers: cheap tests, run once per sentence, for the words each parser needs. A parser runs only on
 * sentences holding one of its triggers, and a sentence with none (most sentences) is skipped whole.
 */

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
});

const MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
const DIGITS = /\d{4}/;
const SEASON = /[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all\b|[Ww]inter/;
const PORTION = /quarter|half|months|\b[QH][1-4]\b/;
const DECADE = /\d0['’]?s\b/;
const CASUAL = /oday|orrow|night|esterday|this (?:morning|afternoon|evening)/;
const NAMED = /pandemic/i;

/** Any trigger at all: one scan that rejects most sentences before the family tests. */
const ANY = new RegExp(
  [MONTH, WEEKDAY, DIGITS, /year|month|week|quarter/, SEASON, PORTION, DECADE, CASUAL, /ago/, NAMED]
    .map((r) => r.source)
    .join('|'),
);

/** The triggers present in a sentence, as a bit mask of `Trigger` values (0: no date can be in it). */
export function triggersOf(sentence: string): number {
  if (!ANY.test(sentence)) return 0;
  let mask = 0;
  if (MONTH.test(sentence)) mask |= Trigger.MONTH;
  if (sentence.includes('day') && WEEKDAY.test(sentence)) mask |= Trigger.WEEKDAY;
  if (DIGITS.test(sentence)) mask |= Trigger.DIGITS;
  if (
    sentence.includes('year') ||
    sentence.includes('month') ||
    sentence.includes('week') ||
    sentence.includes('quarter')
  ) {
    mask |= Trigger.UNIT;
  }
  if (SEASON.test(sentence)) mask |= Trigger.SEASON;
  if (PORTION.test(sentence)) mask |= Trigger.PORTION;
  if (DECADE.test(sentence)) mask |= Trigger.DECADE;
  if (CASUAL.test(sentence)) mask |= Trigger.CASUAL;
  if (NAMED.test(sentence)) mask |= Trigger.NAMED;
  if (sentence.includes('ago')) mask |= Trigger.AGO;
  return mask;
}
