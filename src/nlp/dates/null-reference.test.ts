import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DateMention } from '../../core/types.js';
import { recognizeDates } from './recognize.js';

function read(text: string): DateMention[] {
  return recognizeDates(text, [{ index: 0, start: 0, end: text.length }], null);
}

describe('without a publication date', () => {
  test('absolute dates still resolve', () => {
    for (const [sentence, text, value] of [
      ['In July 2015, Belarus became an observer.', 'July 2015', '2015-07'],
      ['They met on December 4, 2023, in Beijing.', 'December 4, 2023', '2023-12-04'],
      ['The programme started in 2014.', '2014', '2014'],
      ['China financed Belarus between 2000 and 2019.', 'between 2000 and 2019', '2000/2019'],
      ['Protests broke out in the summer of 2020.', 'summer of 2020', '2020-summer'],
      ['Output fell in the first quarter of 2022.', 'first quarter of 2022', '2022-Q1'],
      ['Trade was small in the 1990s.', '1990s', '1990/1999'],
      ['Work began in early 2020.', 'early 2020', '2020'],
    ] as const) {
      const found = read(sentence);
      assert.equal(found.length, 1, sentence);
      assert.equal(found[0]?.text, text);
      assert.equal(found[0]?.date?.value, value);
      assert.deepEqual(found[0]?.date?.implied, []);
    }
  });

  test('relative dates are found but left unresolved, with a reason', () => {
    for (const [sentence, text, rule] of [
      ['The leaders met on Monday.', 'Monday', 'dates/weekday'],
      ['Trade grew last year.', 'last year', 'dates/relative-unit'],
      ['Lukashenko visited in March this year.', 'March this year', 'dates/month-year'],
      ['The talks began in March.', 'March', 'dates/bare-month'],
      ['They signed it on December 4.', 'December 4', 'dates/chrono'],
      ['Talks ended yesterday.', 'yesterday', 'dates/casual-day'],
      ['It began three days ago.', 'three days ago', 'dates/ago'],
      [
        'In the first three quarters of the current year, trade grew.',
        'first three quarters of the current year',
        'dates/quarter',
      ],
      ['They met last summer.', 'last summer', 'dates/season'],
      ['Work ends by the end of the year.', 'end of the year', 'dates/year-part'],
    ] as const) {
      const found = read(sentence);
      assert.equal(found.length, 1, sentence);
      const m = found[0];
      assert.ok(m);
      assert.equal(m.text, text);
      assert.equal(m.rule, rule);
      assert.equal(m.date, null, `${sentence} must not be guessed`);
      assert.match(m.reason ?? '', /publication date, which is unknown/);
    }
  });

  test('a range whose end states the year needs no reference', () => {
    const found = read('The fair ran from Dec. 28 to Jan. 3, 2024.');
    assert.equal(found[0]?.date?.value, '2023-12-28/2024-01-03');
  });
});
