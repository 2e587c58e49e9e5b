import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
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

test('toNumber is the double the decimal string parses to', () => {
  const check = (coefficient: bigint, exponent: number): void => {
    assert.equal(
      toNumber({ coefficient, exponent }),
      Number(`${coefficient}e${exponent}`),
      `${coefficient}e${exponent}`,
    );
  };
  fc.assert(
    fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: -30, max: 30 }), check),
    { numRuns: 20000 },
  );
  fc.assert(fc.property(fc.bigInt({ min: 0n, max: 2n ** 54n }), fc.integer({ min: -24, max: 24 }), check), {
    numRuns: 20000,
  });
  for (const c of [0n, 1n, 2n ** 53n, 2n ** 53n + 1n, -(2n ** 53n), 9007199254740993n]) {
    for (const e of [-23, -22, -1, 0, 1, 22, 23]) check(c, e);
  }
});

test('compare agrees with a comparison of aligned coefficients', () => {
  const slow = (a: bigint, ea: number, b: bigint, eb: number): number => {
    const e = Math.min(ea, eb);
    const x = a * 10n ** BigInt(ea - e);
    const y = b * 10n ** BigInt(eb - e);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  fc.assert(
    fc.property(
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      fc.integer({ min: -4, max: 4 }),
      fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
      fc.integer({ min: -4, max: 4 }),
      (a, ea, b, eb) => {
        assert.equal(
          compare({ coefficient: a, exponent: ea }, { coefficient: b, exponent: eb }),
          slow(a, ea, b, eb),
        );
      },
    ),
    { numRuns: 20000 },
  );
});

test('parseDecimal reads plain digits as the general pattern does', () => {
  const general = (written: string): { coefficient: bigint; exponent: number } | null => {
    const match = /^(\d+)(?:\.(\d+))?$/.exec(written.replace(/,/g, ''));
    if (!match) return null;
    const fraction = match[2] ?? '';
    return {
      coefficient: BigInt((match[1] ?? '') + fraction),
      exponent: fraction.length === 0 ? 0 : -fraction.length,
    };
  };
  const pieces = ['0', '1', '9', '00', '123', ',', '.', ' ', 'a', '\u0660', '-'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
      const written = parts.join('');
      assert.deepEqual(parseDecimal(written), general(written), JSON.stringify(written));
    }),
    { numRuns: 20000 },
  );
});
