/**
 * Inputs that must yield no quantity at all (or only the quantities named): years, dates, times,
 * phone numbers, codes, names, ordinals, versions, labels.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quantitiesOf, view } from './testing.js';

const NOTHING: readonly string[] = [
  // years and dates
  'It happened in 2021.',
  'Since 2013, relations have grown.',
  'between 2000 and 2019',
  'from 1910 to 1940',
  'They met on Monday, December 4.',
  'on Dec. 4 visits resumed',
  'December 4 protests',
  'on 4 December 2023',
  'The date was 2023-12-04.',
  'dated 12/04/2023',
  'in the 1990s',
  'in the 1990’s',
  "in the '70s",
  'results for Q3 were weak',
  'in FY2024 budgets',
  'the 2024 elections',
  'the 2004 bombing',
  // times
  'at 5 p.m. on Friday',
  'at 5 pm',
  'at 10:30 the talks began',
  'between 10 p.m. and 8 a.m.',
  // phone numbers
  'Call +375 17 123-45-67 for details.',
  'Call 555-1234 now.',
  'Call (202) 555-0143 today.',
  // roads, codes, models, names
  'highways M1/E30 and M4',
  'the N1 national highway',
  'Su-35 fighters',
  'F-16 jets',
  'AK-47 rifles',
  'COVID-19 vaccines',
  'the G20 leaders',
  'G7 foreign ministers',
  'the Group of 20 nations',
  'the Five Eyes countries',
  'Boeing 737 jets',
  'Windows 11 users',
  'MH17 passengers',
  // labels
  'Resolution 2334 states that',
  'under Article 5 members respond',
  'Chapter 11 filings',
  'the No. 1 priority',
  'Flight 370 passengers',
  'page 5 reports',
  // ordinals and ranks
  'the 20th anniversary',
  'the 51st state',
  'on April 2nd',
  'the seventh largest trading partner',
  'the second largest import partner',
  'the fifty-second session',
  'the twenty-first century',
  'the 2025–26 season winners',
  'the 1953-1954 budget contains',
  'for 18- and 19-year-olds',
  // versions
  'version 1.2.3 was released',
  'v2.0 users',
  // set phrases and words that are not counts
  'one country, two systems',
  'China’s two sessions opened',
  'no one has a right to it',
  'one of the most important',
  'the two countries agreed',
  'the two leaders met',
  'two-thirds were girls',
  'hundreds of people',
  'thousands of troops',
  'dozens of books',
  // scores and chains
  'won 3-1 over Spain',
  'a 2-2 draw',
  'codes 12-34-56 apply',
  // bare numbers without a unit
  'Amirov, 45, and Omarov, 40, hired him',
  'the number reached 196 million, with',
  'the death toll rose to 63',
];

test('must-not-match: no quantity at all', () => {
  for (const text of NOTHING) {
    assert.deepEqual(quantitiesOf(text).map(view), [], text);
  }
});

test('must-not-match: the year next to money is not money', () => {
  const text = 'Trade exchange in 2021 amounted to about $6 billion.';
  const found = quantitiesOf(text);
  assert.deepEqual(
    found.map((m) => m.text),
    ['about $6 billion'],
  );
  assert.ok(found.every((m) => !m.text.includes('2021')));
});

test('must-not-match: the period is not part of the amount', () => {
  const text = 'the total China financed between 2000 and 2019 was at least 25.7 billion USD';
  assert.deepEqual(
    quantitiesOf(text).map((m) => m.text),
    ['at least 25.7 billion USD'],
  );
});
