import { test } from 'node:test';
import { assertQuantities } from '../testing.js';

const money = (text: string, value: number, valueEnd?: number, qualifier?: string) => ({
  text,
  value,
  unit: 'USD',
  currency: 'USD',
  ...(valueEnd !== undefined ? { valueEnd } : {}),
  ...(qualifier !== undefined ? { qualifier } : {}),
  rule: 'quantities/money',
});

test('ranges with the unit written once (number scanner)', () => {
  assertQuantities('5 to 6 billion dollars', [money('5 to 6 billion dollars', 5e9, 6e9)]);
  assertQuantities('$5-6 billion', [money('$5-6 billion', 5e9, 6e9)]);
  assertQuantities('$5–6 billion', [money('$5–6 billion', 5e9, 6e9)]);
  assertQuantities('between $5 and 6 billion', [money('between $5 and 6 billion', 5e9, 6e9)]);
});

test('ranges with the unit repeated (range-merge refiner)', () => {
  assertQuantities('$5 billion to $6 billion', [money('$5 billion to $6 billion', 5e9, 6e9)]);
  assertQuantities('$5 to $6 billion', [money('$5 to $6 billion', 5e9, 6e9)]);
  assertQuantities('$5-$6 billion', [money('$5-$6 billion', 5e9, 6e9)]);
  assertQuantities('between $5 and $6 billion', [money('between $5 and $6 billion', 5e9, 6e9)]);
  assertQuantities('about $5 million to $6 million', [
    money('about $5 million to $6 million', 5e6, 6e6, 'about'),
  ]);
  assertQuantities('$500,000 to $2 million', [money('$500,000 to $2 million', 500000, 2e6)]);
});

test('not ranges', () => {
  assertQuantities('from $106 trillion to $127 trillion', [
    money('$106 trillion', 106e12),
    money('$127 trillion', 127e12),
  ]);
  assertQuantities('$6 billion and $5 billion', [money('$6 billion', 6e9), money('$5 billion', 5e9)]);
  assertQuantities('$5 billion and $6 billion', [money('$5 billion', 5e9), money('$6 billion', 6e9)]);
  assertQuantities('$6 billion to $5 billion', [money('$6 billion', 6e9), money('$5 billion', 5e9)]);
  assertQuantities('5 soldiers and 6 civilians', [
    { text: '5 soldiers', value: 5, unit: 'soldiers', rule: 'quantities/count' },
    { text: '6 civilians', value: 6, unit: 'civilians', rule: 'quantities/count' },
  ]);
});

test('a change ("from ... to ...") stays two values, the first taking a left-out multiplier', () => {
  assertQuantities('grew from $16 to $109 million', [money('$16', 16e6), money('$109 million', 109e6)]);
  assertQuantities('fell from $5 to $3 billion', [money('$5', 5e9), money('$3 billion', 3e9)]);
  // Not plausible as an ellipsis (500 million would be 250 times 2 million): left as written.
  assertQuantities('raised from $500 to $2 million', [money('$500', 500), money('$2 million', 2e6)]);
});
