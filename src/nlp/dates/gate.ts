/**
 * A fast pre-filter: a sentence without any of these can hold no date expression we read, so it never
 * reaches the parsers. Every parser's pattern needs at least one of: a month or weekday name, four
 * digits, a "'90s" decade, Q1–Q4/H1–H2, or one of the listed words.
 */
import { MONTH, WEEKDAY } from './patterns.js';

const GATE = new RegExp(
  `${MONTH}|${WEEKDAY}|\\d{4}|['’]\\d0s|\\b[QH][1-4]\\b|\\b(?:ago|year|month|week|quarter|quarters|half|months|` +
    `spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter|` +
    `yesterday|today|tomorrow|tonight|night|morning|afternoon|evening|Yesterday|Today|Tomorrow|Tonight)\\b`,
);

export function mayHoldDate(sentence: string): boolean {
  return GATE.test(sentence);
}
