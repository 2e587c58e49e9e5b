/**
 * The number scanner: finds every number written in a sentence, as digits or words, with its
 * multiplier and, when written, a range ("5 to 6 billion", "5-6", "between 10 and 20").
 * It rejects numbers that are parts of codes and names (G20, Su-35, COVID-19, M1/E30, Q3),
 * decades and ordinals (1990s, 20th), times (10:30), dates (2023-12-04) and phone numbers
 * (+375 17 123-45-67, 555-1234 as a chain), so no parser ever sees them.
 *
 * The regexes below are compiled once; `lastIndex` is always set before each use.
 */
import { compare, multiply, parseDecimal, powerOfTen, integer, type Decimal } from './decimal.js';
import { isDigitAt, isSentenceInitial, matchBefore, stickyAt } from './context.js';
import { NUMBER_WORDS, SCALES, parseWordNumber, type Multiplier } from './number-words.js';
import type { Amount, NumberExpression } from './types.js';

const START_WORDS = NUMBER_WORDS.filter((word) => SCALES[word] === undefined && word !== 'dozen').join('|');
const SCALE_AFTER_A = 'dozen|hundred|thousand|million|billion|trillion';

/**
 * Candidate starts: a digit, or a number word on an ASCII word boundary. Kept free of lookbehinds
 * (a leading lookbehind is evaluated at every position and made this scan 4x slower); what may
 * stand before a number is checked in code by `startAllowed`.
 */
const START = new RegExp(
  String.raw`\d|\b(?:${START_WORDS}|a(?=[ \u00a0]+(?:${SCALE_AFTER_A})\b)|half(?=[ \u00a0]+a[ \u00a0]+(?:${SCALE_AFTER_A})\b))\b`,
  'gi',
);

/**
 * A number may not be glued on its left to a letter, digit or code punctuation ("G20", "Su-35",
 * "1.2.3", "+375", "#1", "10:30", "1/2"), nor follow another digit group ("17 123").
 */
const GLUED_BEFORE = /[\p{L}\p{N}\p{M}_.,+#/:@&\-\u2010\u2011]/u;

/** Letter currency signs written glued to the digits ("RM13.5 billion", "Rp5 trillion"). */
const GLUED_SIGN = /(?:^|[^\p{L}\p{N}])(?:RM|Rp)$/u;

function startAllowed(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1] ?? '';
  if (GLUED_BEFORE.test(before)) return GLUED_SIGN.test(text.slice(Math.max(0, index - 3), index));
  // "17 123" (phone groups) and "2025–26" (a season) continue the number before.
  const spaceOrDash = before === ' ' || before === '\u00a0' || before === '\u2013' || before === '\u2014';
  return !(spaceOrDash && isDigitAt(text, index - 2));
}

const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const MAX_DIGITS = 30;

/** A multiplier after digits: spaced words and abbreviations, or glued abbreviations ("$5m", "€1.2bn"). */
const MULTIPLIER =
  /(?:[ \u00a0]+(thousand|million|billion|trillion|hundred|dozen|lakhs?|crores?|bn|bln|mn|mln|tn|trn)|(bn|bln|mn|mln|tn|trn|m|b|k))(?![\p{L}\p{N}])/iuy;

const ABBREVIATIONS: Readonly<Record<string, number>> = Object.freeze({
  k: 3,
  m: 6,
  mn: 6,
  mln: 6,
  b: 9,
  bn: 9,
  bln: 9,
  tn: 12,
  trn: 12,
  lakh: 5,
  lakhs: 5,
  crore: 7,
  crores: 7,
});

/** Units that may be glued to digits ("25km", "5%", "1,600MW"); anything else glued to digits rejects them. */
const GLUED_UNIT =
  /(?:kmph|kph|mph|km²|km2|km³|km|kms|kg|kgs|cm|mm|m²|m2|m³|m3|ha|ft|lbs|lb|MW|GW|kW|GWh|MWh|TWh|kWh|bcm|bps|bp|pct|m)(?![\p{L}\p{N}])/uy;

/** "fifty-second", "twenty-first": an ordinal, not a number followed by a unit. */
const ORDINAL_AFTER =
  /[-\u2010\u2011](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?![\p{L}])/iuy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}_]/u;
const CONNECTOR = /[ \u00a0]*([-\u2010\u2011\u2013\u2014])[ \u00a0]*|[ \u00a0]+(to|or|and)[ \u00a0]+/iy;
/** "between" before the first number, possibly with a currency sign or code in between ("between $5 and 6 billion"). */
const BETWEEN_BEFORE = /(?<![\p{L}\p{N}])between[ \u00a0]+(?:[^\s\d]{1,4}[ \u00a0]?)?$/iu;
const FROM_BEFORE = /(?<![\p{L}\p{N}])from[ \u00a0]+$/iu;

type Read = NumberExpression | 'reject' | null;

/** Reads digits at `position` with multiplier and boundary checks. */
function readDigits(text: string, position: number): Read {
  const match = stickyAt(DIGITS, text, position);
  if (!match || match[0].length > MAX_DIGITS) return 'reject';
  const written = parseDecimal(match[0]);
  if (!written) return 'reject';
  let end = position + match[0].length;
  let multiplier: Multiplier | null = null;
  const scaled = stickyAt(MULTIPLIER, text, end);
  if (scaled) {
    const word = (scaled[1] ?? scaled[2] ?? '').toLowerCase();
    const power = SCALES[word] ?? ABBREVIATIONS[word];
    const factor = word === 'dozen' ? integer(12) : power === undefined ? null : powerOfTen(power);
    if (factor) {
      multiplier = { text: scaled[1] ?? scaled[2] ?? '', factor };
      end += scaled[0].length;
    }
  }
  if (!boundaryOk(text, end)) return 'reject';
  const value = multiplier ? multiply(written, multiplier.factor) : written;
  return { start: position, end, form: 'digits', value, written, multiplier, digits: match[0] };
}

/** What may follow a number: not a letter (unless a glued unit), not code punctuation before a digit, not "'s". */
function boundaryOk(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const char = text[end] ?? '';
  if (LETTER_OR_DIGIT.test(char)) return stickyAt(GLUED_UNIT, text, end) !== null;
  const next = text[end + 1] ?? '';
  if ((char === ',' || char === '.' || char === ':' || char === '/') && isDigitAt(text, end + 1))
    return false;
  if ((char === "'" || char === '\u2019') && (next === 's' || next === 'S')) {
    return LETTER_OR_DIGIT.test(text[end + 2] ?? ' ');
  }
  if (char === ' ' || char === '\u00a0') return !isDigitAt(text, end + 1);
  return true;
}

/** Reads a word number at `position`; a capitalised number word inside a sentence is a name ("Group of Seven"). */
function readWords(text: string, position: number): Read {
  const parsed = parseWordNumber(text, position, text.length);
  if (!parsed || LETTER_OR_DIGIT.test(text[parsed.end] ?? ' ')) return null;
  if (stickyAt(ORDINAL_AFTER, text, parsed.end)) return 'reject';
  const first = text.charCodeAt(position);
  if (first >= 65 && first <= 90 && !isSentenceInitial(text, position)) return 'reject';
  return {
    start: position,
    end: parsed.end,
    form: 'words',
    value: parsed.value,
    written: parsed.value,
    multiplier: parsed.multiplier,
    digits: null,
  };
}

function readNumber(text: string, position: number): Read {
  return isDigitAt(text, position) ? readDigits(text, position) : readWords(text, position);
}

/** Reads one amount (a number or a range) starting at `position`, or null. */
export function readAmount(text: string, position: number): Amount | null {
  const low = readNumber(text, position);
  if (low === null || low === 'reject') return null;
  const single: Amount = {
    start: low.start,
    end: low.end,
    low,
    high: null,
    value: low.value,
    valueEnd: null,
  };

  const connector = stickyAt(CONNECTOR, text, low.end);
  if (!connector) return single;
  const hyphen = connector[1] !== undefined;
  // A hyphen, or a dash with no spaces, between digits that do not make a rising range is a code,
  // score, date, season or phone chain ("3-1", "2023-12", "2025–26", "123-45-67"): no number at all.
  const dashed =
    connector[1] === '-' ||
    connector[1] === '\u2010' ||
    connector[1] === '\u2011' ||
    (hyphen && connector[0].length === 1);
  const word = (connector[2] ?? '').toLowerCase();
  const between = matchBefore(BETWEEN_BEFORE, text, low.start, 12);
  if (word === 'and' && !between) return single;
  // "from 5 to 6" states a change, not a range.
  if (word === 'to' && matchBefore(FROM_BEFORE, text, low.start, 10)) return single;
  const highStart = low.end + connector[0].length;
  if (hyphen && (low.form !== 'digits' || !isDigitAt(text, highStart))) return single;
  const high = readNumber(text, highStart);
  if (high === null || high === 'reject') return dashed ? null : single;
  if (hyphenAfter(text, high.end)) return null;

  let value: Decimal = low.value;
  if (!low.multiplier && high.multiplier) {
    const inherited = multiply(low.value, high.multiplier.factor);
    if (compare(inherited, high.value) < 0) value = inherited;
  }
  if (compare(value, high.value) >= 0) return dashed ? null : single;
  return {
    start: between ? between.start : low.start,
    end: high.end,
    low,
    high,
    value,
    valueEnd: high.value,
  };
}

/** A hyphen then a digit right after a number: a code, score, date or phone chain ("123-45-67"). */
function hyphenAfter(text: string, end: number): boolean {
  const char = text[end];
  return (char === '-' || char === '\u2010' || char === '\u2011') && isDigitAt(text, end + 1);
}

/** Every amount in the sentence, left to right, not overlapping. */
export function scanAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  START.lastIndex = 0;
  for (let match = START.exec(text); match; match = START.exec(text)) {
    const amount = startAllowed(text, match.index) ? readAmount(text, match.index) : null;
    if (amount) {
      amounts.push(amount);
      START.lastIndex = amount.end;
    } else {
      START.lastIndex = match.index + 1;
    }
  }
  return amounts;
}
