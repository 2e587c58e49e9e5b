import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { DateMention } from '../../core/types.js';
import { recognizeDates } from './recognize.js';

/** Publication date used throughout (a Thursday). */
const REF = '2023-12-07';

function read(text: string, reference: string | null = REF): DateMention[] {
  return recognizeDates(text, [{ index: 0, start: 0, end: text.length }], reference);
}

interface Expected {
  readonly text: string;
  readonly value: string;
  readonly precision: string;
  readonly start?: string;
  readonly end?: string;
  readonly stated?: readonly string[];
  readonly implied?: readonly string[];
  readonly rule?: string;
}

/** The sentence holds exactly one date mention, and it is `expected`. */
function expectOne(sentence: string, expected: Expected, reference: string = REF): DateMention {
  const found = read(sentence, reference);
  assert.equal(found.length, 1, `one mention in ${JSON.stringify(sentence)}, got ${JSON.stringify(found)}`);
  const m = found[0];
  assert.ok(m);
  assert.equal(m.text, expected.text);
  assert.equal(sentence.slice(m.start, m.end), m.text);
  assert.ok(m.date, `a value for ${JSON.stringify(sentence)}`);
  assert.equal(m.date.value, expected.value);
  assert.equal(m.date.precision, expected.precision);
  if (expected.start) assert.equal(m.date.start, expected.start);
  if (expected.end) assert.equal(m.date.end, expected.end);
  if (expected.stated) assert.deepEqual(m.date.stated, expected.stated);
  if (expected.implied) assert.deepEqual(m.date.implied, expected.implied);
  if (expected.rule) assert.equal(m.rule, expected.rule);
  return m;
}

describe('day dates (chrono-node)', () => {
  test('"on Monday, December 4" is 2023-12-04, the weekday picking the year', () => {
    expectOne('The two leaders met in Beijing on Monday, December 4.', {
      text: 'Monday, December 4',
      value: '2023-12-04',
      precision: 'day',
      start: '2023-12-04',
      end: '2023-12-04',
      stated: ['month', 'weekday', 'day'],
      implied: ['year'],
      rule: 'dates/chrono',
    });
  });

  test('"December 4" states month and day; the year is implied', () => {
    expectOne('They signed it on December 4.', {
      text: 'December 4',
      value: '2023-12-04',
      precision: 'day',
      stated: ['month', 'day'],
      implied: ['year'],
    });
  });

  test('full dates in three formats', () => {
    for (const [sentence, text] of [
      ['It was signed on September 15, 2022, in Minsk.', 'September 15, 2022'],
      ['It was signed on 15 September 2022 in Minsk.', '15 September 2022'],
      ['It was signed on 2022-09-15 in Minsk.', '2022-09-15'],
    ] as const) {
      expectOne(sentence, {
        text,
        value: '2022-09-15',
        precision: 'day',
        stated: ['year', 'month', 'day'],
        implied: [],
      });
    }
  });

  test('"Sept. 15" resolves to the most recent September 15', () => {
    expectOne('The deal was announced Sept. 15.', {
      text: 'Sept. 15',
      value: '2023-09-15',
      precision: 'day',
      implied: ['year'],
    });
  });

  test('a year-less day after the reference date goes back a year when the text is past', () => {
    expectOne('They met on Jan. 20 in Paris.', { text: 'Jan. 20', value: '2023-01-20', precision: 'day' });
    expectOne('They met on Dec. 20 in Paris.', { text: 'Dec. 20', value: '2022-12-20', precision: 'day' });
  });

  test('a year-less day in a clause that looks ahead is the next one', () => {
    expectOne('The summit will open on Jan. 20.', { text: 'Jan. 20', value: '2024-01-20', precision: 'day' });
  });

  test('a late-December day read in early January is last year', () => {
    expectOne(
      'Protests began on Dec. 28.',
      { text: 'Dec. 28', value: '2023-12-28', precision: 'day' },
      '2024-01-03',
    );
  });

  test('a year-less date before an ordinary noun is still a date', () => {
    expectOne('The Dec. 4 Beijing meeting was short.', {
      text: 'Dec. 4',
      value: '2023-12-04',
      precision: 'day',
    });
  });

  test('a time with a date keeps day precision and records the time as stated', () => {
    expectOne('The vote closed on December 4 at 5 p.m. local time.', {
      text: 'December 4 at 5 p.m.',
      value: '2023-12-04',
      precision: 'day',
      stated: ['month', 'day', 'time'],
      implied: ['year'],
    });
  });

  test('a range of days takes its year from the end', () => {
    expectOne('The fair ran from Dec. 28 to Jan. 3, 2024.', {
      text: 'Dec. 28 to Jan. 3, 2024',
      value: '2023-12-28/2024-01-03',
      precision: 'range',
      start: '2023-12-28',
      end: '2024-01-03',
      implied: [],
    });
  });

  test('an unambiguous numeric date is read; a day-month swap is not guessed', () => {
    expectOne('It was filed on 25/12/2023 in court.', {
      text: '25/12/2023',
      value: '2023-12-25',
      precision: 'day',
    });
    assert.deepEqual(read('It was filed on 12/04/2023 in court.'), []);
  });
});

describe('relative days and weekdays', () => {
  test('yesterday, today, tomorrow', () => {
    expectOne('Talks ended yesterday.', {
      text: 'yesterday',
      value: '2023-12-06',
      precision: 'day',
      stated: [],
      implied: ['year', 'month', 'day'],
      rule: 'dates/casual-day',
    });
    expectOne('Talks end today.', { text: 'today', value: '2023-12-07', precision: 'day' });
    expectOne('Talks resume tomorrow.', { text: 'tomorrow', value: '2023-12-08', precision: 'day' });
  });

  test('a weekday alone is the most recent one, or today', () => {
    expectOne('The minister arrived on Tuesday.', {
      text: 'Tuesday',
      value: '2023-12-05',
      precision: 'day',
      stated: ['weekday'],
      implied: ['year', 'month', 'day'],
      rule: 'dates/weekday',
    });
    expectOne('The minister said Thursday that talks were over.', {
      text: 'Thursday',
      value: '2023-12-07',
      precision: 'day',
    });
    expectOne('The minister arrived on Friday.', { text: 'Friday', value: '2023-12-01', precision: 'day' });
  });

  test('a weekday in a clause that looks ahead is the next one', () => {
    expectOne('The ministers will meet on Tuesday.', {
      text: 'Tuesday',
      value: '2023-12-12',
      precision: 'day',
    });
    expectOne('On Tuesday, the ministers will meet.', {
      text: 'Tuesday',
      value: '2023-12-12',
      precision: 'day',
    });
  });

  test('reported speech does not make a past weekday future', () => {
    expectOne('He said on Tuesday that talks will resume.', {
      text: 'Tuesday',
      value: '2023-12-05',
      precision: 'day',
    });
    expectOne('On Tuesday, he said the talks will resume.', {
      text: 'Tuesday',
      value: '2023-12-05',
      precision: 'day',
    });
  });

  test('last, next and this weekday', () => {
    expectOne('They met last Thursday.', { text: 'last Thursday', value: '2023-11-30', precision: 'day' });
    expectOne('They meet next Thursday.', { text: 'next Thursday', value: '2023-12-14', precision: 'day' });
    expectOne('They meet this Saturday.', { text: 'this Saturday', value: '2023-12-09', precision: 'day' });
  });

  test('"ago" counts back with the unit as precision', () => {
    expectOne('It began three days ago.', {
      text: 'three days ago',
      value: '2023-12-04',
      precision: 'day',
      implied: ['year', 'month', 'day'],
    });
    expectOne('It began two years ago.', { text: 'two years ago', value: '2021', precision: 'year' });
    expectOne('It began a month ago.', { text: 'a month ago', value: '2023-11', precision: 'month' });
    expectOne('It began two weeks ago.', { text: 'two weeks ago', value: '2023-W47', precision: 'week' });
  });
});

describe('months', () => {
  test('"in March this year" and "in March of this year" are 2023-03', () => {
    for (const text of ['March this year', 'March of this year']) {
      expectOne(`Lukashenko visited Beijing in ${text}.`, {
        text,
        value: '2023-03',
        precision: 'month',
        start: '2023-03-01',
        end: '2023-03-31',
        stated: ['month'],
        implied: ['year'],
      });
    }
  });

  test('"in August of this year" is 2023-08', () => {
    expectOne('In August of this year, the two sides met.', {
      text: 'August of this year',
      value: '2023-08',
      precision: 'month',
    });
  });

  test('a bare month is the most recent one (chrono would take the next March)', () => {
    expectOne('The talks began in March.', {
      text: 'March',
      value: '2023-03',
      precision: 'month',
      stated: ['month'],
      implied: ['year'],
      rule: 'dates/bare-month',
    });
    expectOne('The talks began in December.', { text: 'December', value: '2023-12', precision: 'month' });
    expectOne(
      'The talks began in March.',
      { text: 'March', value: '2023-03', precision: 'month' },
      '2023-03-15',
    );
  });

  test('"last March" is the latest March that has ended', () => {
    expectOne('They last met last March.', { text: 'last March', value: '2023-03', precision: 'month' });
    expectOne(
      'They last met last March.',
      { text: 'last March', value: '2022-03', precision: 'month' },
      '2023-03-15',
    );
    expectOne('They will meet next March.', { text: 'next March', value: '2024-03', precision: 'month' });
  });

  test('a bare month in a clause that looks ahead is the next one', () => {
    expectOne('The president will visit China in March.', {
      text: 'March',
      value: '2024-03',
      precision: 'month',
    });
  });

  test('"in July 2015" states month and year', () => {
    expectOne('In July 2015, Belarus became an observer.', {
      text: 'July 2015',
      value: '2015-07',
      precision: 'month',
      start: '2015-07-01',
      end: '2015-07-31',
      stated: ['year', 'month'],
      implied: [],
      rule: 'dates/month-year',
    });
  });

  test('"the beginning of December" is a month', () => {
    expectOne('Visits continued until the beginning of December.', {
      text: 'beginning of December',
      value: '2023-12',
      precision: 'month',
      implied: ['year'],
      rule: 'dates/month-part',
    });
    expectOne('Fighting resumed in mid-March.', { text: 'mid-March', value: '2023-03', precision: 'month' });
    expectOne('Fighting resumed in early March 2020.', {
      text: 'early March 2020',
      value: '2020-03',
      precision: 'month',
    });
  });

  test('a range of months', () => {
    expectOne('Prices rose from March to May 2023.', {
      text: 'from March to May 2023',
      value: '2023-03/2023-05',
      precision: 'range',
      start: '2023-03-01',
      end: '2023-05-31',
    });
    expectOne('Prices rose between November and February.', {
      text: 'between November and February',
      value: '2022-11/2023-02',
      precision: 'range',
    });
  });

  test('a list of months shares the year written after it', () => {
    const found = read('Inspectors visited in April and May 2019.');
    assert.deepEqual(
      found.map((m) => [m.text, m.date?.value]),
      [
        ['April', '2019-04'],
        ['May 2019', '2019-05'],
      ],
    );
  });

  test('a comma before a number keeps the month and drops the count', () => {
    expectOne('In March, 2000 troops arrived.', { text: 'March', value: '2023-03', precision: 'month' });
  });
});

describe('years', () => {
  test('a year after a preposition or "year"', () => {
    for (const [sentence, text] of [
      ['The programme started in 2014.', '2014'],
      ['They have cooperated since 2013.', '2013'],
      ['The year 2012 was important.', '2012'],
      ['Belarus gained independence in 1991.', '1991'],
      ['Trade in 2021 amounted to $6 billion.', '2021'],
    ] as const) {
      expectOne(sentence, {
        text,
        value: text,
        precision: 'year',
        start: `${text}-01-01`,
        end: `${text}-12-31`,
        stated: ['year'],
        implied: [],
        rule: 'dates/bare-year',
      });
    }
  });

  test('after "year" a number is a year whatever follows', () => {
    expectOne('In the year 2000 troops were sent.', { text: '2000', value: '2000', precision: 'year' });
    assert.deepEqual(
      read('It rained in the years 2014 and 2015.').map((m) => m.date?.value),
      ['2014', '2015'],
    );
  });

  test('years in a list', () => {
    assert.deepEqual(
      read('Elections were held in 2014 and 2015.').map((m) => m.date?.value),
      ['2014', '2015'],
    );
  });

  test('a year after the reference date is kept', () => {
    expectOne('The plant will be finished by 2030.', { text: '2030', value: '2030', precision: 'year' });
  });

  test('relative years', () => {
    for (const [text, value] of [
      ['last year', '2022'],
      ['this year', '2023'],
      ['next year', '2024'],
    ] as const) {
      expectOne(`Trade grew ${text}.`, {
        text,
        value,
        precision: 'year',
        stated: [],
        implied: ['year'],
        rule: 'dates/relative-unit',
      });
    }
    expectOne('Trade grew in the current year.', { text: 'current year', value: '2023', precision: 'year' });
  });

  test('relative months and weeks', () => {
    expectOne('Trade grew last month.', { text: 'last month', value: '2023-11', precision: 'month' });
    expectOne('They met earlier this month.', {
      text: 'earlier this month',
      value: '2023-12',
      precision: 'month',
    });
    expectOne('They met last week.', {
      text: 'last week',
      value: '2023-W48',
      precision: 'week',
      start: '2023-11-27',
      end: '2023-12-03',
    });
  });

  test('"early 2020" and "late 2019" keep year precision', () => {
    expectOne('Work began in early 2020.', {
      text: 'early 2020',
      value: '2020',
      precision: 'year',
      rule: 'dates/year-part',
    });
    expectOne('Work began late 2019.', { text: 'late 2019', value: '2019', precision: 'year' });
    expectOne('Work began in mid-2018.', { text: 'mid-2018', value: '2018', precision: 'year' });
    expectOne('Work ends by the end of the year.', {
      text: 'end of the year',
      value: '2023',
      precision: 'year',
    });
  });

  test('year ranges', () => {
    expectOne('China financed Belarus between 2000 and 2019.', {
      text: 'between 2000 and 2019',
      value: '2000/2019',
      precision: 'range',
      start: '2000-01-01',
      end: '2019-12-31',
      stated: ['year'],
      rule: 'dates/year-range',
    });
    expectOne('Investment grew from 2013 to 2021.', {
      text: 'from 2013 to 2021',
      value: '2013/2021',
      precision: 'range',
      start: '2013-01-01',
      end: '2021-12-31',
    });
    expectOne('He served in 2010-2011.', { text: '2010-2011', value: '2010/2011', precision: 'range' });
    expectOne('The 2014-15 season was long.', { text: '2014-15', value: '2014/2015', precision: 'range' });
  });

  test('decades are ranges', () => {
    expectOne('Trade was small in the 1990s.', {
      text: '1990s',
      value: '1990/1999',
      precision: 'range',
      start: '1990-01-01',
      end: '1999-12-31',
      stated: ['decade'],
      rule: 'dates/decade',
    });
    expectOne("It was popular in the '80s.", { text: "'80s", value: '1980/1989', precision: 'range' });
  });
});

describe('seasons, quarters and halves', () => {
  test('"in the summer of 2020" and "summer of 1994" are seasons', () => {
    expectOne('Protests broke out in the summer of 2020.', {
      text: 'summer of 2020',
      value: '2020-summer',
      precision: 'season',
      start: '2020-06-01',
      end: '2020-08-31',
      stated: ['year', 'season'],
      rule: 'dates/season',
    });
    expectOne('He has ruled since the summer of 1994.', {
      text: 'summer of 1994',
      value: '1994-summer',
      precision: 'season',
      start: '1994-06-01',
      end: '1994-08-31',
    });
  });

  test('winter runs from December into the next year', () => {
    expectOne('It froze in the winter of 2020.', {
      text: 'winter of 2020',
      value: '2020-winter',
      precision: 'season',
      start: '2020-12-01',
      end: '2021-02-28',
    });
  });

  test('relative seasons', () => {
    expectOne('They met last summer.', { text: 'last summer', value: '2023-summer', precision: 'season' });
    expectOne('They met last winter.', { text: 'last winter', value: '2022-winter', precision: 'season' });
    expectOne('They will meet next spring.', {
      text: 'next spring',
      value: '2024-spring',
      precision: 'season',
    });
    expectOne('They met in the spring.', { text: 'spring', value: '2023-spring', precision: 'season' });
  });

  test('"the first three quarters of the current year" is Q1–Q3 2023', () => {
    expectOne('In the first three quarters of the current year, trade grew.', {
      text: 'first three quarters of the current year',
      value: '2023-Q1/2023-Q3',
      precision: 'range',
      start: '2023-01-01',
      end: '2023-09-30',
      stated: ['quarter'],
      implied: ['year'],
      rule: 'dates/quarter',
    });
  });

  test('quarters', () => {
    expectOne('Output fell in the first quarter of 2022.', {
      text: 'first quarter of 2022',
      value: '2022-Q1',
      precision: 'quarter',
      start: '2022-01-01',
      end: '2022-03-31',
      stated: ['year', 'quarter'],
    });
    expectOne('Output fell in Q3 2023.', {
      text: 'Q3 2023',
      value: '2023-Q3',
      precision: 'quarter',
      start: '2023-07-01',
      end: '2023-09-30',
    });
    expectOne('Output fell in the fourth quarter of last year.', {
      text: 'fourth quarter of last year',
      value: '2022-Q4',
      precision: 'quarter',
      implied: ['year'],
    });
    expectOne('Output fell in the third quarter.', {
      text: 'third quarter',
      value: '2023-Q3',
      precision: 'quarter',
    });
  });

  test('halves and leading months of a year', () => {
    expectOne('Exports rose in the first half of 2023.', {
      text: 'first half of 2023',
      value: '2023-01/2023-06',
      precision: 'range',
      start: '2023-01-01',
      end: '2023-06-30',
    });
    expectOne('Exports rose in the first nine months of this year.', {
      text: 'first nine months of this year',
      value: '2023-01/2023-09',
      precision: 'range',
      implied: ['year'],
    });
  });
});

describe('spans and sentences', () => {
  test('offsets are into the whole text and mentions carry their sentence index', () => {
    const text = 'Nothing here. They met in 2014. Then again on Tuesday.';
    const sentences = [
      { index: 0, start: 0, end: 13 },
      { index: 1, start: 14, end: 31 },
      { index: 2, start: 32, end: text.length },
    ];
    const found = recognizeDates(text, sentences, REF);
    assert.deepEqual(
      found.map((m) => [m.sentence, m.text, m.start, m.end]),
      [
        [1, '2014', 26, 30],
        [2, 'Tuesday', 46, 53],
      ],
    );
    for (const m of found) assert.equal(text.slice(m.start, m.end), m.text);
  });

  test('the longer reading wins an overlap', () => {
    const found = read('Lukashenko was in Beijing in March of this year.');
    assert.deepEqual(
      found.map((m) => m.text),
      ['March of this year'],
    );
  });

  test('every mention says which rule made it and why', () => {
    for (const m of read(
      'In March, Q3 2023 and since 2013, last week, on Monday, December 4 and in the 1990s.',
    )) {
      assert.match(m.rule, /^dates\/[a-z-]+$/);
      assert.ok(m.reason && m.reason.length > 0);
    }
  });

  test('a bad reference date or sentence span is a DyadError', () => {
    assert.throws(() => recognizeDates('x', [], '2023-13-01'), { name: 'DyadError' });
    assert.throws(() => recognizeDates('x', [], '7 Dec 2023'), { name: 'DyadError' });
    assert.throws(() => recognizeDates('x', [{ index: 0, start: 0, end: 5 }], REF), { name: 'DyadError' });
  });

  test('empty input gives no mentions', () => {
    assert.deepEqual(recognizeDates('', [], REF), []);
    assert.deepEqual(recognizeDates('', [{ index: 0, start: 0, end: 0 }], null), []);
  });
});

test('a year used as an adjective after a determiner is a year', () => {
  const text = 'In the 2022 joint declaration and its 2016 statement, the sides agreed.';
  const found = recognizeDates(text, [{ index: 0, start: 0, end: text.length }], '2023-12-07');
  assert.deepEqual(
    found.map((m) => [m.text, m.date?.value, m.rule]),
    [
      ['2022', '2022', 'dates/year-adjective'],
      ['2016', '2016', 'dates/year-adjective'],
    ],
  );
});

test('named periods resolve from the table only when the publication date allows them', () => {
  const text = 'Aid arrived at the very beginning of the pandemic.';
  const span = [{ index: 0, start: 0, end: text.length }];
  const recent = recognizeDates(text, span, '2023-12-07');
  assert.deepEqual(
    recent.map((m) => [m.date?.value, m.rule]),
    [['2020-01/2020-03', 'dates/named-period']],
  );
  assert.deepEqual(recognizeDates(text, span, '1995-06-01'), []);
  const other = 'At the beginning of the pandemic in 1918 many died.';
  assert.deepEqual(
    recognizeDates(other, [{ index: 0, start: 0, end: other.length }], '2023-12-07').map(
      (m) => m.date?.value,
    ),
    ['1918'],
  );
});
