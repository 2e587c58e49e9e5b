/**
 * Removes candidates inside set phrases whose numbers are names, not quantities:
 * "one country, two systems", China's "two sessions", "Five Eyes", "Group of 20", "Three Gorges".
 */
import { mapPacked } from '../../../core/packed.js';
import type { Candidate, QuantityRefiner, SentenceContext } from '../types.js';

const S = String.raw`[ \u00a0]+`;

const SET_PHRASES: readonly RegExp[] = [
  new RegExp(String.raw`\bone${S}country,?${S}two${S}systems\b`, 'gi'),
  new RegExp(String.raw`\btwo${S}sessions\b`, 'gi'),
  new RegExp(String.raw`\bfive${S}eyes\b`, 'gi'),
  new RegExp(String.raw`\bgroup${S}of${S}(?:\d+|three|four|five|seven|eight|twenty)\b`, 'gi'),
  new RegExp(String.raw`\bthree${S}gorges\b`, 'gi'),
  new RegExp(String.raw`\bBig${S}(?:Three|Four|Five)\b`, 'g'),
  new RegExp(String.raw`\bTen${S}Commandments\b`, 'g'),
];

/**
 * Any of the phrases, in any case: one scan that most sentences fail, before the phrases run one by
 * one. Ignoring case everywhere only widens it (two phrases are case-sensitive), so it never
 * misses a phrase.
 */
const ANY_PHRASE = new RegExp(mapPacked(SET_PHRASES, (p) => p.source).join('|'), 'i');

function phraseSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (!ANY_PHRASE.test(text)) return spans;
  for (const pattern of SET_PHRASES) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return spans;
}

export const setPhraseRefiner: QuantityRefiner = {
  id: 'quantities/set-phrase',
  refine(candidates: readonly Candidate[], context: SentenceContext): readonly Candidate[] {
    // Nothing to remove: the phrase scans (one per phrase, over the whole sentence) are skipped.
    if (candidates.length === 0) return candidates;
    const spans = phraseSpans(context.text);
    if (spans.length === 0) return candidates;
    return candidates.filter((c) => !spans.some((s) => c.numberStart < s.end && s.start < c.numberEnd));
  },
};
