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

/** True when `text` is one or more ASCII digits and nothing else. */
function isAllDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Parses digits as written ("2,111", "6.45", "1,000,000"); commas are thousands separators. */
export function parseDecimal(written: string): Decimal | null {
  // Most numbers in a text are plain digits ("2024", "15"): no separator to remove, no pattern to run.
  if (isAllDigits(written)) return { coefficient: BigInt(written), exponent: 0 };
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
  // The common case (two integers): no power of ten to raise.
  if (a.exponent === b.exponent) {
    return a.coefficient < b.coefficient ? -1 : a.coefficient > b.coefficient ? 1 : 0;
  }
  const exponent = Math.min(a.exponent, b.exponent);
  const x = align(a, exponent);
  const y = align(b, exponent);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(d: Decimal): boolean {
  return d.coefficient === 0n;
}

/** 2^53: every integer up to it in magnitude is a double exactly. */
const MAX_EXACT = 2n ** 53n;

/** 10^0 … 10^22, each exactly a double (parsed from text, so exact whatever Math.pow does). */
const EXACT_POWERS: readonly number[] = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * The nearest double to the exact value (Infinity when out of range; callers drop those).
 * When the coefficient and the power of ten are both exact doubles, one multiplication or division
 * rounds the exact value once, to the same nearest double the decimal string parses to (Clinger's
 * fast path); that covers almost every amount written in a text and skips building the string.
 */
export function toNumber(d: Decimal): number {
  const { coefficient, exponent } = d;
  if (exponent >= -22 && exponent <= 22 && coefficient <= MAX_EXACT && coefficient >= -MAX_EXACT) {
    const c = Number(coefficient);
    return exponent >= 0 ? c * EXACT_POWERS[exponent]! : c / EXACT_POWERS[-exponent]!;
  }
  return Number(`${coefficient}e${exponent}`);
}

function align(d: Decimal, exponent: number): bigint {
  return d.exponent === exponent ? d.coefficient : d.coefficient * 10n ** BigInt(d.exponent - exponent);
}
