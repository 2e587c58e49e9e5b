import { mapPacked } from '../core/packed.js';
import type { Token } from '../core/types.js';
import { synsetPhrases } from './verbs/index.js';
import type {
  MarkerElement,
  NounElement,
  PatternElement,
  PrepElement,
  Term,
  VerbDictionary,
  VerbPattern,
} from './verbs/index.js';
import type { Chunk } from './parse/chunks.js';
import { baseForms, compiledLength, compiledTerm, type CompiledTerm } from './term-match.js';

/**
 * Matching PETRARCH-style verb patterns around a verb, TABARI-fashion: the elements before
 * `*` are looked for, in order, between the subject and the verb; the elements after `*`,
 * in order, between the verb and the end of its clause. Words may be separated by other
 * words (`{A B}`), except where `_` asks for consecutive words; a prepositional phrase
 * `(P X)` needs the preposition P with X inside the noun phrase it governs; markers `+`
 * and `$` point at the target and source noun phrases.
 */

export interface Region {
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
}

export interface PatternMatch {
  readonly pattern: VerbPattern;
  /** Number of words and prepositions matched (more = more specific). */
  readonly score: number;
  /** Token ranges that matched, for the evidence and `explain`. */
  readonly spans: readonly Region[];
  /** Token where a `+` (target) marker pointed, or a matched `(P ...)` object began. */
  readonly targetAt: number | null;
  /** True when `targetAt` is a `+` marker's, not only a matched phrase's object. */
  readonly targetMarked: boolean;
  readonly sourceAt: number | null;
}

export interface MatchContext {
  readonly tokens: readonly Token[];
  /** Upper-case norms of `tokens` (the dictionaries' spelling), computed once per article. */
  readonly words: readonly string[];
  /** Every word of the sentence and its singular forms: a pattern naming a word not here cannot match. */
  readonly present: ReadonlySet<string>;
  /** The words of `present` some pattern's first anchored element names (`leadingWords`). */
  readonly leading: readonly string[];
  /** The sentence's chunks (for prepositions and the phrases they govern). */
  readonly chunks: readonly Chunk[];
  readonly dict: VerbDictionary;
  /** Tokens where a date starts: "on Tuesday" is when, not a phrase a pattern's "(ON)" names. */
  readonly dateStarts?: ReadonlySet<number>;
  /** The chunk holding each token of the sentence (`chunkIndex`). */
  readonly chunkOf: ChunkIndex;
}

/** The index in `chunks` of the first chunk holding each token of [from, from + of.length), or -1. */
export interface ChunkIndex {
  readonly from: number;
  readonly of: readonly number[];
}

/** Which chunk holds each token of the sentence [from, to): built once per sentence. */
export function chunkIndex(chunks: readonly Chunk[], from: number, to: number): ChunkIndex {
  // (a plain array of small integers: V8 allocates one far faster than a typed array, and
  // one is built per sentence)
  const of = new Array<number>(Math.max(0, to - from)).fill(-1);
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    const stop = Math.min(c.end, to);
    for (let k = Math.max(c.start, from); k < stop; k++) if (of[k - from] === -1) of[k - from] = i;
  }
  return { from, of };
}

/** The words of a token range and their singular forms, for `MatchContext.present`. */
export function presentWords(words: readonly string[], from: number, to: number): Set<string> {
  const present = new Set<string>();
  for (let t = from; t < to; t++) for (const form of baseForms(words[t] ?? '')) present.add(form);
  return present;
}

/**
 * The words of `present` that lead some pattern of the dictionary (name its first anchored
 * element): the only words whose buckets a sentence needs to open, found once per sentence
 * rather than looked up in every block a verb of the sentence leads to.
 */
export function leadingWords(dict: VerbDictionary, present: ReadonlySet<string>): string[] {
  const leading = leadingWordsOf(dict);
  const out: string[] = [];
  for (const w of present) if (leading.has(w)) out.push(w);
  return out;
}

/** Every word that leads some pattern of the dictionary's blocks. */
const LEADING = new WeakMap<VerbDictionary, ReadonlySet<string>>();

function leadingWordsOf(dict: VerbDictionary): ReadonlySet<string> {
  let words = LEADING.get(dict);
  if (!words) {
    const all = new Set<string>();
    for (const block of dict.blocks.values())
      for (const w of bucketsOf(dict, block.patterns).byWord.keys()) all.add(w);
    words = all;
    LEADING.set(dict, words);
  }
  return words;
}

/** Per element of a pattern, the words one of which must appear for it to match (null: no condition). */
const ANCHORS = new WeakMap<VerbPattern, readonly (readonly string[] | null)[]>();

function termAnchors(dict: VerbDictionary, term: Term): string[] {
  if (term.kind === 'word') return mapPacked(term.anyOf, (alt) => alt.split('_').pop() ?? alt);
  return mapPacked(synsetPhrases(dict, term.name), (phrase) => phrase[phrase.length - 1] ?? '');
}

function anchorsOf(dict: VerbDictionary, pattern: VerbPattern): readonly (readonly string[] | null)[] {
  let anchors = ANCHORS.get(pattern);
  if (!anchors) {
    const of = (el: PatternElement): readonly string[] | null => {
      if (el.kind === 'noun') return termAnchors(dict, el.words[el.words.length - 1]!);
      if (el.kind === 'prep') {
        if (el.preposition.kind === 'synset') return null;
        return termAnchors(dict, el.preposition);
      }
      return null;
    };
    anchors = mapPacked([...pattern.pre, ...pattern.post], of);
    ANCHORS.set(pattern, anchors);
  }
  return anchors;
}

/**
 * Patterns bucketed by the words of their first anchored element, so a sentence only tries
 * the patterns one of whose words it contains (patterns without such words are always tried).
 */
interface Buckets {
  /** Precedences (positions in the list) of the patterns without an anchored element, in order. */
  readonly always: readonly number[];
  /** 1 at the precedence (the pattern's last position in the list) of each pattern of `always`, 0 elsewhere (one entry per pattern). */
  readonly alwaysMask: readonly number[];
  /** Anchor word -> precedences of the patterns it admits. */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /**
   * Per precedence, the pattern's anchor lists without the unconditional ones and without the
   * first (which the buckets already tested): kept beside the buckets so the per-pattern test
   * of a sentence (`mayMatch`) needs no memo look-up.
   */
  readonly anchors: readonly (readonly (readonly string[])[])[];
  /**
   * Per precedence, the pattern's lead terms compiled (`leadTerms`), filled in when the pattern
   * is first tried (most patterns of a dictionary never are; compiling them all would slow the start).
   */
  readonly terms: (PatternTerms | undefined)[];
}
const BUCKETS = new WeakMap<readonly VerbPattern[], Buckets>();

function bucketsOf(dict: VerbDictionary, patterns: readonly VerbPattern[]): Buckets {
  let b = BUCKETS.get(patterns);
  if (!b) {
    const always: number[] = [];
    const words = new Map<string, VerbPattern[]>();
    const order = new Map<VerbPattern, number>();
    patterns.forEach((p, i) => {
      order.set(p, i);
      const first = anchorsOf(dict, p).find((a) => a !== null);
      if (!first) {
        always.push(i);
        return;
      }
      for (const w of new Set(first)) {
        const list = words.get(w);
        if (list) list.push(p);
        else words.set(w, [p]);
      }
    });
    const at = (p: VerbPattern): number => order.get(p)!;
    const byWord = new Map(mapPacked([...words], ([w, list]) => [w, mapPacked(list, at)] as const));
    const alwaysMask = new Array<number>(patterns.length).fill(0);
    for (const i of always) alwaysMask[i] = 1;
    // (the first is left out: a pattern is tried only when a leading word of the sentence, so a
    // word present, is one of its first element's; the always-tried ones have no anchors)
    const anchors = mapPacked(patterns, (p) =>
      anchorsOf(dict, p)
        .filter((a): a is readonly string[] => a !== null)
        .slice(1),
    );
    const terms = new Array<PatternTerms | undefined>(patterns.length).fill(undefined);
    b = { always, alwaysMask, byWord, anchors, terms };
    BUCKETS.set(patterns, b);
  }
  return b;
}

/**
 * The precedences of the patterns worth trying in this sentence, in order: a mark per
 * pattern of the block (null: only the block's always-tried ones, `Buckets.always`).
 */
function candidateMarks(ctx: MatchContext, b: Buckets): number[] | null {
  // one mark per pattern of the block (blocks hold at most a few hundred): marking and reading
  // the marks in order gives the precedence order without collecting and sorting indices
  let marks: number[] | null = null;
  for (const w of ctx.leading) {
    const list = b.byWord.get(w);
    if (list) marks = mark(marks, b, list);
  }
  return marks;
}

/**
 * Marks the patterns at `list` (starting from the block's always-tried ones). Marks are a plain
 * array, copied per verb: V8 copies one far faster than it allocates a typed array.
 */
function mark(marks: number[] | null, b: Buckets, list: readonly number[]): number[] {
  const out = marks ?? b.alwaysMask.slice();
  for (let k = 0; k < list.length; k++) out[list[k]!] = 1;
  return out;
}

/**
 * Per element of a pattern's `pre` and `post`, the term it tries at every token position, compiled:
 * a noun's first word, a phrase's preposition (null for a marker). Kept per pattern so that
 * matching looks no term up in the term memo (`compiledTerm`) per element tried.
 */
interface PatternTerms {
  readonly pre: readonly (CompiledTerm | null)[];
  readonly post: readonly (CompiledTerm | null)[];
}

function leadTerm(dict: VerbDictionary, el: PatternElement): CompiledTerm | null {
  if (el.kind === 'noun') return compiledTerm(dict, el.words[0]!);
  if (el.kind === 'prep') return compiledTerm(dict, el.preposition);
  return null;
}

function leadTerms(dict: VerbDictionary, pattern: VerbPattern): PatternTerms {
  return {
    pre: mapPacked(pattern.pre, (el) => leadTerm(dict, el)),
    post: mapPacked(pattern.post, (el) => leadTerm(dict, el)),
  };
}

/** A quick test that every element of a pattern (its `anchors`) has one of its words in the sentence. */
function mayMatch(ctx: MatchContext, anchors: readonly (readonly string[])[]): boolean {
  for (let e = 0; e < anchors.length; e++) {
    const list = anchors[e]!;
    let found = false;
    for (let k = 0; k < list.length && !found; k++) found = ctx.present.has(list[k]!);
    if (!found) return false;
  }
  return true;
}

/**
 * Where a pattern's match stands. One cursor per verb, reset for each tried pattern and moved
 * forward in place by each element (spans pushed on its own list): most tried patterns fail,
 * and copying the cursor and its spans at every step was a large share of matching's allocation.
 */
interface Cursor {
  at: number;
  score: number;
  readonly spans: Region[];
  targetAt: number | null;
  targetMarked: boolean;
  sourceAt: number | null;
}

const MAX_GAP = 4;

function isBoundary(t: Token | undefined): boolean {
  return !t || t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-' && t.text !== "'");
}

/** Matches a noun element (`first`: its first word compiled) starting the search at `from`; returns [start, end) or null. */
function matchNoun(
  ctx: MatchContext,
  el: NounElement,
  first: CompiledTerm,
  from: number,
  end: number,
): Region | null {
  // (the first term, tried at every position, comes compiled; the rest only when it matched)
  for (let p = from; p < end; p++) {
    if (insidePhrase(ctx, p)) continue;
    let t = p;
    let ok = true;
    for (let k = 0; k < el.words.length; k++) {
      const term = k === 0 ? first : compiledTerm(ctx.dict, el.words[k]!);
      let found = -1;
      const limit = k === 0 || el.consecutive ? t + 1 : Math.min(end, t + 1 + MAX_GAP);
      for (let q = t; q < limit && q < end; q++) {
        if (k > 0 && q > t && isBoundary(ctx.tokens[q - 1])) break;
        const length = compiledLength(term, ctx.words, q, end);
        if (length > 0) {
          found = q + length;
          break;
        }
      }
      if (found < 0) {
        ok = false;
        break;
      }
      t = found;
    }
    if (ok) return { start: p, end: t };
  }
  return null;
}

/** The index of the chunk holding `token`, or -1 (chunks lie inside the sentence). */
function chunkAt(ctx: MatchContext, token: number): number {
  return ctx.chunkOf.of[token - ctx.chunkOf.from] ?? -1;
}

/** The tokens a preposition at `p` governs: its noun phrases (with "of" attachments). */
function governed(ctx: MatchContext, p: number, end: number): Region {
  let c = chunkAt(ctx, p) + 1;
  const start = p + 1;
  let stop = start;
  while (c < ctx.chunks.length) {
    const chunk = ctx.chunks[c]!;
    if (chunk.start >= end) break;
    if (chunk.kind === 'NP') {
      stop = Math.min(end, chunk.end);
      c++;
      continue;
    }
    const ofNext =
      chunk.kind === 'P' && ctx.tokens[chunk.head]?.norm === 'of' && ctx.chunks[c + 1]?.kind === 'NP';
    if (ofNext && stop > start) {
      c++;
      continue;
    }
    break;
  }
  return { start, end: stop };
}

function isPrepositionTag(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'ADV' || t.pos === 'SCONJ');
}

/**
 * True when token `t` is a preposition-like word the chunker kept inside a noun phrase: "to" in
 * "from three to four villages" joins a range of numbers and names no destination, so neither
 * `(TO ...)` nor a bare `TO` (`- &MILITARY * TO`, a move of troops *to* a place) may read it.
 */
function insidePhrase(ctx: MatchContext, t: number): boolean {
  return isPrepositionTag(ctx.tokens[t]) && ctx.chunks[chunkAt(ctx, t)]?.kind === 'NP';
}

function prepMatches(ctx: MatchContext, term: CompiledTerm, t: number): boolean {
  const tok = ctx.tokens[t];
  if (!isPrepositionTag(tok) || insidePhrase(ctx, t)) return false;
  return compiledLength(term, ctx.words, t, t + 1) > 0;
}

function matchPrep(
  ctx: MatchContext,
  el: PrepElement,
  preposition: CompiledTerm,
  cur: Cursor,
  end: number,
): boolean {
  const spans = cur.spans;
  const before = spans.length;
  for (let p = cur.at; p < end; p++) {
    if (!prepMatches(ctx, preposition, p)) continue;
    const object = governed(ctx, p, end);
    if (ctx.dateStarts?.has(object.start) === true) continue;
    let at = object.start;
    let score = cur.score + 1;
    spans.push({ start: p, end: p + 1 });
    let targetAt = cur.targetAt;
    let marked = cur.targetMarked;
    let sourceAt = cur.sourceAt;
    let ok = true;
    for (const o of el.objects) {
      if (o.kind === 'noun') {
        const r = matchNoun(ctx, o, compiledTerm(ctx.dict, o.words[0]!), at, object.end);
        if (!r) {
          ok = false;
          break;
        }
        spans.push(r);
        score += o.words.length;
        at = r.end;
      } else if (o.kind === 'target') {
        targetAt = object.start;
        marked = true;
      } else if (o.kind === 'source') sourceAt = object.start;
    }
    if (!ok) {
      spans.length = before;
      continue;
    }
    cur.at = Math.max(at, object.end, p + 1);
    cur.score = score;
    cur.targetAt = targetAt ?? object.start;
    cur.targetMarked = marked;
    cur.sourceAt = sourceAt;
    return true;
  }
  return false;
}

/** Moves `cur` past a marker element (the next noun phrase); false when it does not match. */
function matchMarker(ctx: MatchContext, el: MarkerElement, cur: Cursor, end: number): boolean {
  // the next noun phrase after the cursor
  const c = ctx.chunks.findIndex((ch) => ch.kind === 'NP' && ch.start >= cur.at && ch.start < end);
  if (c < 0) return el.kind === 'skip';
  const np = ctx.chunks[c]!;
  cur.at = np.end;
  if (el.kind === 'target') {
    cur.targetAt = np.start;
    cur.targetMarked = true;
  } else if (el.kind === 'source') cur.sourceAt = np.start;
  return true;
}

/** Moves `cur` past `elements`, in order, within `region`; false when one does not match. */
function matchSequence(
  ctx: MatchContext,
  elements: readonly PatternElement[],
  terms: readonly (CompiledTerm | null)[],
  region: Region,
  cur: Cursor,
): boolean {
  for (let e = 0; e < elements.length; e++) {
    const el = elements[e]!;
    if (el.kind === 'noun') {
      const r = matchNoun(ctx, el, terms[e]!, cur.at, region.end);
      if (!r) return false;
      cur.at = r.end;
      cur.score += el.words.length;
      cur.spans.push(r);
    } else if (el.kind === 'prep') {
      if (!matchPrep(ctx, el, terms[e]!, cur, region.end)) return false;
    } else if (!matchMarker(ctx, el, cur, region.end)) return false;
  }
  return true;
}

/**
 * Tries one pattern against the regions before and after the verb. `pre` is where the
 * subject and auxiliaries are; `post` runs from after the verb to the end of its clause.
 * Returns its match when it scores above `best` (else `best`). `cur` is the caller's cursor,
 * reset here: one per verb, not one per tried pattern (most fail), and a match is built, its
 * spans copied, only when it wins.
 */
function matchPattern(
  ctx: MatchContext,
  pattern: VerbPattern,
  terms: PatternTerms,
  pre: Region,
  post: Region,
  cur: Cursor,
  best: PatternMatch | null,
): PatternMatch | null {
  cur.at = pre.start;
  cur.score = 0;
  cur.spans.length = 0;
  cur.targetAt = null;
  cur.targetMarked = false;
  cur.sourceAt = null;
  if (!matchSequence(ctx, pattern.pre, terms.pre, pre, cur)) return best;
  cur.at = post.start;
  if (!matchSequence(ctx, pattern.post, terms.post, post, cur)) return best;
  if (cur.score <= 0 || (best && cur.score <= best.score)) return best;
  return {
    pattern,
    score: cur.score,
    spans: cur.spans.slice(),
    targetAt: cur.targetAt,
    targetMarked: cur.targetMarked,
    sourceAt: cur.sourceAt,
  };
}

/** The most specific matching pattern (highest score; earlier in precedence order on ties). */
export function bestPattern(
  ctx: MatchContext,
  patterns: readonly VerbPattern[],
  pre: Region,
  post: Region,
): { best: PatternMatch | null; tried: number } {
  const b = bucketsOf(ctx.dict, patterns);
  const marks = candidateMarks(ctx, b);
  const cur: Cursor = { at: 0, score: 0, spans: [], targetAt: null, targetMarked: false, sourceAt: null };
  let best: PatternMatch | null = null;
  if (marks === null) for (const k of b.always) best = better(ctx, b, patterns, k, pre, post, cur, best);
  else
    for (let k = 0; k < marks.length; k++)
      if (marks[k] === 1) best = better(ctx, b, patterns, k, pre, post, cur, best);
  return { best, tried: patterns.length };
}

/** Pattern `k` of the block tried: its match when it scores above `best`, else `best`. */
function better(
  ctx: MatchContext,
  b: Buckets,
  patterns: readonly VerbPattern[],
  k: number,
  pre: Region,
  post: Region,
  cur: Cursor,
  best: PatternMatch | null,
): PatternMatch | null {
  if (!mayMatch(ctx, b.anchors[k]!)) return best;
  const pattern = patterns[k]!;
  const terms = (b.terms[k] ??= leadTerms(ctx.dict, pattern));
  return matchPattern(ctx, pattern, terms, pre, post, cur, best);
}
