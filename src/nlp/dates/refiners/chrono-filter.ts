/**
 * dates/chrono-filter — drops chrono results we do not trust or leave to our own parsers:
 * - results without a stated month and day: a time alone ("at 5 p.m."), a weekday alone, a month with
 *   or without a year (dates/weekday and the month parsers read those with past-biased years);
 * - a lower-case month word ("4 march", "may 5"): chrono ignores case, English does not;
 * - numeric dates without a four-digit year ("24/7", "1/2") or whose day and month could be swapped
 *   ("12/04/2023" is 4 December in the US and 12 April elsewhere).
 */
import { refiner } from '../refiner.js';
import type { ChronoComponents, DateCandidate } from '../types.js';

const LOWER_MONTH =
  /(?<![A-Za-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])/;

const NUMERIC = /(\d{1,4})[/.](\d{1,2})(?:[/.](\d{1,4}))?/;

function hasMonthAndDay(c: ChronoComponents | null): boolean {
  return c === null || (c.month !== null && c.day !== null);
}

function numericOk(text: string): boolean {
  const m = NUMERIC.exec(text);
  if (!m) return true;
  const [a, b, c] = [m[1] ?? '', m[2] ?? '', m[3]];
  if (a.length === 4) return true; // 2023/12/04: year first, then month and day
  if (c === undefined || c.length !== 4) return false;
  const x = Number(a);
  const y = Number(b);
  return x === y || x > 12 || y > 12;
}

export const chronoFilterRefiner = refiner(
  'dates/chrono-filter',
  (context, candidates): readonly DateCandidate[] => {
    return candidates.filter((c) => {
      if (!c.chrono) return true;
      if (!hasMonthAndDay(c.chrono.start) || c.chrono.start.month === null) return false;
      if (!hasMonthAndDay(c.chrono.end)) return false;
      const text = context.text.slice(c.start, c.end);
      if (LOWER_MONTH.test(text)) return false;
      return numericOk(text);
    });
  },
);
