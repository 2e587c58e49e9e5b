/**
 * A sentence as the extractors see it: its tokens (global indices into the article's tokens), its
 * clauses, and its mentions placed on token ranges.
 */
import type { ActorMention, DateMention, Mention, QuantityMention, Sentence, Token } from '../core/types.js';
import { findPhrases } from './phrases.js';
import type { WordSets } from './types.js';

/** A mention with the token range [start, end) it covers (global token indices). */
export interface Placed<M extends Mention> {
  readonly mention: M;
  readonly start: number;
  readonly end: number;
}

export interface SentenceView {
  readonly sentence: Sentence;
  /** All the article's tokens; the sentence owns [first, last). */
  readonly tokens: readonly Token[];
  readonly first: number;
  readonly last: number;
  /** Clause number of each of the sentence's tokens (index - first). */
  readonly clauses: readonly number[];
  readonly actors: readonly Placed<ActorMention>[];
  readonly dates: readonly Placed<DateMention>[];
  readonly quantities: readonly Placed<QuantityMention>[];
}

/** Token range a character span covers within [first, last), or null when it covers none. */
export function tokenRange(
  tokens: readonly Token[],
  first: number,
  last: number,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let from = -1;
  let to = -1;
  for (let i = first; i < last; i++) {
    const token = tokens[i];
    if (!token || token.end <= start || token.start >= end) continue;
    if (from < 0) from = i;
    to = i + 1;
  }
  return from < 0 ? null : { start: from, end: to };
}

function clausesOf(tokens: readonly Token[], first: number, last: number, words: WordSets): number[] {
  const breaks = new Set(
    findPhrases(words['clause-break'], tokens, first, last)
      .filter((m) => m.phrase.value !== 'after-comma' || tokens[m.start - 1]?.text === ',')
      .map((m) => m.start),
  );
  const clauses: number[] = [];
  let clause = 0;
  for (let i = first; i < last; i++) {
    if (i > first && breaks.has(i)) clause++;
    clauses.push(clause);
  }
  return clauses;
}

/** Builds one view per sentence; mentions go to the sentence that contains them. */
export function sentenceViews(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  mentions: readonly Mention[],
  words: WordSets,
): SentenceView[] {
  const buckets = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (!(m.start >= 0 && m.end <= text.length && m.start < m.end)) continue;
    const hinted = sentences[m.sentence];
    const at =
      hinted && hinted.start <= m.start && m.end <= hinted.end
        ? m.sentence
        : sentences.findIndex((s) => s.start <= m.start && m.end <= s.end);
    if (at < 0) continue;
    const bucket = buckets.get(at) ?? [];
    bucket.push(m);
    buckets.set(at, bucket);
  }
  return sentences.map((sentence, position) => {
    const first = Math.max(0, Math.min(sentence.tokenStart, tokens.length));
    const last = Math.max(first, Math.min(sentence.tokenEnd, tokens.length));
    const actors: Placed<ActorMention>[] = [];
    const dates: Placed<DateMention>[] = [];
    const quantities: Placed<QuantityMention>[] = [];
    for (const mention of buckets.get(position) ?? []) {
      const range = tokenRange(tokens, first, last, mention.start, mention.end);
      if (!range) continue;
      if (mention.kind === 'actor') actors.push({ mention, ...range });
      else if (mention.kind === 'date') dates.push({ mention, ...range });
      else if (mention.kind === 'quantity') quantities.push({ mention, ...range });
    }
    const byStart = <M extends Mention>(a: Placed<M>, b: Placed<M>): number => a.start - b.start;
    return {
      sentence,
      tokens,
      first,
      last,
      clauses: clausesOf(tokens, first, last, words),
      actors: actors.sort(byStart),
      dates: dates.sort(byStart),
      quantities: quantities.sort(byStart),
    };
  });
}

/** Clause number of a global token index (the last clause for indices past the sentence). */
export function clauseAt(view: SentenceView, index: number): number {
  const k = Math.min(Math.max(index - view.first, 0), view.clauses.length - 1);
  return view.clauses[k] ?? 0;
}

/** Text of tokens [start, end) as written, from the first token's start to the last one's end. */
export function spanOf(view: SentenceView, start: number, end: number): { start: number; end: number } {
  const a = view.tokens[start];
  const b = view.tokens[end - 1];
  return { start: a?.start ?? view.sentence.start, end: b?.end ?? view.sentence.end };
}
