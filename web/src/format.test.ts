import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  amount,
  compactNumber,
  humanKind,
  periodLabel,
  periodText,
  ruleText,
  shortHash,
  signed,
} from './format.js';

test('compactNumber names billions and millions and groups smaller numbers', () => {
  assert.equal(compactNumber(25_700_000_000), '25.7 billion');
  assert.equal(compactNumber(-3_000_000), '-3 million');
  assert.equal(compactNumber(1_200_000_000_000), '1.2 trillion');
  assert.equal(compactNumber(1234.567), '1,234.57');
  assert.equal(compactNumber(0), '0');
});

test('amount puts currency codes first, other units after, and shows ranges', () => {
  assert.equal(amount(25_700_000_000, null, 'USD'), 'USD 25.7 billion');
  assert.equal(amount(5e9, 6e9, 'USD'), 'USD 5 billion – 6 billion');
  assert.equal(amount(12, null, '%'), '12 %');
  assert.equal(amount(40, null, 'visits'), '40 visits');
  assert.equal(amount(40, null, ''), '40');
});

test('signed, shortHash, ruleText, humanKind and periodText', () => {
  assert.equal(signed(3.5), '+3.5');
  assert.equal(signed(-10), '−10');
  assert.equal(signed(0), '0');
  assert.equal(signed(null), '—');
  assert.equal(shortHash('6b8e44be8b32c1ad892d6849243d62a4'), '6b8e44be8b32');
  assert.equal(shortHash('v1'), 'v1');
  assert.equal(ruleText('CAMEO.2.0.txt:5741'), 'CAMEO.2.0.txt, line 5741');
  assert.equal(ruleText('financing/money'), 'financing/money');
  assert.equal(humanKind('trade_volume'), 'Trade volume');
  assert.equal(periodText('2000/2019'), '2000–2019');
  assert.equal(periodText(''), 'undated');
});

test('periodLabel names a period by its interval', () => {
  assert.equal(periodLabel('2023-10-01', 'quarter'), '2023 Q4');
  assert.equal(periodLabel('2023-01-01', 'quarter'), '2023 Q1');
  assert.equal(periodLabel('2023-12-01', 'month'), '2023-12');
  assert.equal(periodLabel('2023-01-01', 'year'), '2023');
  assert.equal(periodLabel('2023-12-04', 'week'), '2023-12-04');
});
