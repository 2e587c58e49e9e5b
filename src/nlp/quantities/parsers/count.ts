/**
 * Counts with their unit noun: "53 countries", "five million doses", "25 state-owned enterprises",
 * "120 mutual visits", "1.4 billion Chinese", "two aid planes". The unit is the noun phrase as written
 * from the first modifier to the plural head (up to three modifiers), so the facts stage can tell
 * "vaccine doses" from "doses"; "more", "other", "additional"... stay in the span but out of the unit.
 * A count needs a plural head: "one country" and "the one who" are not counts. Four-digit integers
 * 1000–2199 without a separator are read as years, never as counts ("the 2024 elections"). A small
 * number word after a determiner refers back rather than counts ("the two countries", "its three founders").
 */
import { compare, integer } from '../decimal.js';
import { matchBefore, stickyAt } from '../context.js';
import { CURRENCY_NOUNS } from '../currencies.js';
import {
  ADJUNCT_PLURALS,
  EXCLUDED_HEADS,
  IRREGULAR_PLURALS,
  SKIPPED_MODIFIERS,
  STOP_WORDS,
  isDemonymPlural,
  isRegularPlural,
} from '../nouns.js';
import type { Amount, CandidateDraft, NumberExpression, QuantityParser, SentenceContext } from '../types.js';
import { draft } from './shared.js';
import { codeAt } from '../../../core/bounded.js';

const RULE = 'quantities/count';
const MAX_MODIFIERS = 3;

const WORD = /[ \u00a0]+((?:[A-Z]\.){2,}|[\p{L}\p{M}]+(?:[-\u2010\u2011'\u2019][\p{L}\p{M}]+)*)/uy;
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;
const CAPITALISED = /^\p{Lu}/u;
const LOWER_INITIAL = /^\p{Ll}/u;

interface Word {
  readonly text: string;
  readonly end: number;
}

function wordAt(text: string, position: number): Word | null {
  const match = stickyAt(WORD, text, position);
  return match?.[1] ? { text: match[1], end: position + match[0].length } : null;
}

type Role = 'head' | 'modifier' | 'stop';

/**
 * LOWER_INITIAL.test(word), with ASCII first letters decided by their code: roleOf asks for every word
 * after a number, and nearly all of them start with an ASCII letter.
 */
export function isLowerInitial(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER_INITIAL.test(word);
}

/** /['\u2019]s$/i.test(word), by character codes: a possessive ("China's"). */
export function isPossessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  const before = codeAt(word, word.length - 2);
  return (last === 115 || last === 83) && (before === 39 || before === 0x2019);
}

function roleOf(word: string, next: Word | null): Role {
  const lower = word.toLowerCase();
  if (STOP_WORDS.has(lower) || EXCLUDED_HEADS.has(lower) || CURRENCY_NOUNS.has(lower)) return 'stop';
  if (isPossessive(word)) return 'stop';
  if (isLowerInitial(word)) {
    if (IRREGULAR_PLURALS.has(lower) || isRegularPlural(lower)) return 'head';
    return word.length > 1 ? 'modifier' : 'stop';
  }
  if (ACRONYM_PLURAL.test(word)) return 'head';
  if (isDemonymPlural(word) && !(next && CAPITALISED.test(next.text))) return 'head';
  return 'modifier';
}

/** "the two countries", "its three founders": a small word number after a determiner refers back, it does not count. */
const DETERMINER_BEFORE = /(?<![\p{L}\p{N}])(?:the|these|those|its|their|his|her|our|both)[ \u00a0]+$/iu;

function isAnaphoric(amount: Amount, text: string): boolean {
  if (amount.high || amount.low.form !== 'words' || amount.low.multiplier) return false;
  if (compare(amount.value, integer(10)) > 0) return false;
  return matchBefore(DETERMINER_BEFORE, text, amount.start, 12) !== null;
}

/** Heads that take a following plural noun: irregular plurals, demonyms and known noun adjuncts. */
function takesAdjunct(head: string): boolean {
  const lower = head.toLowerCase();
  return IRREGULAR_PLURALS.has(lower) || ADJUNCT_PLURALS.has(lower) || !isLowerInitial(head);
}

function isYear(number: NumberExpression): boolean {
  if (number.form !== 'digits' || number.multiplier || !number.digits || !/^\d{4}$/.test(number.digits))
    return false;
  const year = Number(number.digits);
  return year >= 1000 && year <= 2199;
}

export const countParser: QuantityParser = {
  id: RULE,
  parse(amount: Amount, context: SentenceContext): CandidateDraft | null {
    const { text } = context;
    if (isYear(amount.low)) return null;
    if (!amount.high && !amount.low.multiplier && compare(amount.value, integer(1)) === 0) return null;
    if (isAnaphoric(amount, text)) return null;
    const modifiers: string[] = [];
    let word = wordAt(text, amount.end);
    let head: Word | null = null;
    while (word) {
      const next = wordAt(text, word.end);
      const role = roleOf(word.text, next);
      if (role === 'stop') return null;
      if (role === 'head') {
        head = word;
        break;
      }
      if (modifiers.length === MAX_MODIFIERS) return null;
      modifiers.push(word.text);
      word = next;
    }
    if (!head) return null;
    const words = [...modifiers.filter((m) => !SKIPPED_MODIFIERS.has(m.toLowerCase())), head.text];
    let end = head.end;
    // One more plural noun makes a compound head: "sports facilities", "police officers", "Chinese companies".
    const after = wordAt(text, head.end);
    if (
      after &&
      takesAdjunct(head.text) &&
      isLowerInitial(after.text) &&
      roleOf(after.text, null) === 'head'
    ) {
      words.push(after.text);
      end = after.end;
    }
    const unit = words.join(' ');
    return draft(amount, context, {
      rule: RULE,
      start: amount.start,
      end,
      unit,
      reason: `unit noun '${unit}'`,
    });
  },
};
