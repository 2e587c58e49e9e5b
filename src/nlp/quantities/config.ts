/**
 * The quantity recognizer's configuration: which parsers run, and in what order refiners apply.
 * Parser order is also the order of preference when two candidates overlap (overlap-removal).
 */
import { countParser } from './parsers/count.js';
import { durationParser } from './parsers/duration.js';
import { measureParser } from './parsers/measure.js';
import { moneyParser } from './parsers/money.js';
import { percentParser } from './parsers/percent.js';
import { labelNumberRefiner } from './refiners/label-number.js';
import { overlapRemovalRefiner } from './refiners/overlap-removal.js';
import { rangeMergeRefiner } from './refiners/range-merge.js';
import { setPhraseRefiner } from './refiners/set-phrase.js';
import { AREA, DISTANCE, ENERGY, MASS, POWER, SPEED, VOLUME } from './units.js';
import type { QuantityParser, QuantityRefiner } from './types.js';

export const PARSERS: readonly QuantityParser[] = Object.freeze([
  // First: a currency makes any number money; "5 million pounds" is money, not a mass.
  moneyParser,
  // Before counts: "percentage points" ends in a plural noun.
  percentParser,
  // Area and speed before distance: "square miles" and "km/h" contain a distance unit.
  measureParser(AREA),
  measureParser(SPEED),
  measureParser(DISTANCE),
  measureParser(MASS),
  measureParser(VOLUME),
  // Energy before power: "GWh" is energy, "GW" power.
  measureParser(ENERGY),
  measureParser(POWER),
  // Before counts: "three hours" is a duration, not a count of hours.
  durationParser,
  // Last, the widest net: a number and a plural noun phrase.
  countParser,
]);

export const REFINERS: readonly QuantityRefiner[] = Object.freeze([
  // Removals first, so a removed candidate never wins an overlap it should have lost.
  setPhraseRefiner,
  labelNumberRefiner,
  // Then one candidate per stretch of text.
  overlapRemovalRefiner,
  // Last, on the clean, ordered list: join "$5 billion to $6 billion" into one range.
  rangeMergeRefiner,
]);
