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
import { baseForms, termLength } from './term-match.js';

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
  readonly of: Int32Array;
}

/** Which chunk holds each token of the sentence [from, to): built once per sentence. */
export function chunkIndex(chunks: readonly Chunk[], from: number, to: number): ChunkIndex {
  const of = new Int32Array(Math.max(0, to - from)).fill(-1);
  chunks.forEach((c, i) => {
    for (let k = Math.max(c.start, from); k < Math.min(c.end, to); k++)
      if (of[k - from] === -1) of[k - from] = i;
  });
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
  if (term.kind === 'word') return term.anyOf.map((alt) => alt.split('_').pop() ?? alt);
  return synsetPhrases(dict, term.name).map((phrase) => phrase[phrase.length - 1] ?? '');
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
    anchors = [...pattern.pre, ...pattern.post].map(of);
    ANCHORS.set(pattern, anchors);
  }
  return anchors;
}

/**
 * Patterns bucketed by the words of their first anchored element, so a sentence only tries
 * the patterns one of whose words it contains (patterns without such words are always tried).
 */
interface Buckets {
  readonly always: readonly VerbPattern[];
  /** 1 at the precedence (the pattern's last position in the list) of each pattern of `always`, 0 elsewhere (one entry per pattern). */
  readonly alwaysMask: Uint8Array;
  /** Anchor word -> precedences of the patterns it admits. */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
}
const BUCKETS = new WeakMap<readonly VerbPattern[], Buckets>();

function bucketsOf(dict: VerbDictionary, patterns: readonly VerbPattern[]): Buckets {
  let b = BUCKETS.get(patterns);
  if (!b) {
    const always: VerbPattern[] = [];
    const words = new Map<string, VerbPattern[]>();
    const order = new Map<VerbPattern, number>();
    patterns.forEach((p, i) => {
      order.set(p, i);
      const first = anchorsOf(dict, p).find((a) => a !== null);
      if (!first) {
        always.push(p);
        return;
      }
      for (const w of new Set(first)) {
        const list = words.get(w);
        if (list) list.push(p);
        else words.set(w, [p]);
      }
    });
    const at = (p: VerbPattern): number => order.get(p)!;
    const byWord = new Map([...words].map(([w, list]) => [w, list.map(at)] as const));
    const alwaysMask = new Uint8Array(patterns.length);
    for (const p of always) alwaysMask[at(p)] = 1;
    b = { always, alwaysMask, byWord };
    BUCKETS.set(patterns, b);
  }
  return b;
}

/** The patterns worth trying in this sentence, in their precedence order. */
function candidatePatterns(ctx: MatchContext, patterns: readonly VerbPattern[]): readonly VerbPattern[] {
  const b = bucketsOf(ctx.dict, patterns);
  // one mark per pattern of the block (blocks hold at most a few hundred): marking and reading
  // the marks in order gives the precedence order without collecting and sorting indices
  let marks: Uint8Array | null = null;
  for (const w of ctx.leading) {
    const list = b.byWord.get(w);
    if (list) marks = mark(marks, b, list);
  }
  if (marks === null) return b.always;
  const out: VerbPattern[] = [];
  for (let k = 0; k < marks.length; k++) if (marks[k] === 1) out.push(patterns[k]!);
  return out;
}

/** Marks the patterns at `list` (starting from the block's always-tried ones). */
function mark(marks: Uint8Array | null, b: Buckets, list: readonly number[]): Uint8Array {
  const out = marks ?? b.alwaysMask.slice();
  for (let k = 0; k < list.length; k++) out[list[k]!] = 1;
  return out;
}

/** A quick test that every element of the pattern has one of its words in the sentence. */
function mayMatch(ctx: MatchContext, pattern: VerbPattern): boolean {
  for (const list of anchorsOf(ctx.dict, pattern)) {
    if (list === null) continue;
    if (!list.some((w) => ctx.present.has(w))) return false;
  }
  return true;
}

interface Cursor {
  readonly at: number;
  readonly score: number;
  readonly spans: readonly Region[];
  readonly targetAt: number | null;
  readonly targetMarked?: boolean;
  readonly sourceAt: number | null;
}

const MAX_GAP = 4;

function isBoundary(t: Token | undefined): boolean {
  return !t || t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-' && t.text !== "'");
}

/** Matches a noun element starting the search at `from`; returns [start, end) or null. */
function matchNoun(ctx: MatchContext, el: NounElement, from: number, end: number): Region | null {
  for (let p = from; p < end; p++) {
    if (insidePhrase(ctx, p)) continue;
    let t = p;
    let ok = true;
    for (let k = 0; k < el.words.length; k++) {
      const term = el.words[k]!;
      let found = -1;
      const limit = k === 0 || el.consecutive ? t + 1 : Math.min(end, t + 1 + MAX_GAP);
      for (let q = t; q < limit && q < end; q++) {
        if (k > 0 && q > t && isBoundary(ctx.tokens[q - 1])) break;
        const length = termLength(ctx.dict, ctx.words, term, q, end);
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

function prepMatches(ctx: MatchContext, term: Term, t: number): boolean {
  const tok = ctx.tokens[t];
  if (!isPrepositionTag(tok) || insidePhrase(ctx, t)) return false;
  return termLength(ctx.dict, ctx.words, term, t, t + 1) > 0;
}

function matchPrep(ctx: MatchContext, el: PrepElement, cur: Cursor, end: number): Cursor | null {
  for (let p = cur.at; p < end; p++) {
    if (!prepMatches(ctx, el.preposition, p)) continue;
    const object = governed(ctx, p, end);
    if (ctx.dateStarts?.has(object.start) === true) continue;
    let at = object.start;
    let score = cur.score + 1;
    const spans: Region[] = [...cur.spans, { start: p, end: p + 1 }];
    let targetAt = cur.targetAt;
    let marked = cur.targetMarked === true;
    let sourceAt = cur.sourceAt;
    let ok = true;
    for (const o of el.objects) {
      if (o.kind === 'noun') {
        const r = matchNoun(ctx, o, at, object.end);
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
    if (!ok) continue;
    return {
      at: Math.max(at, object.end, p + 1),
      score,
      spans,
      targetAt: targetAt ?? object.start,
      targetMarked: marked,
      sourceAt,
    };
  }
  return null;
}

function matchMarker(ctx: MatchContext, el: MarkerElement, cur: Cursor, end: number): Cursor | null {
  // the next noun phrase after the cursor
  const c = ctx.chunks.findIndex((ch) => ch.kind === 'NP' && ch.start >= cur.at && ch.start < end);
  if (c < 0) return el.kind === 'skip' ? cur : null;
  const np = ctx.chunks[c]!;
  const next = { ...cur, at: np.end };
  if (el.kind === 'target') return { ...next, targetAt: np.start, targetMarked: true };
  if (el.kind === 'source') return { ...next, sourceAt: np.start };
  return next;
}

function matchSequence(
  ctx: MatchContext,
  elements: readonly PatternElement[],
  region: Region,
  start: Cursor,
): Cursor | null {
  let cur = start;
  for (const el of elements) {
    let next: Cursor | null = null;
    if (el.kind === 'noun') {
      const r = matchNoun(ctx, el, cur.at, region.end);
      if (r) next = { ...cur, at: r.end, score: cur.score + el.words.length, spans: [...cur.spans, r] };
    } else if (el.kind === 'prep') next = matchPrep(ctx, el, cur, region.end);
    else next = matchMarker(ctx, el, cur, region.end);
    if (!next) return null;
    cur = next;
  }
  return cur;
}

/**
 * Tries one pattern against the regions before and after the verb. `pre` is where the
 * subject and auxiliaries are; `post` runs from after the verb to the end of its clause.
 */
export function matchPattern(
  ctx: MatchContext,
  pattern: VerbPattern,
  pre: Region,
  post: Region,
): PatternMatch | null {
  const begin: Cursor = { at: pre.start, score: 0, spans: [], targetAt: null, sourceAt: null };
  const afterPre = matchSequence(ctx, pattern.pre, pre, begin);
  if (!afterPre) return null;
  const afterPost = matchSequence(ctx, pattern.post, post, { ...afterPre, at: post.start });
  if (!afterPost) return null;
  return {
    pattern,
    score: afterPost.score,
    spans: afterPost.spans,
    targetAt: afterPost.targetAt,
    targetMarked: afterPost.targetMarked === true,
    sourceAt: afterPost.sourceAt,
  };
}

/** The most specific matching pattern (highest score; earlier in precedence order on ties). */
export function bestPattern(
  ctx: MatchContext,
  patterns: readonly VerbPattern[],
  pre: Region,
  post: Region,
): { best: PatternMatch | null; tried: number } {
  let best: PatternMatch | null = null;
  for (const p of candidatePatterns(ctx, patterns)) {
    if (!mayMatch(ctx, p)) continue;
    const m = matchPattern(ctx, p, pre, post);
    if (m && m.score > 0 && (!best || m.score > best.score)) best = m;
  }
  return { best, tried: patterns.length };
}
