/**
 * Builds a DateParser from a global regex and an `extract` function, chrono-style: every match is
 * handed to `extract`, which returns candidates or null (a non-match is not an error).
 */
import type { DateValue } from '../../core/types.js';
import type { DateCandidate, DateContext, DateParser } from './types.js';

export type Extract = (
  context: DateContext,
  match: RegExpExecArray,
) => DateCandidate | readonly DateCandidate[] | null;

export function patternParser(id: string, pattern: RegExp, extract: Extract): DateParser {
  if (!pattern.global || !pattern.hasIndices) {
    throw new Error(`${id}: pattern needs the "dg" flags`);
  }
  return Object.freeze({
    id,
    parse(context: DateContext): readonly DateCandidate[] {
      const out: DateCandidate[] = [];
      // matchAll works on a copy of the regex, so the shared pattern's lastIndex never changes.
      for (const match of context.text.matchAll(pattern)) {
        const found = extract(context, match);
        if (found === null) continue;
        if (Array.isArray(found)) out.push(...(found as readonly DateCandidate[]));
        else out.push(found as DateCandidate);
      }
      return out;
    },
  });
}

/**
 * The [start, end) of capture group `group` (a number, 0 = the whole match, or a group name), or null
 * when it did not take part.
 */
export function groupSpan(match: RegExpExecArray, group: number | string): readonly [number, number] | null {
  const span = typeof group === 'number' ? match.indices?.[group] : match.indices?.groups?.[group];
  return span ? [span[0], span[1]] : null;
}

/** A candidate, or null when `date` is null (an impossible date). */
export function candidate(
  rule: string,
  start: number,
  end: number,
  date: DateValue | null,
  reason: string,
): DateCandidate | null {
  return date ? Object.freeze({ start, end, rule, date, reason }) : null;
}
