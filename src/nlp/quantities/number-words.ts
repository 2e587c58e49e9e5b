/**
 * Cardinal numbers written as words: "five", "twenty-five", "two hundred", "one hundred and fifty",
 * "five million", "a dozen", "half a million". Ordinals ("seventh"), fractions ("two-thirds") and
 * vague plurals ("dozens", "thousands of") are not numbers here.
 */
import { integer, multiply, powerOfTen, type Decimal } from './decimal.js';

const UNITS: Readonly<Record<string, number>> = Object.freeze({
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

const TENS: Readonly<Record<string, number>> = Object.freeze({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Scale words and their power of ten. Also accepted after digits ("1.4 billion"). */
export const SCALES: Readonly<Record<string, number>> = Object.freeze({
  hundred: 2,
  thousand: 3,
  lakh: 5,
  million: 6,
  crore: 7,
  billion: 9,
  trillion: 12,
});

/** Every word that can start or continue a number phrase, for the scanner's start pattern. */
export const NUMBER_WORDS: readonly string[] = Object.freeze([
  ...Object.keys(UNITS),
  ...Object.keys(TENS),
  ...Object.keys(SCALES),
  'dozen',
]);

/** A multiplier written after a number: "billion", "bn", "m", "dozen". */
export interface Multiplier {
  readonly text: string;
  readonly factor: Decimal;
}

export interface WordNumber {
  readonly end: number;
  readonly value: Decimal;
  /** The final scale word ("five million" → million), which a range's lower bound may inherit. */
  readonly multiplier: Multiplier | null;
}

const MAX_WORDS = 12;

function isAsciiLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Where the run of ASCII letters ([A-Za-z]+) at `position` ends (`position` when there is none). */
function lettersEnd(text: string, position: number): number {
  let end = position;
  while (end < text.length && isAsciiLetterCode(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Where the separator /[ \u00a0]+|[-\u2010\u2011]/ at `position` ends (`position` when there is
 * none). Words and separators are read by character codes: every number word in a text ("one of
 * them") is read here, and two sticky regexes with their match arrays per word showed in profiles.
 */
function separatorEnd(text: string, position: number): number {
  const code = text.charCodeAt(position);
  if (code === 45 || code === 0x2010 || code === 0x2011) return position + 1;
  let end = position;
  while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 0xa0)) end++;
  return end;
}

interface Token {
  readonly word: string;
  readonly text: string;
  readonly end: number;
}

/**
 * The words of a phrase, read one at a time as the parser asks for them (most number phrases are a
 * word or two, so reading all MAX_WORDS up front was mostly wasted). Private to one parse.
 */
interface TokenReader {
  readonly text: string;
  readonly limit: number;
  readonly tokens: Token[];
  /** Where the next word starts, or -1 when there is none. */
  next: number;
}

function tokenReader(text: string, start: number, limit: number): TokenReader {
  return { text, limit, tokens: [], next: start };
}

/** Reads the word at `reader.next`, if any, and where the one after it starts. */
function readWord(reader: TokenReader): void {
  const { text, limit, tokens } = reader;
  const position = reader.next;
  reader.next = -1;
  if (tokens.length >= MAX_WORDS || position >= limit) return;
  const end = lettersEnd(text, position);
  if (end === position || end > limit) return;
  const word = text.slice(position, end);
  tokens.push({ word: word.toLowerCase(), text: word, end });
  const next = separatorEnd(text, end);
  if (next > end) reader.next = next;
}

/** The `index`-th word of the phrase, or undefined past its last one. */
function tokenAt(reader: TokenReader, index: number): Token | undefined {
  while (reader.tokens.length <= index && reader.next >= 0) readWord(reader);
  return reader.tokens[index];
}

/**
 * Reads a number written in words starting at `start` (a word boundary), or null.
 * The grammar: [a | half a] then groups of units/tens/hundred joined by scale words in
 * decreasing order, with an optional "and" after hundred or a scale word.
 */
export function parseWordNumber(text: string, start: number, limit: number): WordNumber | null {
  const tokens = tokenReader(text, start, limit);
  const first = tokenAt(tokens, 0);
  if (!first) return null;
  let index = 0;
  let half = false;
  let article = false;
  if (first.word === 'half' && tokenAt(tokens, 1)?.word === 'a') {
    half = true;
    article = true;
    index = 2;
  } else if (first.word === 'a') {
    article = true;
    index = 1;
  }

  let total = 0n;
  let group = 0n;
  let last: 'none' | 'unit' | 'tens' | 'hundred' | 'scale' | 'and' = 'none';
  let lastScale = Number.POSITIVE_INFINITY;
  let end = -1;
  let endScale: { token: Token; power: number | 'dozen' } | null = null;
  let consumedAfterScale = false;

  for (; ; index++) {
    const token = tokenAt(tokens, index);
    if (!token) break;
    const { word } = token;
    const unit = UNITS[word];
    const tens = TENS[word];
    const power = SCALES[word];
    if (unit !== undefined) {
      if (last === 'unit' || (last === 'tens' && unit >= 10)) break;
      if (article && last === 'none') break;
      group += BigInt(unit);
      last = 'unit';
    } else if (tens !== undefined) {
      if (last === 'unit' || last === 'tens') break;
      if (article && last === 'none') break;
      group += BigInt(tens);
      last = 'tens';
    } else if (word === 'hundred') {
      if (last === 'hundred' || last === 'and' || last === 'scale') break;
      if (last === 'none' && !article) break;
      if (group >= 100n) break;
      group = (last === 'none' ? 1n : group) * 100n;
      last = 'hundred';
    } else if (power !== undefined) {
      if (last === 'and' || power >= lastScale) break;
      if (last === 'none' && !article) break;
      const base = last === 'none' ? 1n : group;
      total += base * 10n ** BigInt(power);
      group = 0n;
      lastScale = power;
      last = 'scale';
    } else if (word === 'dozen') {
      if (last !== 'unit' && last !== 'tens' && !(last === 'none' && article)) break;
      group = (last === 'none' ? 1n : group) * 12n;
      last = 'scale';
      end = token.end;
      endScale = { token, power: 'dozen' };
      consumedAfterScale = false;
      break;
    } else if (word === 'and') {
      if (last !== 'hundred' && last !== 'scale') break;
      last = 'and';
      continue;
    } else {
      break;
    }
    end = token.end;
    if (word === 'hundred' || power !== undefined) {
      endScale = { token, power: word === 'hundred' ? 2 : (power ?? 0) };
      consumedAfterScale = false;
    } else {
      consumedAfterScale = true;
    }
  }
  if (end < 0 || last === 'none') return null;

  let value = integer(total + group);
  if (half) {
    if (!endScale || consumedAfterScale) return null;
    value = multiply(value, { coefficient: 5n, exponent: -1 });
  }
  let multiplier: Multiplier | null = null;
  if (endScale && !consumedAfterScale) {
    const factor = endScale.power === 'dozen' ? integer(12) : powerOfTen(endScale.power);
    multiplier = { text: endScale.token.text, factor };
  }
  return { end, value, multiplier };
}
