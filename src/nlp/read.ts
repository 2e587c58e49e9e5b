import type { DateMention, Mention, Sentence, Token } from '../core/types.js';
import type { ActorEntry, Dictionaries } from '../dict/index.js';
import { composeActors } from './actors/compose.js';
import { resolveCapital } from './actors/capitals.js';
import { recognizeGroups } from './actors/groups.js';
import { findPieces } from './actors/pieces.js';
import { rememberSurnames } from './actors/surnames.js';
import { createContext, type ReadContext } from './context.js';
import { recognizeDates } from './dates/index.js';
import { recognizePlaces } from './places/gazetteer.js';
import { recognizeQuantities } from './quantities/index.js';
import { createTokenizer, type Tokenize } from './tokenize.js';

/**
 * The reading layer: one article's text -> sentences, tokens and mentions, in this order
 * (each stage may rely on the ones before it):
 *
 *   1. tokenize      wink-nlp sentences, tokens, POS; offsets into the text
 *   2. dates         resolved against the publication date (actors need the sentence's date)
 *   3. quantities    money, percentages, counts, areas, distances
 *   4. actors        per sentence, in article order:
 *        pieces        dictionary actors, countries, agents, surnames of people named earlier
 *        compose       country + agent + person phrases -> one mention, dated codes
 *        capitals      "in Beijing" -> place; "Beijing said" -> CHNGOV
 *        groups        "the two countries" (resolved by the coder)
 *   5. places        gazetteer names at tokens no other mention holds
 *
 * Every mention's `rule` names the stage that made it and `reason` says why.
 */
export interface ReadInput {
  readonly text: string;
  /** Publication date YYYY-MM-DD, or null (relative dates stay unresolved). */
  readonly published: string | null;
}

export interface StageDump {
  readonly stage: string;
  readonly mentions: readonly Mention[];
}

export interface ReadResult {
  readonly text: string;
  readonly published: string | null;
  readonly tokens: readonly Token[];
  /**
   * The tokens' norms, parallel to `tokens`: the array the dictionary matchers were given, so
   * that later matchers (the coder's discards) reuse the token parts already split for it.
   */
  readonly norms: readonly string[];
  readonly sentences: readonly Sentence[];
  /** All mentions, in text order. */
  readonly mentions: readonly Mention[];
  /** Per-stage output when asked for (`--dump-stages`). */
  readonly stages?: readonly StageDump[];
}

export interface Reader {
  readonly dicts: Dictionaries;
  read(input: ReadInput, options?: { readonly dumpStages?: boolean }): ReadResult;
}

const DATE_PRECISIONS_FOR_CODES = new Set(['day', 'week', 'month', 'quarter', 'season', 'year', 'range']);

/** The day a sentence is about, for dated actor codes: its first date, else publication. */
function sentenceDate(dates: readonly DateMention[], published: string | null): string | null {
  for (const d of dates) {
    if (!d.date || !DATE_PRECISIONS_FOR_CODES.has(d.date.precision)) continue;
    const end = d.date.end;
    return published && end > published ? published : end;
  }
  return published;
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind);
}

/** Mentions grouped by sentence index, in their order (undefined: none in that sentence). */
function bySentence<M extends Mention>(mentions: readonly M[], count: number): (M[] | undefined)[] {
  const out = new Array<M[] | undefined>(count).fill(undefined);
  for (const m of mentions) if (m.sentence >= 0 && m.sentence < count) (out[m.sentence] ??= []).push(m);
  return out;
}

/** Whether any token of the token range [start, end) is marked in `marks`. */
function anyMarked(marks: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (marks[k] === 1) return true;
  return false;
}

/** The first token of the sentence range [from, to) that ends after character `start`. */
function firstTokenOf(tokens: readonly Token[], from: number, to: number, start: number): number {
  let a = from;
  while (a < to && tokens[a]!.end <= start) a++;
  return a;
}

/** Marks in `marks` the tokens of the sentence range [from, to) that mention `m` covers. */
function markTaken(tokens: readonly Token[], from: number, to: number, m: Mention, marks: Uint8Array): void {
  for (let k = firstTokenOf(tokens, from, to, m.start); k < to && tokens[k]!.start < m.end; k++) marks[k] = 1;
}

/** No tokens: what the group recognizer is given (groups come first, nothing is taken yet). */
const NONE_TAKEN: ReadonlySet<number> = new Set();

/** What the actor stages carry from one sentence to the next, in article order. */
interface ActorState {
  /** Surnames of the people named so far ("Xi" after "Xi Jinping"). */
  aliases: ReadonlyMap<string, ActorEntry>;
  /** The countries of the actors found so far (for the places stage). */
  readonly articleCountries: Set<string>;
  readonly countryOf: (entry: ActorEntry) => string | null;
  /** Composed actors before capitals resolve, for `--dump-stages` only (else null). */
  readonly composed: Mention[] | null;
  /**
   * Per token of the article, 1 when a date, quantity, group, actor or capital of its sentence
   * holds it (the places stage skips those tokens). Sentences do not overlap, so one array
   * serves them all.
   */
  readonly taken: Uint8Array;
  /** Per token, 1 when a group holds it (pieces there are dropped); reset after each sentence. */
  readonly grouped: Uint8Array;
}

/**
 * The actor stages over one sentence: its group, actor and capital mentions go to `out`, and
 * the tokens of those and of its dates and quantities are marked in `state.taken`.
 * A top-level function of its own, so that the JIT compiles it once, apart from the loop.
 */
function readSentenceActors(
  ctx: ReadContext,
  sentence: Sentence,
  sDates: readonly DateMention[],
  sQuantities: readonly Mention[],
  state: ActorState,
  out: Mention[],
): void {
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const tokens = ctx.tokens;
  const date = sentenceDate(sDates, ctx.published);
  // pair references ("the two presidents") first, so their nouns are not read as agents
  const groups = recognizeGroups(ctx, sentence.index, from, to, NONE_TAKEN);
  const found = findPieces(ctx, sentence.index, from, to, state.aliases);
  let pieces = found;
  if (groups.length > 0) {
    const grouped = state.grouped;
    for (const g of groups) markTaken(tokens, from, to, g, grouped);
    pieces = found.filter((p) => !anyMarked(grouped, p.start, p.end));
    grouped.fill(0, from, to);
  }
  state.aliases = rememberSurnames(state.aliases, pieces, ctx.norms, state.countryOf);
  const actors = composeActors(ctx, pieces, sentence.index, date);
  if (state.composed) for (const m of actors) state.composed.push(m);
  const taken = state.taken;
  for (const m of sDates) markTaken(tokens, from, to, m, taken);
  for (const m of sQuantities) markTaken(tokens, from, to, m, taken);
  for (const m of actors) {
    const resolved = resolveCapital(ctx, m, firstTokenOf(tokens, from, to, m.start));
    out.push(resolved);
    markTaken(tokens, from, to, resolved, taken);
    if (resolved.kind === 'actor' && resolved.actor.country)
      state.articleCountries.add(resolved.actor.country);
  }
  for (const g of groups) {
    out.push(g);
    markTaken(tokens, from, to, g, taken);
  }
}

const NO_MENTIONS: readonly never[] = [];

/** Runs the actor and place stages over every sentence, in article order. */
function readActors(
  ctx: ReadContext,
  dates: readonly DateMention[],
  quantities: readonly Mention[],
  dump: StageDump[] | null,
): Mention[] {
  const out: Mention[] = [];
  const state: ActorState = {
    aliases: new Map(),
    articleCountries: new Set<string>(),
    countryOf: (entry: ActorEntry): string | null => {
      const code = ctx.dicts.actors.codeOn(entry, ctx.published);
      return code ? ctx.dicts.countries.countryOfActorCode(code) : null;
    },
    composed: dump ? [] : null,
    taken: new Uint8Array(ctx.tokens.length),
    grouped: new Uint8Array(ctx.tokens.length),
  };
  const datesOf = bySentence(dates, ctx.sentences.length);
  const quantitiesOf = bySentence(quantities, ctx.sentences.length);
  for (const sentence of ctx.sentences) {
    const sDates = datesOf[sentence.index] ?? NO_MENTIONS;
    const sQuantities = quantitiesOf[sentence.index] ?? NO_MENTIONS;
    readSentenceActors(ctx, sentence, sDates, sQuantities, state, out);
  }
  if (dump) {
    dump.push({ stage: 'actors/compose', mentions: state.composed ?? [] });
    dump.push({ stage: 'actors/capitals+groups', mentions: [...out] });
  }

  const places: Mention[] = [];
  for (const sentence of ctx.sentences) {
    const found = recognizePlaces(
      ctx,
      sentence.index,
      sentence.tokenStart,
      sentence.tokenEnd,
      state.taken,
      state.articleCountries,
    );
    for (const m of found) places.push(m);
  }
  dump?.push({ stage: 'places/gazetteer', mentions: places });
  for (const m of places) out.push(m);
  return out;
}

/** Creates a reader over loaded dictionaries. The tokenizer is created once and reused. */
export function createReader(dicts: Dictionaries, tokenize: Tokenize = createTokenizer()): Reader {
  return {
    dicts,
    read(input: ReadInput, options = {}): ReadResult {
      const dump: StageDump[] | null = options.dumpStages ? [] : null;
      const { tokens, sentences } = tokenize(input.text);
      const ctx = createContext(input.text, tokens, sentences, input.published, dicts);
      const dates = recognizeDates(input.text, sentences, input.published);
      dump?.push({ stage: 'dates', mentions: dates });
      const quantities = recognizeQuantities(input.text, sentences);
      dump?.push({ stage: 'quantities', mentions: quantities });
      const rest = readActors(ctx, dates, quantities, dump);
      const mentions = [...dates, ...quantities, ...rest].sort(byStart);
      return {
        text: input.text,
        published: input.published,
        tokens,
        norms: ctx.norms,
        sentences,
        mentions,
        ...(dump ? { stages: dump } : {}),
      };
    },
  };
}
