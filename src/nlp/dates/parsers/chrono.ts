/**
 * dates/chrono — chrono-node for what it reads well: dates with a day ("December 4", "Sept. 15",
 * "15 September 2022", "2022-09-15", "Monday, December 4", "December 4 at 5 p.m.", "June 30-July 2").
 *
 * We keep chrono's day-level parsers (and the weekday and time parsers, so that "Monday, December 4"
 * and "December 4 at 5 p.m." merge into one result) and leave out its relative-unit, casual and
 * month-only parsers: our own parsers handle those with precision and past-biased resolution.
 * Chrono's output is translated as read; the chrono refiners (configuration.ts) then drop what we do
 * not trust and re-resolve year-less dates.
 */
import { mapPacked } from '../../../core/packed.js';
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateValue } from '../../../core/types.js';
import { MONTH } from '../patterns.js';
import { dayValue, rangeValue, type DateComponent, type Parts } from '../values.js';
import { Trigger } from '../triggers.js';
import type { ChronoComponents, DateCandidate, DateContext, DateParser } from '../types.js';

export const CHRONO_RULE = 'dates/chrono';

/** Chrono parsers we use, by class name (chrono-node 2.10.3). */
const KEPT_PARSERS = [
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENTimeExpressionParser',
];

function buildChrono(): chrono.Chrono {
  // Strict English configuration: no casual words ("now", "tonight"), no "for three hours".
  const base = chrono.en.configuration.createConfiguration(true, false);
  const parsers = base.parsers.filter((p) => KEPT_PARSERS.includes(p.constructor.name));
  if (parsers.length !== KEPT_PARSERS.length) {
    throw new Error(`chrono-node: expected parsers ${KEPT_PARSERS.join(', ')}; has the package changed?`);
  }
  return new chrono.Chrono({ parsers, refiners: base.refiners });
}

const engine = buildChrono();

/**
 * Chrono only runs on sentences that may hold a day-level date: a month name next to a number,
 * or a numeric date. Most sentences never reach it.
 */
const CHRONO_GATE = new RegExp(
  `${MONTH}\\s*\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|\\d{4}[-/]\\d\\d?[-/]\\d|\\d[/.]\\d\\d?[/.]\\d{4}`,
);

/** Chrono's month words (its MONTH_DICTIONARY keys), as its patterns read them: case ignored. */
const CHRONO_MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)';

/** How chrono's ordinal day words ("first" ... "thirty-first") begin. */
const ORDINAL_WORD_START = '(?:fir|sec|thi|fou|fif|six|sev|eig|nin|ten|ele|twe)';

/**
 * A second, necessary condition for chrono to return a result the chrono filter keeps: one with a
 * stated month and day. Only its day-level parsers state both (a weekday or a time alone states
 * neither, and its refiners only merge such results into a dated one), and each of those needs
 * one of these in the sentence:
 * - a month word, its separator (-, /, spaces and a comma) and a day: one or two digits not followed
 *   by a third ("March 2015" holds no day) or an ordinal word (ENMonthNameMiddleEndianParser);
 * - a day (a digit or an ordinal's last letters), a separator (-, /, spaces, "of") and a month
 *   word that no letter follows (ENMonthNameLittleEndianParser);
 * - four digits, a separator and a month word or a digit (ENYearMonthDayParser, ISOFormatParser);
 * - digits around a / . or - (SlashDateFormatParser).
 * CHRONO_GATE passes many sentences with only a month and a year ("in March 2015"), where chrono's
 * seven patterns, run over the whole sentence, were a fifth of the date recognizer's time; this
 * test turns most of them away. chrono.test.ts holds it to chrono's own output.
 */
const DAY_POSSIBLE = new RegExp(
  [
    `${CHRONO_MONTH}(?:-|/|\\s*,?\\s*)(?:\\d{1,2}(?!\\d)|${ORDINAL_WORD_START})`,
    `(?:\\d|st|nd|rd|th)(?:-|/|\\s{0,3}(?:of)?\\s{0,3})${CHRONO_MONTH}(?![a-z])`,
    `\\d{4}[-./\\s](?:${CHRONO_MONTH}|\\d)`,
    `\\d[-/.]\\d`,
  ].join('|'),
  'i',
);

/** True unless chrono can certainly find nothing the chrono filter keeps in `text`. */
export function mayHoldChronoDay(text: string): boolean {
  return CHRONO_GATE.test(text) && DAY_POSSIBLE.test(text);
}

function readComponents(c: ParsedComponents): ChronoComponents {
  return {
    year: c.isCertain('year') ? c.get('year') : null,
    month: c.isCertain('month') ? c.get('month') : null,
    day: c.isCertain('day') ? c.get('day') : null,
    weekday: c.isCertain('weekday') ? c.get('weekday') : null,
    time: c.isCertain('hour'),
  };
}

function partsOf(c: ChronoComponents): { stated: DateComponent[]; implied: DateComponent[] } {
  const stated: DateComponent[] = [];
  const implied: DateComponent[] = [];
  (c.year !== null ? stated : implied).push('year');
  (c.month !== null ? stated : implied).push('month');
  (c.day !== null ? stated : implied).push('day');
  if (c.weekday !== null) stated.push('weekday');
  if (c.time) stated.push('time');
  return { stated, implied };
}

/** The day chrono resolved for one end (its own guess for implied parts; refiners may redo it). */
function chronoDay(c: ParsedComponents, parts: Parts): DateValue | null {
  return dayValue(c.get('year') ?? 0, c.get('month') ?? 0, c.get('day') ?? 0, parts);
}

/** Leading words chrono includes in its text that are not part of the date. */
const LEADING = /^(?:[,(（]\s*)?(?:on\s+)?/i;
const TRAILING = /[\s,(（]+$/;

function toCandidate(text: string, result: ParsedResult): DateCandidate | null {
  if (text.slice(result.index, result.index + result.text.length) !== result.text) return null;
  const lead = LEADING.exec(result.text)?.[0].length ?? 0;
  const trimmed = result.text.slice(lead).replace(TRAILING, '');
  if (trimmed.length === 0) return null;
  const start = readComponents(result.start);
  const end = result.end ? readComponents(result.end) : null;
  const startParts = partsOf(start);
  let date = chronoDay(result.start, startParts);
  if (result.end && end) {
    const endParts = partsOf(end);
    const parts = {
      stated: [...startParts.stated, ...endParts.stated],
      implied: [...startParts.implied, ...endParts.implied],
    };
    date = rangeValue(chronoDay(result.start, parts), chronoDay(result.end, parts), parts) ?? date;
  }
  if (!date) return null;
  const parsers = mapPacked(
    [...result.tags()].filter((t) => t.startsWith('parser/')),
    (t) => t.slice(7),
  );
  return Object.freeze({
    start: result.index + lead,
    end: result.index + lead + trimmed.length,
    rule: CHRONO_RULE,
    date,
    reason: `chrono-node${parsers.length > 0 ? ` (${parsers.join(', ')})` : ''}`,
    chrono: Object.freeze({ parsers: Object.freeze(parsers), start, end }),
  });
}

export const chronoParser: DateParser = Object.freeze({
  id: CHRONO_RULE,
  triggers: Trigger.MONTH_NAME | Trigger.DIGITS,
  parse(context: DateContext): readonly DateCandidate[] {
    return mayHoldChronoDay(context.text) ? chronoCandidates(context) : [];
  },
});

/** Chrono's results for a sentence, ungated (the parser above runs it only where it may find a day). */
export function chronoCandidates(context: DateContext): DateCandidate[] {
  const { year, month, day } = context.reference;
  const reference = { instant: new Date(Date.UTC(year, month - 1, day, 12)), timezone: 0 };
  const out: DateCandidate[] = [];
  for (const result of engine.parse(context.text, reference)) {
    const c = toCandidate(context.text, result);
    if (c) out.push(c);
  }
  return out;
}
