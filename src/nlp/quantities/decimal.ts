/**
 * Exact decimal values: `coefficient × 10^exponent` with a bigint coefficient.
 * "6.45 billion" is 645 × 10^7, never 6.45 * 1e9 (which drifts in binary floating point);
 * the conversion to a JavaScript number happens once, at the end, through a decimal string.
 */
export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

const WRITTEN = /^(\d+)(?:\.(\d+))?$/;

/** Parses digits as written ("2,111", "6.45", "1,000,000"); commas are thousands separators. */
export function parseDecimal(written: string): Decimal | null {
  const match = WRITTEN.exec(written.replace(/,/g, ''));
  if (!match) return null;
  const fraction = match[2] ?? '';
  return {
    coefficient: BigInt((match[1] ?? '') + fraction),
    exponent: fraction.length === 0 ? 0 : -fraction.length,
  };
}

export function integer(value: number | bigint): Decimal {
  return { coefficient: BigInt(value), exponent: 0 };
}

/** 10^power, exactly. */
export function powerOfTen(power: number): Decimal {
  return { coefficient: 1n, exponent: power };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent };
}

export function add(a: Decimal, b: Decimal): Decimal {
  const exponent = Math.min(a.exponent, b.exponent);
  return { coefficient: align(a, exponent) + align(b, exponent), exponent };
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const exponent = Math.min(a.exponent, b.exponent);
  const x = align(a, exponent);
  const y = align(b, exponent);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(d: Decimal): boolean {
  return d.coefficient === 0n;
}

/** The nearest double to the exact value (Infinity when out of range; callers drop those). */
export function toNumber(d: Decimal): number {
  return Number(`${d.coefficient}e${d.exponent}`);
}

function align(d: Decimal, exponent: number): bigint {
  return d.coefficient * 10n ** BigInt(d.exponent - exponent);
}
