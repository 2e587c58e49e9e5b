/** Numbered evidence for a brief's claims: one footnote per sentence (or source), in order of first use. */
import type { ArticleRef } from '../store/types.js';
import type { Evidence } from './types.js';

export interface EvidenceInput {
  readonly article: ArticleRef | null;
  readonly sentence: number | null;
  readonly sentenceText: string | null;
  readonly quote: string;
  readonly source: string | null;
  readonly note?: string | null;
}

export class EvidenceBook {
  private readonly byKey = new Map<string, Evidence>();
  readonly all: Evidence[] = [];

  add(input: EvidenceInput): Evidence {
    const key = input.article
      ? `a:${input.article.id}:${input.sentence ?? ''}`
      : `s:${input.source ?? ''}:${input.note ?? ''}:${input.quote}`;
    const found = this.byKey.get(key);
    if (found) return found;
    const evidence: Evidence = { n: this.all.length + 1, ...input };
    this.byKey.set(key, evidence);
    this.all.push(evidence);
    return evidence;
  }
}
