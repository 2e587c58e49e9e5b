/**
 * Units of measure as data: for each dimension, the written forms (regex sources) and the canonical
 * unit. Word forms match in any case and may be joined to the number by a space or a hyphen
 * ("1,600-kilometer route"); abbreviations match case-sensitively, glued or after one space.
 */

/** Separator inside a multi-word unit: spaces or hyphens ("square kilometers", "square-kilometer"). */
const S = String.raw`[ \u00a0\-\u2010\u2011]+`;

export interface UnitForm {
  readonly pattern: string;
  readonly unit: string;
  /** Power of ten the unit carries ("bcm" = 10^9 cubic metres). */
  readonly power?: number;
}

export interface Dimension {
  /** Rule id of the parser made from this dimension. */
  readonly rule: string;
  readonly words: readonly UnitForm[];
  readonly abbreviations: readonly UnitForm[];
}

export const AREA: Dimension = {
  rule: 'quantities/area',
  words: [
    {
      pattern: String.raw`square${S}kilomet(?:er|re)s?|square${S}km|sq\.?${S}?km|sq\.?${S}kilomet(?:er|re)s?`,
      unit: 'km2',
    },
    { pattern: String.raw`square${S}miles?|sq\.?${S}?mi(?:les?)?`, unit: 'mi2' },
    { pattern: String.raw`square${S}met(?:er|re)s?|sq\.?${S}m(?![\p{L}])`, unit: 'm2' },
    { pattern: String.raw`square${S}(?:feet|foot)|sq\.?${S}?ft`, unit: 'ft2' },
    { pattern: String.raw`hectares?`, unit: 'ha' },
    { pattern: String.raw`acres?`, unit: 'acre' },
  ],
  abbreviations: [
    { pattern: String.raw`km²|km2|km\^2`, unit: 'km2' },
    { pattern: String.raw`m²|m2`, unit: 'm2' },
    { pattern: String.raw`mi²`, unit: 'mi2' },
    { pattern: String.raw`ft²`, unit: 'ft2' },
    { pattern: String.raw`ha`, unit: 'ha' },
  ],
};

export const DISTANCE: Dimension = {
  rule: 'quantities/distance',
  words: [
    { pattern: String.raw`kilomet(?:er|re)s?`, unit: 'km' },
    { pattern: String.raw`light${S}years?`, unit: 'ly' },
    { pattern: String.raw`nautical${S}miles?`, unit: 'nmi' },
    { pattern: String.raw`miles?`, unit: 'mi' },
    { pattern: String.raw`centimet(?:er|re)s?`, unit: 'cm' },
    { pattern: String.raw`millimet(?:er|re)s?`, unit: 'mm' },
    { pattern: String.raw`met(?:er|re)s?`, unit: 'm' },
    { pattern: String.raw`feet|foot`, unit: 'ft' },
    { pattern: String.raw`yards?`, unit: 'yd' },
    { pattern: String.raw`inch(?:es)?`, unit: 'in' },
  ],
  abbreviations: [
    { pattern: String.raw`kms?|KM`, unit: 'km' },
    { pattern: String.raw`cm`, unit: 'cm' },
    { pattern: String.raw`mm`, unit: 'mm' },
    { pattern: String.raw`ft`, unit: 'ft' },
    { pattern: String.raw`m`, unit: 'm' },
  ],
};

export const SPEED: Dimension = {
  rule: 'quantities/speed',
  words: [
    { pattern: String.raw`kilomet(?:er|re)s?${S}(?:per|an)${S}hour`, unit: 'km/h' },
    { pattern: String.raw`miles?${S}(?:per|an)${S}hour`, unit: 'mph' },
    { pattern: String.raw`knots?`, unit: 'kn' },
  ],
  abbreviations: [
    { pattern: String.raw`km/h|kmph|kph|km/hr`, unit: 'km/h' },
    { pattern: String.raw`mph`, unit: 'mph' },
  ],
};

export const MASS: Dimension = {
  rule: 'quantities/mass',
  words: [
    { pattern: String.raw`metric${S}ton(?:ne)?s?|tonnes?|tons?`, unit: 't' },
    { pattern: String.raw`kilograms?|kilos?`, unit: 'kg' },
    { pattern: String.raw`grams?`, unit: 'g' },
    { pattern: String.raw`pounds?`, unit: 'lb' },
    { pattern: String.raw`ounces?`, unit: 'oz' },
  ],
  abbreviations: [
    { pattern: String.raw`kgs?`, unit: 'kg' },
    { pattern: String.raw`lbs?`, unit: 'lb' },
  ],
};

export const VOLUME: Dimension = {
  rule: 'quantities/volume',
  words: [
    { pattern: String.raw`cubic${S}met(?:er|re)s?`, unit: 'm3' },
    { pattern: String.raw`lit(?:er|re)s?`, unit: 'L' },
    { pattern: String.raw`barrels?`, unit: 'barrels' },
  ],
  abbreviations: [
    { pattern: String.raw`bcm`, unit: 'm3', power: 9 },
    { pattern: String.raw`m³|m3`, unit: 'm3' },
    { pattern: String.raw`bbl`, unit: 'barrels' },
  ],
};

export const ENERGY: Dimension = {
  rule: 'quantities/energy',
  words: [
    { pattern: String.raw`terawatt${S}hours?`, unit: 'TWh' },
    { pattern: String.raw`gigawatt${S}hours?`, unit: 'GWh' },
    { pattern: String.raw`megawatt${S}hours?`, unit: 'MWh' },
    { pattern: String.raw`kilowatt${S}hours?`, unit: 'kWh' },
  ],
  abbreviations: [
    { pattern: 'TWh', unit: 'TWh' },
    { pattern: 'GWh', unit: 'GWh' },
    { pattern: 'MWh', unit: 'MWh' },
    { pattern: 'kWh', unit: 'kWh' },
  ],
};

export const POWER: Dimension = {
  rule: 'quantities/power',
  words: [
    { pattern: String.raw`gigawatts?`, unit: 'GW' },
    { pattern: String.raw`megawatts?`, unit: 'MW' },
    { pattern: String.raw`kilowatts?`, unit: 'kW' },
  ],
  abbreviations: [
    { pattern: 'GW', unit: 'GW' },
    { pattern: 'MW', unit: 'MW' },
    { pattern: 'kW', unit: 'kW' },
  ],
};

/** Units of time for durations; the canonical unit is the plural noun. */
export const DURATION_UNITS: Readonly<Record<string, string>> = Object.freeze({
  second: 'seconds',
  minute: 'minutes',
  hour: 'hours',
  day: 'days',
  week: 'weeks',
  month: 'months',
  year: 'years',
  decade: 'decades',
  century: 'centuries',
});
