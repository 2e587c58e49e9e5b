/**
 * Joins two quantities of the same kind and unit written as a range with the unit repeated:
 * "$5 billion to $6 billion", "$5-$6 billion", "between $5 and $6 billion", "250% to 390%".
 * The lower bound takes the upper bound's multiplier when it has none and the result stays below
 * the upper bound ("$5 to $6 billion" → 5e9..6e9). "from 5% to 6%" is a change, not a range.
 * (Ranges with the unit written once, "5 to 6 billion dollars", are read by the number scanner.)
 */
import { compare, multiply } from '../decimal.js';
import { matchBefore } from '../context.js';
import type { Candidate, QuantityRefiner, SentenceContext } from '../types.js';

const GAP = /^(?:[ \u00a0]*[-\u2010\u2011\u2013\u2014][ \u00a0]*|[ \u00a0]+(to|and|or)[ \u00a0]+)$/i;
const BETWEEN_BEFORE = /(?<![\p{L}\p{N}])between[ \u00a0]+$/iu;
const FROM_BEFORE = /(?<![\p{L}\p{N}])from[ \u00a0]+$/iu;

function join(a: Candidate, b: Candidate, text: string): Candidate | null {
  if (a.rule !== b.rule || a.unit !== b.unit || a.currency !== b.currency) return null;
  if (a.valueEnd || b.valueEnd || b.qualifier) return null;
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
      } else out.push(current);
    }
    return out;
  },
};
