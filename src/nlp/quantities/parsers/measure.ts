/**
 * Measures (area, distance, mass, volume, energy, power): a number followed by a unit from
 * `units.ts`. "112 square kilometers" → 112 km2, "25 km" → 25 km, "1,600-kilometer route" → 1600 km,
 * "38 bcm" → 38000000000 m3. One parser per dimension; the rule names the dimension.
 */
import { multiply, powerOfTen } from '../decimal.js';
import { stickyAt } from '../context.js';
import type { Dimension, UnitForm } from '../units.js';
import type { Amount, CandidateDraft, QuantityParser, SentenceContext } from '../types.js';
import { draft, multiplierNote } from './shared.js';

interface Compiled {
  readonly pattern: RegExp;
  readonly forms: readonly UnitForm[];
}

function compile(forms: readonly UnitForm[], joiner: string, flags: string): Compiled {
  const alternation = forms.map((form) => `(${form.pattern})`).join('|');
  return { pattern: new RegExp(`${joiner}(?:${alternation})(?![\\p{L}\\p{N}])`, flags), forms };
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
      const found = matchUnit(words, text, amount.end) ?? matchUnit(abbreviations, text, amount.end);
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
