import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { sharedFile } from '../../testing/shared.js';
import { MONTH as MONTH_NAME } from './patterns.js';
import { Trigger, triggersOf } from './triggers.js';

/**
 * The regex definitions the one-pass scan of triggers.ts replaces: it must give the same mask for
 * every text, as the triggers decide which parsers run (and so what is found).
 */
const MONTH = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
const DIGITS = /\d{4}/;
const SEASON = /[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all\b|[Ww]inter/;
const PORTION = /quarter|half|months|\b[QH][1-4]\b/;
const DECADE = /\d0['’]?s\b/;
const CASUAL = /oday|orrow|night|esterday|this (?:morning|afternoon|evening)/;
const NAMED = /pandemic/i;
const ANY = new RegExp(
  [MONTH, WEEKDAY, DIGITS, /year|month|week|quarter/, SEASON, PORTION, DECADE, CASUAL, /ago/, NAMED]
    .map((r) => r.source)
    .join('|'),
);

function reference(sentence: string): number {
  if (!ANY.test(sentence)) return 0;
  let mask = 0;
  if (MONTH.test(sentence)) mask |= Trigger.MONTH;
  if (WEEKDAY.test(sentence)) mask |= Trigger.WEEKDAY;
  if (DIGITS.test(sentence)) mask |= Trigger.DIGITS;
  if (/year|month|week|quarter/.test(sentence)) mask |= Trigger.UNIT;
  if (SEASON.test(sentence)) mask |= Trigger.SEASON;
  if (PORTION.test(sentence)) mask |= Trigger.PORTION;
  if (DECADE.test(sentence)) mask |= Trigger.DECADE;
  if (CASUAL.test(sentence)) mask |= Trigger.CASUAL;
  if (NAMED.test(sentence)) mask |= Trigger.NAMED;
  if (sentence.includes('ago')) mask |= Trigger.AGO;
  if (new RegExp(MONTH_NAME).test(sentence)) mask |= Trigger.MONTH_NAME;
  return mask;
}

const PIECES = [
  ...'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mark Mayor Decision'.split(' '),
  ...'January March Sept. Sept Dec. Mar. Mar May, Junes'.split(' '),
  ...'Summer Autumn autumn Winter Spring spring summer fall Fall falls Oct Nov Dec Tuesday Thursday'.split(
    ' ',
  ),
  ...'Wednesday Saturday Sunday Friday Monday Jul Jun Jan Aug Apr Sep Feb May Mar weeks quarters'.split(' '),
  ...['this morning', 'this afternoon', 'this evening', 'this', 'evening', "1990's", '1990’s', '10s'],
  ...'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Fri day'.split(' '),
  ...'year years month months week quarter half Spring spring summer Autumn Winter winter fall Fall'.split(
    ' ',
  ),
  ...'fallen falls Q1 Q4 Q5 H2 H3 XQ1 Q10 today tomorrow tonight night yesterday this morning'.split(' '),
  ...'this afternoon this evening ago Chicago pandemic Pandemic PANDEMIC pandemi PaNdEmIc'.split(' '),
  ...['1990s', "'90s", '90’s', '20s', '2000', '123', '12345', '0s', 's', "'", '’', '_', '-', ' ', '.', ','],
  ...['ı', 'é', 'K', '\u00a0', '\n', '0', '9', 'A', 'a', 'P', 'p', 'Q', 'H', 'F'],
];

test('triggersOf agrees with the regex definitions on random text', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }),
      fc.constantFrom('', ' '),
      (parts, glue) => {
        const text = parts.join(glue);
        assert.equal(triggersOf(text), reference(text), JSON.stringify(text));
      },
    ),
    { numRuns: 20000 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
      assert.equal(triggersOf(text), reference(text), JSON.stringify(text));
    }),
    { numRuns: 5000 },
  );
});

test('triggersOf: examples', () => {
  assert.equal(triggersOf('Nothing here at all.'), 0);
  assert.equal(triggersOf('Mark Mayor made a Decision.'), Trigger.MONTH);
  assert.equal(triggersOf('in March'), Trigger.MONTH | Trigger.MONTH_NAME);
  assert.equal(triggersOf('The Pandemic spread.'), 0);
  assert.equal(triggersOf('The Pandemic spread this year.'), Trigger.UNIT | Trigger.NAMED);
  assert.equal(triggersOf('In the 1990s, in Q3'), Trigger.DIGITS | Trigger.DECADE | Trigger.PORTION);
  assert.equal(triggersOf('fall, Fallujah'), Trigger.SEASON);
});

const VOA = sharedFile('corpus/voa/stories.jsonl');
test(
  'triggersOf agrees with the regex definitions on VOA sentences',
  { skip: VOA ? false : 'no ../shared corpus' },
  () => {
    let checked = 0;
    for (const line of readFileSync(VOA!, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const text = (JSON.parse(line) as { text?: string }).text ?? '';
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        assert.equal(triggersOf(sentence), reference(sentence), JSON.stringify(sentence));
        checked++;
      }
    }
    assert.ok(checked > 100);
  },
);
