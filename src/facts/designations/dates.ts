/**
 * The date of a designation: the date mention governing it in its sentence (period.ts); when the
 * sentence has none, the last date of one of the three sentences before it, provided the text links
 * them ("Then ..." opening a sentence in between, "at that time", "during the visit"); such a date
 * is marked `inferred`. Otherwise undated.
 */
import type { DatePrecision } from '../../core/types.js';
import { governingDate } from '../period.js';
import { findPhrases } from '../phrases.js';
import type { SentenceView } from '../sentence-view.js';
import type { WordSets } from '../types.js';

export interface DesignationDate {
  readonly value: string;
  readonly precision: DatePrecision | 'undated';
}

export const UNDATED_DESIGNATION: DesignationDate = Object.freeze({ value: 'undated', precision: 'undated' });

/** How many sentences back a context date may come from. */
const LOOK_BACK = 3;

function hasContextCue(view: SentenceView, words: WordSets): boolean {
  return findPhrases(words['context-cue'], view.tokens, view.first, view.last).some(
    (m) => m.phrase.words.length > 1 || m.start === view.first,
  );
}

export function designationDate(
  views: readonly SentenceView[],
  index: number,
  anchor: { start: number; end: number },
  words: WordSets,
): DesignationDate {
  const view = views[index];
  if (!view) return UNDATED_DESIGNATION;
  const here = governingDate(view, anchor);
  if (here) return { value: here.value, precision: here.precision };
  for (let k = index - 1; k >= Math.max(0, index - LOOK_BACK); k--) {
    const dated = views[k]?.dates.filter((d) => d.mention.date !== null) ?? [];
    const last = dated[dated.length - 1]?.mention.date;
    if (!last) continue;
    const linked = views.slice(k + 1, index + 1).some((v) => hasContextCue(v, words));
    return linked ? { value: last.value, precision: 'inferred' } : UNDATED_DESIGNATION;
  }
  return UNDATED_DESIGNATION;
}
