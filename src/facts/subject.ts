/**
 * What a figure is about when that is a thing rather than a relation: a named facility ("the
 * China-Belarusian industrial park Great Stone") in the sentence or, for "It has an area of...", the
 * sentence before it in the paragraph; or the "of" phrase after the figure ("doses of its vaccine").
 */
import type { Token } from '../core/types.js';
import type { SentenceView } from './sentence-view.js';
import { findPhrases } from './phrases.js';
import type { Phrase, WordSets } from './types.js';

export interface Subject {
  readonly text: string;
  readonly view: SentenceView;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

const NAME_PARTS: ReadonlySet<string> = new Set(['PROPN', 'ADJ', 'NOUN']);
const HYPHEN = /^[-\u2010-\u2015]$/;
const CAPITAL = /^\p{Lu}/u;

function isCapitalisedName(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'PROPN' || (token.pos === 'NOUN' && CAPITAL.test(token.text)));
}

function isNamePart(token: Token | undefined): boolean {
  return token !== undefined && (NAME_PARTS.has(token.pos) || HYPHEN.test(token.text));
}

function namedIn(view: SentenceView, text: string, words: WordSets): Subject | null {
  const heads = new Set(words['subject-head'].filter((p) => p.words.length === 1).map((p) => p.words[0]));
  for (let i = view.first; i < view.last; i++) {
    const head = view.tokens[i];
    if (!head || !heads.has(head.norm)) continue;
    // "Port Louis" is a city, not a port: a capitalised head must end a name ("Gwadar Port").
    if (CAPITAL.test(head.text) && !CAPITAL.test(view.tokens[i - 1]?.text ?? '')) continue;
    let start = i;
    while (start > view.first && i - start < 6 && isNamePart(view.tokens[start - 1])) start--;
    while (start < i && HYPHEN.test(view.tokens[start]?.text ?? '')) start++;
    let end = i + 1;
    while (end < view.last && end - i <= 4 && isCapitalisedName(view.tokens[end])) end++;
    const named = view.tokens
      .slice(start, end)
      .some((t, k) => CAPITAL.test(t.text) && start + k > view.first);
    if (!named) continue;
    const a = view.tokens[start];
    const b = view.tokens[end - 1];
    if (!a || !b) continue;
    return { text: text.slice(a.start, b.end), view, tokenStart: start, tokenEnd: end };
  }
  return null;
}

/** A named facility in the sentence, else in the previous sentence of the same paragraph. */
export function namedSubject(
  views: readonly SentenceView[],
  index: number,
  text: string,
  words: WordSets,
): Subject | null {
  const view = views[index];
  if (!view) return null;
  const here = namedIn(view, text, words);
  if (here) return here;
  const previous = views[index - 1];
  if (!previous || previous.sentence.paragraph !== view.sentence.paragraph) return null;
  return namedIn(previous, text, words);
}

const SKIPPED = new Set(['DET', 'PRON']);
const OF_PARTS = new Set(['NOUN', 'PROPN', 'ADJ']);
const LINKS = new Set(['of', 'in', 'for']);

/** The noun phrase starting at `from`, determiners and pronouns skipped: [start, end) or null. */
function nounPhrase(view: SentenceView, from: number): { start: number; end: number } | null {
  let start = from;
  while (start < view.last && SKIPPED.has(view.tokens[start]?.pos ?? '')) start++;
  let end = start;
  while (end < view.last && end - start < 4 && OF_PARTS.has(view.tokens[end]?.pos ?? '')) end++;
  return end > start ? { start, end } : null;
}

/**
 * The noun phrase of "of ..." right after token `after` ("doses of its vaccine" → "vaccine"). When
 * that phrase ends in one of the rule's triggers ("50% of its own share"), the phrase after it is
 * kept too ("own share in joint projects").
 */
export function ofSubject(
  view: SentenceView,
  after: number,
  text: string,
  triggers: readonly Phrase[],
): Subject | null {
  if (after >= view.last || view.tokens[after]?.norm !== 'of') return null;
  const phrase = nounPhrase(view, after + 1);
  if (!phrase) return null;
  let { end } = phrase;
  if (findPhrases(triggers, view.tokens, phrase.start, end).some((m) => m.end === end)) {
    const link = view.tokens[end];
    const next = link && LINKS.has(link.norm) ? nounPhrase(view, end + 1) : null;
    if (next) end = next.end;
  }
  const a = view.tokens[phrase.start];
  const b = view.tokens[end - 1];
  if (!a || !b) return null;
  return { text: text.slice(a.start, b.end), view, tokenStart: phrase.start, tokenEnd: end };
}
