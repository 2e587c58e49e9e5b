import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  isShortestForm,
  dateOf,
  dateRange,
  oneDecimal,
  parseDay8,
  parseDecimal,
  parseInteger,
  parseIsoDate,
  parseTimestamp14,
  quadOfCode,
} from './fields.js';

test('integers and decimals parse; junk does not', () => {
  assert.equal(parseInteger('42'), 42);
  assert.equal(parseInteger('-1'), -1);
  for (const bad of ['', '4.2', '1e3', 'x', ' 1', '99999999999999999999'])
    assert.equal(parseInteger(bad), null, bad);
  assert.equal(parseDecimal('-7.0'), -7);
  assert.equal(parseDecimal('2.02774813233724'), 2.02774813233724);
  assert.equal(parseDecimal('.5'), 0.5);
  for (const bad of ['', '-', 'NaN', 'Infinity', '1,5', '0x10', '1e999'])
    assert.equal(parseDecimal(bad), null, bad);
});

test('dates keep their precision and reject impossible days', () => {
  assert.deepEqual(dateOf(2024, 2, 29), {
    value: '2024-02-29',
    precision: 'day',
    start: '2024-02-29',
    end: '2024-02-29',
  });
  assert.equal(dateOf(2023, 2, 29), null);
  assert.equal(dateOf(1900, 2, 29), null);
  assert.deepEqual(dateOf(2000, 2, null), {
    value: '2000-02',
    precision: 'month',
    start: '2000-02-01',
    end: '2000-02-29',
  });
  assert.deepEqual(dateOf(1982, null, null), {
    value: '1982',
    precision: 'year',
    start: '1982-01-01',
    end: '1982-12-31',
  });
  assert.equal(dateOf(2020, 13, 1), null);
  assert.equal(parseIsoDate('2018-06-01')?.precision, 'day');
  assert.equal(parseIsoDate('2018-06')?.precision, 'month');
  assert.equal(parseIsoDate('2018-06-31'), null);
  assert.equal(parseIsoDate('01/06/2018'), null);
});

test('ranges run from the start of the first date to the end of the second', () => {
  const a = parseIsoDate('2020-01-05');
  const b = parseIsoDate('2020-02');
  assert.ok(a && b);
  assert.deepEqual(dateRange(a, b), {
    value: '2020-01-05/2020-02',
    precision: 'range',
    start: '2020-01-05',
    end: '2020-02-29',
  });
  assert.equal(dateRange(b, a), null);
  assert.equal(dateRange(a, a), a);
});

test('GDELT timestamps', () => {
  assert.equal(parseTimestamp14('20191024143000'), '2019-10-24T14:30:00Z');
  assert.equal(parseTimestamp14('20191024243000'), null);
  assert.equal(parseTimestamp14('2019102414300'), null);
  assert.equal(parseDay8('20130203'), '2013-02-03');
  assert.equal(parseDay8('20130230'), null);
});

test('quad classes follow GDELT: 01–05, 06–09, 10–14, 15–20', () => {
  assert.deepEqual(
    ['010', '057', '060', '0874', '10', '145', '150', '204'].map(quadOfCode),
    [1, 1, 2, 2, 3, 3, 4, 4],
  );
  assert.equal(quadOfCode('00'), null);
  assert.equal(quadOfCode('21'), null);
  assert.equal(quadOfCode('ab'), null);
});

test('one decimal for integers, shortest form otherwise', () => {
  assert.equal(oneDecimal(-7), '-7.0');
  assert.equal(oneDecimal(0), '0.0');
  assert.equal(oneDecimal(2.8), '2.8');
});

test('field parsers never throw on arbitrary text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      parseInteger(s);
      parseDecimal(s);
      parseIsoDate(s);
      parseTimestamp14(s);
      parseDay8(s);
      quadOfCode(s);
    }),
  );
});

test('CSV lines split with quotes, doubled quotes and empty fields', async () => {
  const { splitCsvLine } = await import('./csv-line.js');
  assert.deepEqual(splitCsvLine('a,,b,'), ['a', '', 'b', '']);
  assert.deepEqual(splitCsvLine('"a,b","say ""hi""",c'), ['a,b', 'say "hi"', 'c']);
  assert.deepEqual(splitCsvLine('""'), ['']);
  assert.deepEqual(splitCsvLine('x,"unterminated'), null);
  fc.assert(
    fc.property(
      fc.array(
        fc.string({ unit: 'grapheme' }).filter((s) => !/[\r\n]/.test(s)),
        { minLength: 1, maxLength: 5 },
      ),
      (values) => {
        const line = values.map((v) => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',');
        assert.deepEqual(splitCsvLine(line), values);
      },
    ),
  );
});

test('isShortestForm agrees with String(Number(text)) on decimal texts', () => {
  for (const [text, want] of [
    ['-30.3098', true],
    ['0', true],
    ['0.5', true],
    ['.5', false],
    ['-0', false],
    ['0.0', false],
    ['1.50', false],
    ['1.', false],
    ['00.5', false],
    ['-7.0', false],
    ['0.000001', true],
    ['0.0000001', false],
    ['123456789012345678', false],
  ] as const) {
    assert.equal(isShortestForm(text, Number(text)), want, text);
  }
  const decimal = fc
    .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,22}$/), fc.option(fc.stringMatching(/^[0-9]{0,18}$/)))
    .map(([minus, whole, frac]) => `${minus ? '-' : ''}${whole}${frac === null ? '' : `.${frac}`}`);
  fc.assert(
    fc.property(decimal, (text) => {
      const value = Number(text);
      assert.equal(isShortestForm(text, value), String(value) === text, text);
    }),
    { numRuns: 5000 },
  );
});
