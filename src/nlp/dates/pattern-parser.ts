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

export function patternParser(id: string, triggers: number, pattern: RegExp, extract: Extract): DateParser {
  if (!pattern.global || !pattern.hasIndices) {
    throw new Error(`${id}: pattern needs the "dg" flags`);
  }
  // A copy private to this parser, compiled once: the caller's pattern never moves. Its lastIndex is
  // set to 0 before each sentence and left at 0 after, so no state outlives a call (parse is
  // synchronous, and no extract function runs its own parser).
  const regex = new RegExp(pattern);
  return Object.freeze({
    id,
    triggers,
    parse(context: DateContext): readonly DateCandidate[] {
      const out: DateCandidate[] = [];
      const text = context.text;
      regex.lastIndex = 0;
      try {
        for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
          if (match[0].length === 0) regex.lastIndex += 1;
          const found = extract(context, match);
          if (found === null) continue;
          if (Array.isArray(found)) out.push(...(found as readonly DateCandidate[]));
          else out.push(found as DateCandidate);
        }
      } finally {
        regex.lastIndex = 0;
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
