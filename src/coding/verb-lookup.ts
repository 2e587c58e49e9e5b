import type { Token } from '../core/types.js';
import type { VerbFrame } from './parse/structure.js';
import { findVerbForms, type FormRef, type VerbDictionary } from './verbs/index.js';

/** A verb of the dictionary found in a frame: its form and the tokens it covers. */
export interface VerbHit {
  readonly refs: readonly FormRef[];
  /** The token the dictionary tags as the verb. */
  readonly token: number;
  /** Token range of the whole (possibly multi-word) form. */
  readonly start: number;
  readonly end: number;
}

/** Whether the multi-word form `ref` fits the tokens around verb token `t` (adverbs may intervene after it). */
function fits(
  tokens: readonly Token[],
  words: readonly string[],
  ref: FormRef,
  t: number,
  limit: number,
): { start: number; end: number } | null {
  const form = ref.form.words;
  const verbIndex = ref.form.verbIndex;
  let start = t;
  for (let k = verbIndex - 1; k >= 0; k--) {
    start--;
    if (words[start] !== form[k]) return null;
  }
  let end = t + 1;
  for (let k = verbIndex + 1; k < form.length; k++) {
    while (end < limit && tokens[end]!.pos === 'ADV' && words[end] !== form[k]) end++;
    if (end >= limit || words[end] !== form[k]) return null;
    end++;
  }
  return { start, end };
}

/**
 * The dictionary verb of a frame: its lexical verbs from the last (the main verb) back,
 * the longest form that fits first ("broke down" before "broke"). `words` are the tokens'
 * norms in upper case (the dictionary's spelling), parallel to `tokens`.
 */
export function findFrameVerb(
  tokens: readonly Token[],
  words: readonly string[],
  frame: VerbFrame,
  dict: VerbDictionary,
  sentenceEnd: number,
): VerbHit | null {
  // the main verb (the frame's head, when not among its lexical verbs) first, then the
  // lexical verbs from the last back
  const headListed = frame.verbs.includes(frame.head);
  for (let i = headListed ? frame.verbs.length - 1 : frame.verbs.length; i >= 0; i--) {
    const t = i === frame.verbs.length ? frame.head : frame.verbs[i]!;
    const token = tokens[t];
    if (!token) continue;
    const refs = findVerbForms(dict, token.text);
    if (refs.length === 0) continue;
    // the longest forms that fit, in the dictionary's order
    let best: FormRef[] = [];
    let bestStart = 0;
    let bestEnd = 0;
    for (const ref of refs) {
      const span = fits(tokens, words, ref, t, sentenceEnd);
      if (!span) continue;
      const length = span.end - span.start;
      if (best.length === 0 || length > bestEnd - bestStart) {
        best = [ref];
        bestStart = span.start;
        bestEnd = span.end;
      } else if (length === bestEnd - bestStart) best.push(ref);
    }
    if (best.length > 0) return { refs: best, token: t, start: bestStart, end: bestEnd };
  }
  return null;
}
