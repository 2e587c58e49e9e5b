/**
 * Money: a currency sign or code before the number ("$6 billion", "US$5m", "€1.2bn", "USD 6.45 billion",
 * "RMB 500 million"), or a sign, code or name after it ("6.45 billion USD", "500 million yuan",
 * "five million dollars", "2 billion Belarusian rubles"). Value and unit are exact; unit = currency = ISO 4217.
 */
import { mapPacked } from '../../../core/packed.js';
import { matchBefore, stickyAt } from '../context.js';
import { CODES, NAME_INDEX, NAMES, PREFIX_SIGNS, SUFFIX_SIGNS } from '../currencies.js';
import { afterSpaces, firstChars, isSpaceCode, mayStartAt } from '../first-chars.js';
import type { Amount, CandidateDraft, QuantityParser, SentenceContext } from '../types.js';
import { draft, multiplierNote } from './shared.js';
import { codeAt } from '../../../core/bounded.js';

const RULE = 'quantities/money';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const CODE_ALTERNATION = Object.keys(CODES).join('|');
/** Letter signs written before the number only ("RM13.5 billion", "Rp 5 trillion"). */
const WORD_SIGNS: Readonly<Record<string, string>> = Object.freeze({ RM: 'MYR', Rp: 'IDR' });
const PREFIX_CODES: Readonly<Record<string, string>> = Object.freeze({ ...CODES, ...WORD_SIGNS });
const LETTER_SIGNS = mapPacked(
  Object.keys(PREFIX_SIGNS).filter((sign) => /^[A-Za-z.]+\$$/.test(sign)),
  (sign) => escape(sign.slice(0, -1)),
)
  .sort((a, b) => b.length - a.length)
  .join('|');
const OTHER_SIGNS = mapPacked(
  Object.keys(PREFIX_SIGNS)
    .filter((sign) => !/^[A-Za-z.]+\$$/.test(sign) && sign !== '$')
    .sort((a, b) => b.length - a.length),
  escape,
).join('|');

/** A sign or code just before the number, anchored at the end of a short window. */
const PREFIX = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}])(${LETTER_SIGNS})[ \u00a0]?\$|(?<![\p{L}\p{N}$])(\$)|(${OTHER_SIGNS})|(?<![\p{L}\p{N}])(${CODE_ALTERNATION}|${Object.keys(WORD_SIGNS).join('|')}))[ \u00a0\u200e\u200f]?$`,
  'u',
);

/** A sign after the number, unless it starts the next amount ("5 $6"). */
const SUFFIX_SIGN = new RegExp(
  String.raw`[ \u00a0]?(${mapPacked(SUFFIX_SIGNS, escape).join('|')})(?![ \u00a0]?\d)`,
  'uy',
);
const SUFFIX_CODE = new RegExp(String.raw`[ \u00a0]?(${CODE_ALTERNATION})(?![\p{L}\p{N}])`, 'uy');
const SUFFIX_NAME = new RegExp(
  String.raw`[ \u00a0]+(${mapPacked(NAMES, (n) => escape(n.phrase).replace(/ /g, '[ \\u00a0]+')).join('|')})(?![\p{L}\p{N}])`,
  'iuy',
);
const OF_AFTER = /[ \u00a0]+of(?![\p{L}])/iuy;

interface Found {
  readonly start: number;
  readonly end: number;
  readonly iso: string;
  readonly how: string;
}

/** The characters PREFIX can end with before its optional space: its signs' and codes' last ones. */
const PREFIX_LAST = firstChars(
  mapPacked(['$', ...Object.keys(PREFIX_SIGNS), ...Object.keys(PREFIX_CODES)], (s) => s.charAt(s.length - 1)),
  false,
);

/** The optional space PREFIX allows after a sign or code (marks included). */
function isPrefixSpace(code: number): boolean {
  return isSpaceCode(code) || code === 0x200e || code === 0x200f;
}

/** False when PREFIX cannot end at `position`: no sign or code ends there, nor one space before. */
function prefixMayEndAt(text: string, position: number): boolean {
  if (position === 0) return false;
  if (mayStartAt(PREFIX_LAST, text, position - 1)) return true;
  return (
    position >= 2 &&
    isPrefixSpace(text.charCodeAt(position - 1)) &&
    mayStartAt(PREFIX_LAST, text, position - 2)
  );
}

function prefix(text: string, amount: Amount): Found | null {
  if (!prefixMayEndAt(text, amount.low.start)) return null;
  const found = matchBefore(PREFIX, text, amount.low.start, 10);
  if (!found) return null;
  // In "between $5 and 6 billion" the sign sits between "between" (the amount's start) and the number.
  if (amount.start < amount.low.start && found.start < amount.start) return null;
  const start = Math.min(found.start, amount.start);
  const { match } = found;
  if (match[1] !== undefined) {
    const sign = `${match[1]}$`;
    const iso = PREFIX_SIGNS[sign];
    return iso ? { start, end: amount.end, iso, how: `sign '${sign}'` } : null;
  }
  if (match[2] !== undefined) return { start, end: amount.end, iso: 'USD', how: "sign '$' read as USD" };
  if (match[3] !== undefined) {
    const iso = PREFIX_SIGNS[match[3]];
    const how = match[3] === '¥' ? "sign '¥' read as JPY (CN¥, RMB or yuan mark CNY)" : `sign '${match[3]}'`;
    return iso ? { start, end: amount.end, iso, how } : null;
  }
  const iso = match[4] !== undefined ? PREFIX_CODES[match[4]] : undefined;
  return iso ? { start, end: amount.end, iso, how: `code '${match[4]}'` } : null;
}

/** What each suffix pattern can start with, past its optional space: they run only where one can. */
const SIGN_FIRST = firstChars(SUFFIX_SIGNS, false);
const CODE_FIRST = firstChars(Object.keys(CODES), false);
const NAME_FIRST = firstChars(
  mapPacked(NAMES, (n) => n.phrase),
  true,
);

function suffix(text: string, amount: Amount): Found | null {
  // A sign or a code may follow one space; a name needs at least one.
  const signOrCodeAt = isSpaceCode(codeAt(text, amount.end)) ? amount.end + 1 : amount.end;
  const nameAt = afterSpaces(text, amount.end);
  const sign = mayStartAt(SIGN_FIRST, text, signOrCodeAt) ? stickyAt(SUFFIX_SIGN, text, amount.end) : null;
  if (sign?.[1]) {
    const iso = PREFIX_SIGNS[sign[1]];
    if (iso)
      return { start: amount.start, end: amount.end + sign[0].length, iso, how: `sign '${sign[1]}' after` };
  }
  const code = mayStartAt(CODE_FIRST, text, signOrCodeAt) ? stickyAt(SUFFIX_CODE, text, amount.end) : null;
  if (code?.[1]) {
    const iso = CODES[code[1]];
    if (iso) return { start: amount.start, end: amount.end + code[0].length, iso, how: `code '${code[1]}'` };
  }
  const name =
    nameAt > amount.end && mayStartAt(NAME_FIRST, text, nameAt)
      ? stickyAt(SUFFIX_NAME, text, amount.end)
      : null;
  if (!name?.[1]) return null;
  const entry = NAME_INDEX.get(name[1].toLowerCase().replace(/[ \u00a0]+/g, ' '));
  if (!entry) return null;
  const end = amount.end + name[0].length;
  if (entry.needsMultiplier) {
    const scaled = (amount.high ?? amount.low).multiplier;
    if (!scaled || scaled.factor.exponent < 6 || stickyAt(OF_AFTER, text, end)) return null;
  }
  return { start: amount.start, end, iso: entry.iso, how: `name '${name[1]}'` };
}

export const moneyParser: QuantityParser = {
  id: RULE,
  parse(amount: Amount, context: SentenceContext): CandidateDraft | null {
    const found = prefix(context.text, amount) ?? suffix(context.text, amount);
    if (!found) return null;
    return draft(amount, context, {
      rule: RULE,
      start: found.start,
      end: found.end,
      unit: found.iso,
      currency: found.iso,
      reason: `${found.how} → ${found.iso}${multiplierNote(amount)}`,
    });
  },
};
