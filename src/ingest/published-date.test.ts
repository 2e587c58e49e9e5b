import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePublishedDate } from './published-date.js';

test('ISO dates and date-times give the calendar date as written', () => {
  assert.equal(parsePublishedDate('2024-01-02'), '2024-01-02');
  assert.equal(parsePublishedDate(' 2024-01-02T10:00:00Z '), '2024-01-02');
  assert.equal(parsePublishedDate('2024-01-02T23:30:00-05:00'), '2024-01-02');
  assert.equal(parsePublishedDate('2024-01-02T00:15:00.123+14:00'), '2024-01-02');
  assert.equal(parsePublishedDate('2025-03-14 05:05:35Z'), '2025-03-14');
  assert.equal(parsePublishedDate('2024-01-02T10:00'), '2024-01-02');
  assert.equal(parsePublishedDate('2024-01-02t10:00:00z'), '2024-01-02');
});

test('compact YYYYMMDD and slashed dates', () => {
  assert.equal(parsePublishedDate('20240102'), '2024-01-02');
  assert.equal(parsePublishedDate('20240102T100000Z'), '2024-01-02');
  assert.equal(parsePublishedDate('2024/1/2'), '2024-01-02');
});

test('RFC 2822 dates, with and without weekday, two-digit years', () => {
  assert.equal(parsePublishedDate('Tue, 02 Jan 2024 10:00:00 +0000'), '2024-01-02');
  assert.equal(parsePublishedDate('2 Jan 2024 10:00 GMT'), '2024-01-02');
  assert.equal(parsePublishedDate('Tue, 2 Jan 24 10:00:00 EST'), '2024-01-02');
  assert.equal(parsePublishedDate('Sat, 02 Jan 99 10:00:00 +0000'), '1999-01-02');
  assert.equal(parsePublishedDate('Thu, 29 Feb 2024 23:59:59 -0800'), '2024-02-29');
});

test('written-out month names', () => {
  assert.equal(parsePublishedDate('2 January 2024'), '2024-01-02');
  assert.equal(parsePublishedDate('January 2, 2024'), '2024-01-02');
  assert.equal(parsePublishedDate('Sept 30 2024'), '2024-09-30');
  assert.equal(parsePublishedDate('December 7th, 2023'), '2023-12-07');
});

test('strings that are not publication dates give null', () => {
  const notDates = [
    '',
    '   ',
    'yesterday',
    'sometime last week',
    '2024',
    '2024-01',
    '2024-13-01',
    '2024-02-30',
    '2023-02-29',
    '20241301',
    '0999-01-01',
    '12345678901',
    '2024-01-02 and more',
    '02/01/2024',
    '1704189600',
    'Foo 2 2024',
    '32 Jan 2024',
    'Mon, 02 Jan',
    'x'.repeat(200),
  ];
  for (const value of notDates) assert.equal(parsePublishedDate(value), null, value);
});
