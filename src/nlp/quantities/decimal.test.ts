import assert from 'node:assert/strict';
import { test } from 'node:test';
import { add, compare, integer, multiply, parseDecimal, powerOfTen, toNumber } from './decimal.js';

test('parses digits with separators and decimals exactly', () => {
  assert.deepEqual(parseDecimal('2,111'), { coefficient: 2111n, exponent: 0 });
  assert.deepEqual(parseDecimal('6.45'), { coefficient: 645n, exponent: -2 });
  assert.deepEqual(parseDecimal('1,000,000.5'), { coefficient: 10000005n, exponent: -1 });
  assert.equal(parseDecimal('1.2.3'), null);
  assert.equal(parseDecimal(''), null);
  assert.equal(parseDecimal('abc'), null);
});

test('scaling by a power of ten does not drift', () => {
  const billion = powerOfTen(9);
  const cases: [string, number][] = [
    ['6.45', 6450000000],
    ['25.7', 25700000000],
    ['1.1', 1100000000],
    ['0.3', 300000000],
  ];
  for (const [written, expected] of cases) {
    const exact = multiply(parseDecimal(written) ?? integer(0), billion);
    assert.equal(toNumber(exact), expected, written);
  }
  // The naive product drifts for trillions; the decimal path must not.
  const trillion = powerOfTen(12);
  assert.notEqual(4.35 * 1e12, 4350000000000);
  assert.equal(toNumber(multiply(parseDecimal('4.35') ?? integer(0), trillion)), 4350000000000);
  assert.equal(toNumber(multiply(parseDecimal('8.7') ?? integer(0), trillion)), 8700000000000);
});

test('decimals convert to the nearest double', () => {
  assert.equal(toNumber(parseDecimal('83.6') ?? integer(0)), 83.6);
  assert.equal(toNumber(parseDecimal('19.7') ?? integer(0)), 19.7);
  assert.equal(toNumber({ coefficient: 1n, exponent: 400 }), Number.POSITIVE_INFINITY);
});

test('compare and add align exponents', () => {
  assert.equal(compare(parseDecimal('5') ?? integer(0), parseDecimal('5.0') ?? integer(0)), 0);
  assert.equal(compare(parseDecimal('5') ?? integer(0), parseDecimal('5.01') ?? integer(0)), -1);
  assert.equal(compare(multiply(integer(6), powerOfTen(9)), integer(5)), 1);
  assert.equal(toNumber(add(parseDecimal('0.1') ?? integer(0), parseDecimal('0.2') ?? integer(0))), 0.3);
});
