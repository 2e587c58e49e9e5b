import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CODES, NAMES, PREFIX_SIGNS, SUFFIX_SIGNS } from '../currencies.js';
import { assertQuantities, quantitiesOf } from '../testing.js';

const RULE = 'quantities/money';
const money = (
  text: string,
  value: number,
  currency: string,
  extra: { valueEnd?: number; qualifier?: string } = {},
) => ({
  text,
  value,
  unit: currency,
  currency,
  ...extra,
  rule: RULE,
});

test('signs before the number, with multipliers', () => {
  assertQuantities('It cost $6 billion.', [money('$6 billion', 6e9, 'USD')]);
  assertQuantities('A US$5m grant.', [money('US$5m', 5e6, 'USD')]);
  assertQuantities('A €1.2bn loan.', [money('€1.2bn', 1.2e9, 'EUR')]);
  assertQuantities('£300 million and ¥5 trillion', [
    money('£300 million', 3e8, 'GBP'),
    money('¥5 trillion', 5e12, 'JPY'),
  ]);
  assertQuantities('It fell to $500k.', [money('$500k', 500000, 'USD')]);
  assertQuantities('HK$2.5 bn, NT$40 billion, C$3m', [
    money('HK$2.5 bn', 2.5e9, 'HKD'),
    money('NT$40 billion', 4e10, 'TWD'),
    money('C$3m', 3e6, 'CAD'),
  ]);
  assertQuantities('₽500 mln and ₹20 crore', [money('₽500 mln', 5e8, 'RUB'), money('₹20 crore', 2e8, 'INR')]);
  assertQuantities('a $6 bln deal', [money('$6 bln', 6e9, 'USD')]);
  assertQuantities('worth CN¥7 billion', [money('CN¥7 billion', 7e9, 'CNY')]);
  assertQuantities('a RM13.5 billion fine', [money('RM13.5 billion', 13.5e9, 'MYR')]);
  assertQuantities('Rp 5 trillion', [money('Rp 5 trillion', 5e12, 'IDR')]);
  assertQuantities('₱92.8 million (US$1.6 million)', [
    money('₱92.8 million', 92.8e6, 'PHP'),
    money('US$1.6 million', 1.6e6, 'USD'),
  ]);
});

test('ISO codes before and after', () => {
  assertQuantities('it amounts to 6.45 billion USD.', [money('6.45 billion USD', 6450000000, 'USD')]);
  assertQuantities('at least 25.7 billion USD', [
    money('at least 25.7 billion USD', 25700000000, 'USD', { qualifier: 'at least' }),
  ]);
  assertQuantities('USD 3.2 million, RMB 500 million and 40 BYN', [
    money('USD 3.2 million', 3200000, 'USD'),
    money('RMB 500 million', 5e8, 'CNY'),
    money('40 BYN', 40, 'BYN'),
  ]);
  assertQuantities('EUR 10mn', [money('EUR 10mn', 1e7, 'EUR')]);
});

test('currency names after the number', () => {
  assertQuantities('500 million yuan', [money('500 million yuan', 5e8, 'CNY')]);
  assertQuantities('five million dollars', [money('five million dollars', 5e6, 'USD')]);
  assertQuantities('needs a billion dollars this year', [money('a billion dollars', 1e9, 'USD')]);
  assertQuantities('2 billion Belarusian rubles', [money('2 billion Belarusian rubles', 2e9, 'BYN')]);
  assertQuantities('10 billion roubles', [money('10 billion roubles', 1e10, 'RUB')]);
  assertQuantities('300 million euros', [money('300 million euros', 3e8, 'EUR')]);
  assertQuantities('1 euro', [money('1 euro', 1, 'EUR')]);
  assertQuantities('40 million pounds sterling', [money('40 million pounds sterling', 4e7, 'GBP')]);
  assertQuantities('3 billion renminbi', [money('3 billion renminbi', 3e9, 'CNY')]);
  assertQuantities('800 billion yen', [money('800 billion yen', 8e11, 'JPY')]);
  assertQuantities('50 billion Indian rupees', [money('50 billion Indian rupees', 5e10, 'INR')]);
  assertQuantities('90 million Swiss francs', [money('90 million Swiss francs', 9e7, 'CHF')]);
  assertQuantities('5 million U.S. dollars', [money('5 million U.S. dollars', 5e6, 'USD')]);
  assertQuantities('twenty-five dollars', [money('twenty-five dollars', 25, 'USD')]);
  assertQuantities('7 billion won', [money('7 billion won', 7e9, 'KRW')]);
  assertQuantities('5 million pounds', [money('5 million pounds', 5e6, 'GBP')]);
  assertQuantities('up to 12 billion reals', [
    money('up to 12 billion reals', 12e9, 'BRL', { qualifier: 'up to' }),
  ]);
});

test('digits with thousands separators and decimals', () => {
  assertQuantities('They paid $500,000 to plan it.', [money('$500,000', 500000, 'USD')]);
  assertQuantities('about $1,000 each', [money('about $1,000', 1000, 'USD', { qualifier: 'about' })]);
  assertQuantities('$2,111.50 in fees', [money('$2,111.50', 2111.5, 'USD')]);
});

test('ambiguous bare names are not money without a multiplier', () => {
  assertQuantities('The team won 5 games.', [
    { text: '5 games', value: 5, unit: 'games', rule: 'quantities/count' },
  ]);
  assertQuantities('500 pounds of explosives', [
    { text: '500 pounds', value: 500, unit: 'lb', rule: 'quantities/mass' },
  ]);
  assertQuantities('5 million pounds of cargo', [
    { text: '5 million pounds', value: 5e6, unit: 'lb', rule: 'quantities/mass' },
  ]);
  assertQuantities('20 pesos and 40 dinars', []);
  assertQuantities('FARM 5 people', []);
});

/** The suffix patterns run only where a sign, code or name can start: every one must still be found. */
test('every suffix sign, code and name is found after the number, however spaced', () => {
  for (const sign of SUFFIX_SIGNS) {
    for (const gap of ['', ' ', '\u00a0']) {
      const found = quantitiesOf(`it cost 5${gap}${sign} then`);
      assert.equal(found[0]?.rule, RULE, `5${gap}${sign}`);
    }
  }
  for (const code of Object.keys(CODES)) {
    for (const gap of [' ', '\u00a0']) {
      const found = quantitiesOf(`it cost 5 million${gap}${code} then`);
      assert.equal(found[0]?.quantity.currency, CODES[code], `5 million${gap}${code}`);
    }
  }
  for (const { phrase, iso } of NAMES) {
    for (const gap of [' ', '  ', '\u00a0', ' \u00a0']) {
      const written = phrase.replace(/ /g, gap);
      for (const text of [written, written.toUpperCase()]) {
        const found = quantitiesOf(`it cost 5 million${gap}${text} then`);
        assert.equal(found[0]?.quantity.currency, iso, `5 million${gap}${text}`);
      }
    }
  }
  // U+212A (Kelvin sign) folds to "k" when case is ignored
  assert.equal(quantitiesOf('it cost 5 million \u212ayats then')[0]?.quantity.currency, 'MMK');
});

/** The prefix pattern runs only where a sign or code can end: every one must still be found. */
test('every prefix sign and code is found before the number, glued or spaced', () => {
  const spaced = [' ', '\u00a0', '\u200e', '\u200f'];
  const prefixes: [string, string, string[]][] = [
    ...Object.entries(PREFIX_SIGNS).map(([sign, iso]): [string, string, string[]] => [
      sign,
      iso,
      ['', ...spaced],
    ]),
    // a code glued to the digits is a name ("G20"), except these two
    ...Object.entries(CODES).map(([code, iso]): [string, string, string[]] => [code, iso, spaced]),
    ['RM', 'MYR', ['', ...spaced]],
    ['Rp', 'IDR', ['', ...spaced]],
  ];
  for (const [written, iso, gaps] of prefixes) {
    for (const gap of gaps) {
      const found = quantitiesOf(`it cost ${written}${gap}5 million then`);
      assert.equal(found[0]?.quantity.currency, iso, `${written}${gap}5 million`);
    }
  }
});
