import type { Token } from '../../core/types.js';

/** Prepositions that make the following name a place ("met in Beijing", "25 km from Minsk"). */
const LOCATIVE = new Set([
  'in',
  'at',
  'near',
  'outside',
  'into',
  'inside',
  'around',
  'across',
  'throughout',
  'within',
  'via',
  'toward',
  'towards',
]);

/** "to" and "from" mark a place only after movement or distance ("a visit to Beijing", "km from Minsk"). */
const MOTION = new Set([
  'visit',
  'visits',
  'visited',
  'visiting',
  'trip',
  'trips',
  'travel',
  'travelled',
  'traveled',
  'travels',
  'arrived',
  'arrives',
  'arrive',
  'arriving',
  'flew',
  'fly',
  'flight',
  'flights',
  'went',
  'go',
  'goes',
  'came',
  'come',
  'comes',
  'returned',
  'return',
  'returns',
  'journey',
  'route',
  'road',
  'roads',
  'railway',
  'way',
  'back',
  'km',
  'kilometers',
  'kilometres',
  'miles',
  'headed',
  'moved',
  'delegation',
  'departed',
  'left',
  'deported',
  'transferred',
  'shipped',
  'sent',
  'exported',
  'imported',
]);

/**
 * True when the token right before `start` (within the sentence) governs a place:
 * a locative preposition, or "to"/"from" after a word of movement or distance.
 */
export function governedAsPlace(tokens: readonly Token[], start: number, sentenceStart: number): boolean {
  let k = start - 1;
  if (k >= sentenceStart && tokens[k]!.norm === 'the') k--;
  if (k < sentenceStart) return false;
  const prep = tokens[k]!.norm;
  if (LOCATIVE.has(prep)) return true;
  if (prep === 'to' || prep === 'from') {
    for (let j = k - 1; j >= Math.max(sentenceStart, k - 3); j--)
      if (MOTION.has(tokens[j]!.norm)) return true;
  }
  return false;
}
