/** Word lists the date parsers share. */
import type { Season } from './values.js';

const MONTHS: Readonly<Record<string, number>> = Object.freeze({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
});

/** Month number of a month name or abbreviation ("Sept.", "March"), or null. */
export function monthNumber(name: string): number | null {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? null;
}

const WEEKDAYS: Readonly<Record<string, number>> = Object.freeze({
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
});

/** 0 = Sunday ... 6 = Saturday, or null. */
export function weekdayNumber(name: string): number | null {
  return WEEKDAYS[name.toLowerCase()] ?? null;
}

/** Season of a season word ("fall" is autumn), or null. */
export function seasonOf(word: string): Season | null {
  const w = word.toLowerCase();
  if (w === 'spring' || w === 'summer' || w === 'autumn' || w === 'winter') return w;
  if (w === 'fall') return 'autumn';
  return null;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
});

/** A small count written in digits or words ("three", "10", "a"), or null. */
export function smallNumber(word: string): number | null {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

/** Regex source matching the words `smallNumber` reads. */
export const SMALL_NUMBER = '(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

const ORDINALS: Readonly<Record<string, number>> = Object.freeze({
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
});

/** 1–4 for "first"/"1st" ... "fourth"/"4th", or null. */
export function ordinalNumber(word: string): number | null {
  return ORDINALS[word.toLowerCase()] ?? null;
}
