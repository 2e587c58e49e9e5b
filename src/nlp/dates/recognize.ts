/**
 * recognizeDates: every date or period expression in an article's sentences, resolved against the
 * publication date.
 */
import type { DateMention } from '../../core/types.js';
import { DyadError } from '../../core/errors.js';
import { isoDay, parseIsoDay, type Day } from './calendar.js';
import { dateConfiguration, type DateConfiguration } from './configuration.js';
import { triggersOf } from './triggers.js';
import type { DateCandidate, DateContext } from './types.js';

/** A sentence's place in the text (a `Sentence` has these and more). */
export interface SentenceSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** Stands in for an unknown publication date; nothing derived from it is returned. */
const PLACEHOLDER: Day = Object.freeze({ year: 2000, month: 6, day: 15 });
const PLACEHOLDER_ISO = isoDay(PLACEHOLDER);

/** Runs the parsers, then the refiners, over one sentence. */
export function runConfiguration(
  context: DateContext,
  configuration: DateConfiguration,
): readonly DateCandidate[] {
  let candidates: DateCandidate[] = [];
  for (const parser of configuration.parsers) {
    if ((parser.triggers & context.triggers) === 0) continue;
    for (const c of parser.parse(context)) {
      if (c.start < c.end && c.start >= 0 && c.end <= context.text.length) candidates.push(c);
    }
  }
  // With no candidate there is nothing to refine (a refiner only removes, changes or merges).
  if (candidates.length === 0) return candidates;
  for (const refiner of configuration.refiners) candidates = [...refiner.refine(context, candidates)];
  return candidates;
}

function checkSentence(text: string, s: SentenceSpan): void {
  if (
    !Number.isInteger(s.start) ||
    !Number.isInteger(s.end) ||
    s.start < 0 ||
    s.end > text.length ||
    s.start > s.end
  ) {
    throw new DyadError('sentences', `sentence ${s.index} has span [${s.start}, ${s.end}) outside the text`);
  }
}

/**
 * Date mentions in `text`, sentence by sentence, in text order. `reference` is the publication date
 * (YYYY-MM-DD); when null, absolute dates still resolve and relative ones come back with `date: null`
 * and a reason. Offsets are into `text`: `text.slice(m.start, m.end) === m.text`.
 */
export function recognizeDates(
  text: string,
  sentences: readonly SentenceSpan[],
  reference: string | null,
  configuration: DateConfiguration = dateConfiguration,
): DateMention[] {
  let day: Day = PLACEHOLDER;
  // A valid reference is its own YYYY-MM-DD form (parseIsoDay accepts exactly that form).
  let referenceIso = PLACEHOLDER_ISO;
  if (reference !== null) {
    const parsed = parseIsoDay(reference);
    if (!parsed) throw new DyadError('reference', `"${reference}" is not a YYYY-MM-DD date`);
    day = parsed;
    referenceIso = reference;
  }
  const mentions: DateMention[] = [];
  for (const s of sentences) {
    checkSentence(text, s);
    const sentence = text.slice(s.start, s.end);
    const triggers = triggersOf(sentence);
    if (triggers === 0) continue;
    const context: DateContext = {
      text: sentence,
      triggers,
      reference: day,
      referenceIso,
      referenceKnown: reference !== null,
    };
    for (const c of runConfiguration(context, configuration)) {
      const start = s.start + c.start;
      const end = s.start + c.end;
      mentions.push(
        Object.freeze({
          kind: 'date',
          text: text.slice(start, end),
          start,
          end,
          sentence: s.index,
          rule: c.rule,
          reason: c.reason,
          date: c.date,
        }),
      );
    }
  }
  return mentions;
}
