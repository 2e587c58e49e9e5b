/**
 * Regex sources the parsers compose. Month and weekday names must be capitalised ("a march through the
 * city", "may" are not dates); other words may be capitalised at the start of a sentence.
 */
import { mapPacked } from '../../core/packed.js';
import type { Day } from './calendar.js';

/** A word whose first letter may be upper case: word('in') → "[Ii]n". */
export function word(w: string): string {
  const first = w.charAt(0);
  return `[${first.toUpperCase()}${first.toLowerCase()}]${w.slice(1)}`;
}

/** Alternation of words, each with an optional capital: words('in', 'since') → "(?:[Ii]n|[Ss]ince)". */
export function words(...ws: readonly string[]): string {
  return `(?:${mapPacked(ws, word).join('|')})`;
}

/** A capitalised month name or abbreviation ("Mar." and "May" only in those forms). */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![A-Za-z])';

/** A month name not followed by a day number ("March 2015" and "March," pass; "March 15" does not). */
export const MONTH_NO_DAY = `${MONTH}(?!\\.?\\s*\\d{1,2}(?!\\d))`;

/** A capitalised weekday name. */
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])';

/** The digits of a year 1800–2100. */
export const YEAR_DIGITS = '(?:1[89]\\d\\d|20\\d\\d|2100)';

/** A four-digit year 1800–2100 that is not part of a longer number, a decimal or a percentage. */
export const YEAR4 = `${YEAR_DIGITS}(?![\\w%]|[.,]\\d)`;

/** Nothing number-like right before a year that stands alone. */
export const YEAR_BEFORE = '(?<![\\w.,$€£¥#/\\-–])';

/** A year as written: "2015", "this year", "last year", "next year", "the current year", "the year". */
export const YEAR_REF = `(?:${YEAR4}|(?:this|last|next) year|the (?:current )?year)(?![\\w-])`;

/** The year a YEAR_REF names, and whether it was stated (a number) or taken from the reference. */
export function readYearRef(text: string, reference: Day): { year: number; stated: boolean } | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d{4}$/.test(t)) return { year: Number(t), stated: true };
  if (t === 'last year') return { year: reference.year - 1, stated: false };
  if (t === 'next year') return { year: reference.year + 1, stated: false };
  if (t === 'this year' || t === 'the year' || t === 'the current year') {
    return { year: reference.year, stated: false };
  }
  return null;
}

/** Lower-case words that may follow a year ("in 2014 the", "since 2013 when"); others suggest a count. */
const FOLLOWERS = new Set(
  (
    'the a an and or but nor when while as after before until since with without to for of in on at by ' +
    'from into onto it its he she they we i you this that these those which who whom whose where there ' +
    'was were is are be been being has had have having will would could can may might should must shall ' +
    'alone only onward onwards through throughout amid amidst during under against between following ' +
    'both respectively not also already again too though although because if so then than his her their ' +
    'our my your more most some many all each every no yet over about around despite just even'
  ).split(' '),
);

/** Irregular past-tense verbs that may follow a year ("in 2021 rose"); regular ones end in "-ed". */
const PAST_VERBS = new Set(
  (
    'rose fell grew came became began saw made took went won lost met led left paid sold spent struck hit ' +
    'set told said gave got brought built bought broke ran stood held kept put sent sought fought thought ' +
    'felt found drew flew knew threw wrote chose spoke shook swore tore wore meant dealt'
  ).split(' '),
);

/** Capitalised tokens after a four-digit number that make it a clock time or a unit, not a year. */
const NOT_AFTER_YEAR = new Set([
  'GMT',
  'UTC',
  'EST',
  'EDT',
  'CET',
  'CEST',
  'BST',
  'MSK',
  'Z',
  'hrs',
  'KM',
  'MW',
  'BC',
  'BCE',
]);

/**
 * True when what follows `end` in `text` lets a bare number stand as a year: the end of the sentence,
 * punctuation, a capitalised word, a function word or a past-tense verb ("in 2021 amounted"). False for "2,000 troops"-like counts
 * ("in 2000 troops"), units, clock times ("2100 GMT") and further digits. `lenient` accepts any
 * following word except units and clock-time zones (for forms that are dates by themselves, "2013-2021").
 */
export function yearMayEndHere(text: string, end: number, mode: 'strict' | 'lenient' = 'strict'): boolean {
  const m = /^\s*(?:([A-Za-z]+)|(\S))?/.exec(text.slice(end, end + 40));
  const next = m?.[1];
  const other = m?.[2];
  if (next !== undefined) {
    if (NOT_AFTER_YEAR.has(next)) return false;
    const first = next.charAt(0);
    if (mode === 'lenient' || first === first.toUpperCase()) return true;
    return FOLLOWERS.has(next) || PAST_VERBS.has(next) || (next.length > 4 && next.endsWith('ed'));
  }
  if (other === undefined) return true;
  return !/[\d%°$€£¥]/.test(other);
}
