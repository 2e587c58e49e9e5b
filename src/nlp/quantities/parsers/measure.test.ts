import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { assertQuantities } from '../testing.js';
import {
  AREA as AREA_UNITS,
  DISTANCE as DISTANCE_UNITS,
  ENERGY,
  MASS,
  POWER,
  SPEED,
  VOLUME,
  type UnitForm,
} from '../units.js';
import { measureParser } from './measure.js';

const AREA = 'quantities/area';
const DISTANCE = 'quantities/distance';

test('areas', () => {
  assertQuantities('an area of 112 square kilometers', [
    { text: '112 square kilometers', value: 112, unit: 'km2', rule: AREA },
  ]);
  assertQuantities('80 sq km', [{ text: '80 sq km', value: 80, unit: 'km2', rule: AREA }]);
  assertQuantities('80 sq. km', [{ text: '80 sq. km', value: 80, unit: 'km2', rule: AREA }]);
  assertQuantities('80 km²', [{ text: '80 km²', value: 80, unit: 'km2', rule: AREA }]);
  assertQuantities('80km2', [{ text: '80km2', value: 80, unit: 'km2', rule: AREA }]);
  assertQuantities('300 hectares', [{ text: '300 hectares', value: 300, unit: 'ha', rule: AREA }]);
  assertQuantities('300 ha', [{ text: '300 ha', value: 300, unit: 'ha', rule: AREA }]);
  assertQuantities('40 square miles', [{ text: '40 square miles', value: 40, unit: 'mi2', rule: AREA }]);
  assertQuantities('the 3.5 million-square-kilometer sea', [
    { text: '3.5 million-square-kilometer', value: 3500000, unit: 'km2', rule: AREA },
  ]);
  assertQuantities('500 acres', [{ text: '500 acres', value: 500, unit: 'acre', rule: AREA }]);
});

test('distances', () => {
  assertQuantities('located 25 km from Minsk', [{ text: '25 km', value: 25, unit: 'km', rule: DISTANCE }]);
  assertQuantities('25km away', [{ text: '25km', value: 25, unit: 'km', rule: DISTANCE }]);
  assertQuantities('about 300 kilometres north', [
    { text: 'about 300 kilometres', value: 300, unit: 'km', qualifier: 'about', rule: DISTANCE },
  ]);
  assertQuantities('the roughly 1,600-kilometer route', [
    { text: 'roughly 1,600-kilometer', value: 1600, unit: 'km', qualifier: 'roughly', rule: DISTANCE },
  ]);
  assertQuantities('10 miles', [{ text: '10 miles', value: 10, unit: 'mi', rule: DISTANCE }]);
  assertQuantities('more than 2 meters deeper', [
    { text: 'more than 2 meters', value: 2, unit: 'm', qualifier: 'more than', rule: DISTANCE },
  ]);
  assertQuantities('a 400 metres wall', [{ text: '400 metres', value: 400, unit: 'm', rule: DISTANCE }]);
  assertQuantities('sat 2m deeper', [{ text: '2m', value: 2, unit: 'm', rule: DISTANCE }]);
  assertQuantities('200 nautical miles', [
    { text: '200 nautical miles', value: 200, unit: 'nmi', rule: DISTANCE },
  ]);
});

test('mass, volume, energy, power', () => {
  assertQuantities('1,000 metric tons of fuel', [
    { text: '1,000 metric tons', value: 1000, unit: 't', rule: 'quantities/mass' },
  ]);
  assertQuantities('5 tonnes', [{ text: '5 tonnes', value: 5, unit: 't', rule: 'quantities/mass' }]);
  assertQuantities('38 bcm of gas', [{ text: '38 bcm', value: 38e9, unit: 'm3', rule: 'quantities/volume' }]);
  assertQuantities('38 billion cubic meters', [
    { text: '38 billion cubic meters', value: 38e9, unit: 'm3', rule: 'quantities/volume' },
  ]);
  assertQuantities('2 million barrels', [
    { text: '2 million barrels', value: 2e6, unit: 'barrels', rule: 'quantities/volume' },
  ]);
  assertQuantities('a 2,400 MW plant', [
    { text: '2,400 MW', value: 2400, unit: 'MW', rule: 'quantities/power' },
  ]);
  assertQuantities('1.2 gigawatts', [
    { text: '1.2 gigawatts', value: 1.2, unit: 'GW', rule: 'quantities/power' },
  ]);
  assertQuantities('40 TWh', [{ text: '40 TWh', value: 40, unit: 'TWh', rule: 'quantities/energy' }]);
});

test('speeds are not distances', () => {
  assertQuantities('winds of 65 mph (105 km/h)', [
    { text: '65 mph', value: 65, unit: 'mph', rule: 'quantities/speed' },
    { text: '105 km/h', value: 105, unit: 'km/h', rule: 'quantities/speed' },
  ]);
  assertQuantities('100kph', [{ text: '100kph', value: 100, unit: 'km/h', rule: 'quantities/speed' }]);
  assertQuantities('30 knots', [{ text: '30 knots', value: 30, unit: 'kn', rule: 'quantities/speed' }]);
  assertQuantities('35 light-years away', [
    { text: '35 light-years', value: 35, unit: 'ly', rule: DISTANCE },
  ]);
});

/**
 * The parser tests the character where a unit would start before it runs a unit pattern: a
 * shortcut that must never change a result. Here every dimension's patterns, built as measure.ts
 * builds them but run without that test, are compared with the parser on fuzzed text after a number.
 */
test('the first-letter shortcut never changes what a unit pattern finds', () => {
  const dimensions = [AREA_UNITS, SPEED, DISTANCE_UNITS, MASS, VOLUME, ENERGY, POWER];
  const pieces = [
    ' ',
    '  ',
    '\u00a0',
    '-',
    '\u2010',
    '\u2011',
    '\u212a',
    '\u017f',
    'K',
    'k',
    'm',
    'M',
    's',
    'S',
    'km',
    'KM',
    'kms',
    'sq',
    'sq.',
    'square',
    'Square',
    'kilometers',
    'KILOMETRES',
    'miles',
    'mph',
    'km/h',
    'knots',
    'tons',
    'tonnes',
    'kg',
    'lbs',
    'bcm',
    'm3',
    'm²',
    'liters',
    'barrels',
    'TWh',
    'MW',
    'kW',
    'gigawatts',
    'hours',
    'light',
    'years',
    'x',
    'ilometers',
    'quare',
    'ilos',
    'ilowatts',
    '.',
    ',',
    '2',
    'é',
  ];
  const five = { coefficient: 5n, exponent: 0 };
  const low = {
    start: 0,
    end: 1,
    form: 'digits' as const,
    value: five,
    written: five,
    multiplier: null,
    digits: '5',
  };
  const amount = { start: 0, end: 1, low, high: null, value: five, valueEnd: null };
  const ungated = dimensions.map((d) => {
    const build = (forms: readonly UnitForm[], joiner: string, flags: string): RegExp =>
      new RegExp(`${joiner}(?:${forms.map((f) => `(${f.pattern})`).join('|')})(?![\\p{L}\\p{N}])`, flags);
    return {
      parser: measureParser(d),
      words: build(d.words, String.raw`(?:[ \u00a0]+|[-\u2010\u2011])`, 'iuy'),
      abbreviations: build(d.abbreviations, String.raw`(?:[ \u00a0]?|[-\u2010\u2011])`, 'uy'),
    };
  });
  const check = (text: string): void => {
    for (const { parser, words, abbreviations } of ungated) {
      words.lastIndex = 1;
      abbreviations.lastIndex = 1;
      const match = words.exec(text) ?? abbreviations.exec(text);
      const found = parser.parse(amount, { text });
      if (match) assert.equal(found?.end, 1 + match[0].length, JSON.stringify(text));
      else assert.ok(found === null || found.end === 1, JSON.stringify(text));
    }
  };
  // the Kelvin sign and the long s fold to "k" and "s" when case is ignored
  for (const text of ['5 \u212ailometers', '5-\u212ailos', '5 \u017fquare miles', '5 km', '5km', '5 x'])
    check(text);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 5 }), (parts) =>
      check(`5${parts.join('')}`),
    ),
    { numRuns: 5000 },
  );
});
