import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { sharedFile } from '../../../testing/shared.js';
import { isoDay, type Day } from '../calendar.js';
import { MONTH } from '../patterns.js';
import { chronoFilterRefiner } from '../refiners/chrono-filter.js';
import { triggersOf } from '../triggers.js';
import type { DateContext } from '../types.js';
import { chronoCandidates, chronoParser, mayHoldChronoDay } from './chrono.js';

const REFERENCE: Day = { year: 2023, month: 6, day: 15 };

function contextOf(text: string): DateContext {
  return {
    text,
    triggers: triggersOf(text),
    reference: REFERENCE,
    referenceIso: isoDay(REFERENCE),
    referenceKnown: true,
  };
}

/** The gate before mayHoldChronoDay narrowed it (chrono.ts CHRONO_GATE). */
const WIDE_GATE = new RegExp(
  `${MONTH}\\s*\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|\\d{4}[-/]\\d\\d?[-/]\\d|\\d[/.]\\d\\d?[/.]\\d{4}`,
);

/**
 * The gate may only turn away sentences where chrono finds nothing that the chrono filter keeps:
 * what the filter keeps is the same as behind the wide gate alone.
 */
function checkGate(text: string): void {
  const context = contextOf(text);
  const kept = chronoFilterRefiner.refine(context, chronoParser.parse(context));
  const wide = chronoFilterRefiner.refine(context, WIDE_GATE.test(text) ? chronoCandidates(context) : []);
  assert.deepEqual(kept, wide, JSON.stringify(text));
  if (!WIDE_GATE.test(text)) assert.equal(mayHoldChronoDay(text), false);
}

/** Month words, days, years, separators and the words chrono's weekday and time parsers read. */
const PIECES = [
  ...'March MARCH march Mar. Mar May may Sept. Sept Sep December Dec. dec june Jan.'.split(' '),
  ...'1 5 12 15 20 31 2015 2023 05 2015-06-01 12/05/2023 12.05.2023 12-05-15 3.5 1/2'.split(' '),
  ...'first First thirty-first twenty first second 5th 1st 22nd 3rd'.split(' '),
  ...['of', 'on', 'to', 'and', 'the', 'at', 'till', '-', '–', '/', '.', ',', ', ', ' ', '  ', '(', ')'],
  ...'Monday monday Tue. weekend 5pm 5 p.m. 10:30 noon at 8.30 a.m. o clock tonight'.split(' '),
];

test('the chrono gate turns away only sentences where nothing chrono finds is kept', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }),
      fc.constantFrom('', ' '),
      (parts, glue) => checkGate(parts.join(glue)),
    ),
    { numRuns: 20000 },
  );
});

test('the chrono gate: examples', () => {
  assert.equal(mayHoldChronoDay('It was founded in March 2015 by workers.'), false);
  assert.equal(mayHoldChronoDay('It was founded on March 15, 2015.'), true);
  assert.equal(mayHoldChronoDay('In March 2015, and again on 4 May, they met.'), true);
  assert.equal(mayHoldChronoDay('In March 2015, and again on March first, they met.'), true);
});

const VOA = sharedFile('corpus/voa/stories.jsonl');
test('the chrono gate on VOA sentences', { skip: VOA ? false : 'no ../shared corpus' }, () => {
  let checked = 0;
  for (const line of readFileSync(VOA!, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = (JSON.parse(line) as { text?: string }).text ?? '';
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      checkGate(sentence);
      checked++;
    }
  }
  assert.ok(checked > 100);
});
