/**
 * extractDesignations: the statuses an article gives a relationship — partnership labels with the
 * date they were established or upgraded, memberships and statuses in organisations, and
 * participation in initiatives — each with its evidence.
 */
import type { Designation } from '../../core/types.js';
import { sentenceViews } from '../sentence-view.js';
import type { FactInput } from '../types.js';
import { initiativesIn } from './initiatives.js';
import type { DesignationLexicon } from './lexicon.js';
import { membershipsIn } from './memberships.js';
import { partnershipsIn } from './partnerships.js';
import type { PartnershipScale } from './scale.js';

export interface DesignationTables {
  readonly scale: PartnershipScale;
  readonly lexicon: DesignationLexicon;
}

/** Every designation the article states, sentence by sentence. Never throws on well-formed input. */
export function extractDesignations(input: FactInput, tables: DesignationTables): Designation[] {
  const { lexicon, scale } = tables;
  const views = sentenceViews(input.text, input.sentences, input.tokens, input.mentions, lexicon.words);
  const out: Designation[] = [];
  views.forEach((_, index) => {
    out.push(...partnershipsIn(views, index, input.text, scale, input.dominantDyad, lexicon.words));
    out.push(...membershipsIn(views, index, input.text, lexicon));
    out.push(...initiativesIn(views, index, input.text, lexicon));
  });
  return out;
}
