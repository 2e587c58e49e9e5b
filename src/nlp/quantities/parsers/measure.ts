/**
 * Measures (area, distance, mass, volume, energy, power): a number followed by a unit from
 * `units.ts`. "112 square kilometers" → 112 km2, "25 km" → 25 km, "1,600-kilometer route" → 1600 km,
 * "38 bcm" → 38000000000 m3. One parser per dimension; the rule names the dimension.
 */
import { mapPacked } from '../../../core/packed.js';
import { multiply, powerOfTen } from '../decimal.js';
import { stickyAt } from '../context.js';
import {
  afterSpaces,
  firstChars,
  isAsciiLetter,
  isHyphenCode,
  isSpaceCode,
  mayStartAt,
  type FirstChars,
} from '../first-chars.js';
import type { Dimension, UnitForm } from '../units.js';
import type { Amount, CandidateDraft, QuantityParser, SentenceContext } from '../types.js';
import { draft, multiplierNote } from './shared.js';
import { codeAt } from '../../../core/bounded.js';

interface Compiled {
  readonly pattern: RegExp;
  readonly forms: readonly UnitForm[];
  /** The characters a unit of `forms` can start with: a cheap test before the pattern runs. */
  readonly first: FirstChars | null;
}

function compile(forms: readonly UnitForm[], joiner: string, flags: string): Compiled {
  const alternation = mapPacked(forms, (form) => `(${form.pattern})`).join('|');
  const starts = forms.flatMap((form) => alternativeStarts(form.pattern));
  return {
    pattern: new RegExp(`${joiner}(?:${alternation})(?![\\p{L}\\p{N}])`, flags),
    forms,
    // Only letters are taken as literal starts; anything else (a group, an escape) turns the test off.
    first: starts.every((c) => isAsciiLetter(c.charCodeAt(0)))
      ? firstChars(starts, flags.includes('i'))
      : null,
  };
}

/** The first characters of the top-level alternatives of a regex source. */
function alternativeStarts(source: string): string[] {
  const starts = [source.charAt(0)];
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) starts.push(source.charAt(i + 1));
  }
  return starts;
}

/** Where a word unit would start after the number: past spaces, or one hyphen; -1 when neither is there. */
function wordStart(text: string, end: number): number {
  const spaced = afterSpaces(text, end);
  if (spaced > end) return spaced;
  return isHyphenCode(codeAt(text, end)) ? end + 1 : -1;
}

/** Where an abbreviation would start after the number: past one space or hyphen, if any. */
function abbreviationStart(text: string, end: number): number {
  const code = codeAt(text, end);
  return isSpaceCode(code) || isHyphenCode(code) ? end + 1 : end;
}

function matchUnit(
  compiled: Compiled,
  text: string,
  position: number,
): { form: UnitForm; length: number } | null {
  const match = stickyAt(compiled.pattern, text, position);
  if (!match) return null;
  const index = match.findIndex((group, i) => i > 0 && group !== undefined);
  const form = compiled.forms[index - 1];
  return form ? { form, length: match[0].length } : null;
}

/** "5m" was read as 5 million; after no currency it may be 5 metres ("2m deeper"), unless a noun follows ("3m people"). */
const METRES_GLUED =
  /(?![ \u00a0]+[a-z])|(?=[ \u00a0]+(?:deep|deeper|high|higher|tall|taller|long|longer|wide|wider|away|above|below|from|of|in|into|under|over|and|or|to)(?![\p{L}]))/uy;

export function measureParser(dimension: Dimension): QuantityParser {
  const words = compile(dimension.words, String.raw`(?:[ \u00a0]+|[-\u2010\u2011])`, 'iuy');
  const abbreviations = compile(dimension.abbreviations, String.raw`(?:[ \u00a0]?|[-\u2010\u2011])`, 'uy');
  return {
    id: dimension.rule,
    parse(amount: Amount, context: SentenceContext): CandidateDraft | null {
      const { text } = context;
      const wordAt = wordStart(text, amount.end);
      const found =
        (wordAt >= 0 && mayStartAt(words.first, text, wordAt) ? matchUnit(words, text, amount.end) : null) ??
        (mayStartAt(abbreviations.first, text, abbreviationStart(text, amount.end))
          ? matchUnit(abbreviations, text, amount.end)
          : null);
      if (found) {
        const { form, length } = found;
        const scale = form.power === undefined ? null : powerOfTen(form.power);
        return draft(amount, context, {
          rule: dimension.rule,
          start: amount.start,
          end: amount.end + length,
          unit: form.unit,
          value: scale ? multiply(amount.value, scale) : amount.value,
          valueEnd: scale && amount.valueEnd ? multiply(amount.valueEnd, scale) : amount.valueEnd,
          reason: `unit '${text.slice(amount.end, amount.end + length).trim()}' → ${form.unit}${multiplierNote(amount)}`,
        });
      }
      return gluedMetres(dimension, amount, context);
    },
  };
}

function gluedMetres(dimension: Dimension, amount: Amount, context: SentenceContext): CandidateDraft | null {
  if (dimension.rule !== 'quantities/distance' || amount.high) return null;
  const { low } = amount;
  if (low.form !== 'digits' || low.multiplier?.text !== 'm') return null;
  if (!stickyAt(METRES_GLUED, context.text, amount.end)) return null;
  return draft(amount, context, {
    rule: dimension.rule,
    start: amount.start,
    end: amount.end,
    unit: 'm',
    value: low.written,
    valueEnd: null,
    reason: "glued 'm' with no currency read as metres",
  });
}
