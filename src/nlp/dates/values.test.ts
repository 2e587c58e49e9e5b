import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  dateBounds,
  dayValue,
  monthValue,
  quarterValue,
  rangeValue,
  seasonValue,
  weekValue,
  yearValue,
  type Parts,
} from './values.js';
import fc from 'fast-check';
import {
  addDays,
  daysInMonth,
  fromOrdinal,
  isoWeekOf,
  isoWeekStart,
  isValidDay,
  parseIsoDay,
  toOrdinal,
  weekdayOf,
} from './calendar.js';

const NONE: Parts = { stated: [], implied: [] };

describe('values', () => {
  test('each precision has its value form and inclusive bounds', () => {
    assert.deepEqual(
      [
        dayValue(2024, 2, 29, NONE),
        monthValue(2024, 2, NONE),
        yearValue(2024, NONE),
        quarterValue(2024, 4, NONE),
      ].map((v) => [v?.value, v?.precision, v?.start, v?.end]),
      [
        ['2024-02-29', 'day', '2024-02-29', '2024-02-29'],
        ['2024-02', 'month', '2024-02-01', '2024-02-29'],
        ['2024', 'year', '2024-01-01', '2024-12-31'],
        ['2024-Q4', 'quarter', '2024-10-01', '2024-12-31'],
      ],
    );
  });

  test('seasons: winter runs into the next year, Northern hemisphere', () => {
    const winter = seasonValue(2023, 'winter', NONE);
    assert.deepEqual(
      [winter?.value, winter?.start, winter?.end],
      ['2023-winter', '2023-12-01', '2024-02-29'],
    );
    const autumn = seasonValue(2023, 'autumn', NONE);
    assert.deepEqual([autumn?.start, autumn?.end], ['2023-09-01', '2023-11-30']);
  });

  test('ISO weeks', () => {
    const w = weekValue(2020, 53, NONE);
    assert.deepEqual([w?.value, w?.start, w?.end], ['2020-W53', '2020-12-28', '2021-01-03']);
    assert.equal(weekValue(2021, 53, NONE), null);
    assert.deepEqual(isoWeekOf({ year: 2021, month: 1, day: 1 }), { year: 2020, week: 53 });
    assert.deepEqual(isoWeekStart(2024, 1), { year: 2024, month: 1, day: 1 });
  });

  test('impossible values are null', () => {
    assert.equal(dayValue(2023, 2, 29, NONE), null);
    assert.equal(monthValue(2023, 13, NONE), null);
    assert.equal(quarterValue(2023, 5, NONE), null);
    assert.equal(yearValue(0, NONE), null);
    assert.equal(rangeValue(yearValue(2020, NONE), yearValue(2019, NONE), NONE), null);
  });

  test('a range of one value is that value', () => {
    assert.equal(rangeValue(yearValue(2020, NONE), yearValue(2020, NONE), NONE)?.precision, 'year');
  });

  test('stated and implied come out in a fixed order, without overlap', () => {
    const v = dayValue(2023, 12, 4, { stated: ['day', 'weekday', 'month'], implied: ['year', 'day'] });
    assert.deepEqual(v?.stated, ['month', 'weekday', 'day']);
    assert.deepEqual(v?.implied, ['year']);
  });

  test('dateBounds reads every form back', () => {
    const values = [
      dayValue(2023, 12, 4, NONE),
      monthValue(2023, 3, NONE),
      yearValue(1991, NONE),
      quarterValue(2022, 1, NONE),
      seasonValue(1994, 'summer', NONE),
      weekValue(2023, 48, NONE),
      rangeValue(yearValue(2000, NONE), yearValue(2019, NONE), NONE),
      rangeValue(quarterValue(2023, 1, NONE), quarterValue(2023, 3, NONE), NONE),
      rangeValue(seasonValue(2022, 'winter', NONE), monthValue(2023, 4, NONE), NONE),
    ];
    for (const v of values) {
      assert.ok(v);
      assert.deepEqual(dateBounds(v.value), { precision: v.precision, start: v.start, end: v.end }, v.value);
    }
    assert.equal(dateBounds('2023-02-30'), null);
    assert.equal(dateBounds('2019/2000'), null);
    assert.equal(dateBounds('summer'), null);
  });
});

describe('calendar', () => {
  test('weekdays and day arithmetic do not depend on the local time zone', () => {
    assert.equal(weekdayOf({ year: 2023, month: 12, day: 7 }), 4);
    assert.equal(weekdayOf({ year: 1970, month: 1, day: 1 }), 4);
    assert.deepEqual(addDays({ year: 2024, month: 2, day: 28 }, 2), { year: 2024, month: 3, day: 1 });
    assert.deepEqual(addDays({ year: 2024, month: 1, day: 1 }, -1), { year: 2023, month: 12, day: 31 });
  });

  test('parseIsoDay is strict', () => {
    assert.deepEqual(parseIsoDay('2023-12-07'), { year: 2023, month: 12, day: 7 });
    for (const bad of ['2023-2-7', '2023-02-30', '20231207', ' 2023-12-07', '2023-12-07T00:00']) {
      assert.equal(parseIsoDay(bad), null, bad);
    }
  });

  test('parseIsoDay accepts what the YYYY-MM-DD regex accepts, when the day exists', () => {
    const regex = /^(\d{4})-(\d{2})-(\d{2})$/;
    const check = (text: string): void => {
      const m = regex.exec(text);
      const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
      const expected = m && isValidDay(year, month, day) ? { year, month, day } : null;
      assert.deepEqual(parseIsoDay(text), expected, JSON.stringify(text));
    };
    const pieces = ['0', '1', '2', '9', '-', '/', ' ', 'a', '\n', '\u0660', '٣', '00', '2024', '12', '31'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), (p) => check(p.join(''))));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) =>
          check(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      ),
      { numRuns: 5000 },
    );
  });
});

describe('calendar arithmetic against Date', () => {
  test('toOrdinal/fromOrdinal agree with Date.UTC for any day from year 1 to 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, rawDay) => {
          const day = Math.min(rawDay, daysInMonth(year, month));
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const expected = Math.round(date.getTime() / 86_400_000);
          assert.equal(toOrdinal({ year, month, day }), expected);
          assert.deepEqual(fromOrdinal(expected), { year, month, day });
        },
      ),
      { numRuns: 2000 },
    );
  });
});
