/**
 * Joins two quantities of the same kind and unit written as a range with the unit repeated:
 * "$5 billion to $6 billion", "$5-$6 billion", "between $5 and $6 billion", "250% to 390%".
 * The lower bound takes the upper bound's multiplier when it has none and the result stays below
 * the upper bound ("$5 to $6 billion" → 5e9..6e9). "from 5% to 6%" is a change, not a range: the
 * two values stay apart, but the first still takes the second's multiplier when it was left out
 * ("grew from $16 to $109 million" → 16e6 and 109e6; "fell from $5 to $3 billion" → 5e9 and 3e9),
 * provided it is written below 1000 and lands within a factor of 100 of the second.
 * (Ranges with the unit written once, "5 to 6 billion dollars", are read by the number scanner.)
 */
import { compare, integer, multiply, type Decimal } from '../decimal.js';
import { matchBefore } from '../context.js';
import type { Candidate, QuantityRefiner, SentenceContext } from '../types.js';

const GAP = /^(?:[ \u00a0]*[-\u2010\u2011\u2013\u2014][ \u00a0]*|[ \u00a0]+(to|and|or)[ \u00a0]+)$/i;
const BETWEEN_BEFORE = /(?<![\p{L}\p{N}])between[ \u00a0]+$/iu;
const FROM_BEFORE = /(?<![\p{L}\p{N}])from[ \u00a0]+$/iu;

function sameKind(a: Candidate, b: Candidate): boolean {
  return a.rule === b.rule && a.unit === b.unit && a.currency === b.currency && !a.valueEnd && !b.valueEnd;
}

/** "from $16 to $109 million": the first value with the second's multiplier, when that is plausible. */
function changeEllipsis(a: Candidate, b: Candidate, text: string): Candidate | null {
  if (!sameKind(a, b) || a.lowScaled || !b.multiplier || b.multiplier.factor.exponent < 3) return null;
  if (!/^[ \u00a0]+to[ \u00a0]+$/i.test(text.slice(a.end, b.start))) return null;
  if (!matchBefore(FROM_BEFORE, text, a.start, 10) || compare(a.value, integer(1000)) >= 0) return null;
  const inherited = multiply(a.value, b.multiplier.factor);
  if (!withinHundredfold(inherited, b.value)) return null;
  return {
    ...a,
    value: inherited,
    multiplier: b.multiplier,
    reason: `${a.reason}; multiplier '${b.multiplier.text}' taken from '${text.slice(b.start, b.end)}' (quantities/range-merge)`,
  };
}

function withinHundredfold(x: Decimal, y: Decimal): boolean {
  const hundred = integer(100);
  return compare(multiply(x, hundred), y) >= 0 && compare(multiply(y, hundred), x) >= 0;
}

function join(a: Candidate, b: Candidate, text: string): Candidate | null {
  if (!sameKind(a, b) || b.qualifier) return null;
  const gap = GAP.exec(text.slice(a.end, b.start));
  if (!gap) return null;
  const word = (gap[1] ?? '').toLowerCase();
  const between = a.qualifier ? null : matchBefore(BETWEEN_BEFORE, text, a.start, 12);
  if (word === 'and' && !between) return null;
  if (word === 'to' && matchBefore(FROM_BEFORE, text, a.start, 10)) return null;
  let value = a.value;
  if (!a.lowScaled && b.multiplier) {
    const inherited = multiply(a.value, b.multiplier.factor);
    if (compare(inherited, b.value) < 0) value = inherited;
  }
  if (compare(value, b.value) >= 0) return null;
  return {
    ...a,
    start: between ? between.start : a.start,
    end: b.end,
    numberEnd: b.numberEnd,
    value,
    valueEnd: b.value,
    multiplier: b.multiplier,
    reason: `${a.reason}; range with '${text.slice(b.start, b.end)}' (quantities/range-merge)`,
  };
}

export const rangeMergeRefiner: QuantityRefiner = {
  id: 'quantities/range-merge',
  refine(candidates: readonly Candidate[], context: SentenceContext): readonly Candidate[] {
    if (candidates.length < 2) return candidates;
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const current = candidates[i];
      if (!current) continue;
      const next = candidates[i + 1];
      const joined = next ? join(current, next, context.text) : null;
      if (joined) {
        out.push(joined);
        i++;
      } else out.push((next && changeEllipsis(current, next, context.text)) || current);
    }
    return out;
  },
};
