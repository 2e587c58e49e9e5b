import type { Token } from '../../core/types.js';
import { isPassiveParticiple } from './participles.js';

/**
 * Sparse parsing, step 1: group a sentence's tokens into flat chunks.
 *
 * NP  noun phrase (determiners, adjectives, numbers, nouns, names, possessives, pronouns);
 *     recognized actor mentions are atomic units inside it.
 * VG  verb group (auxiliaries, negation, adverbs, the main verb and its particle).
 * P   a preposition (the head of a prepositional phrase; the next NP is its object).
 * CC  a coordinating conjunction; SC a subordinator ("that", "while", "after", "who").
 * TO  infinitival "to"; PUNCT punctuation; ADV an adverb outside a verb group; X anything else.
 *
 * Chunks index tokens by their article-wide `index`; `end` is exclusive.
 */
export type ChunkKind = 'NP' | 'VG' | 'P' | 'CC' | 'SC' | 'TO' | 'PUNCT' | 'ADV' | 'X';

export interface Chunk {
  readonly kind: ChunkKind;
  readonly start: number;
  readonly end: number;
  /** Token index of the head: last noun of an NP, main verb of a VG, the word otherwise. */
  readonly head: number;
}

/** A token range that must stay inside one NP (an actor or place mention). */
export interface Unit {
  readonly start: number;
  readonly end: number;
}

const NP_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'SYM']);
const SUBORDINATORS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'while',
  'whereas',
  'because',
  'although',
  'though',
  'if',
  'unless',
  'when',
  'where',
  'whether',
  'since',
  'after',
  'before',
  'until',
  'as',
]);
const PREPOSITIONAL_VERBS = new Set([
  'including',
  'excluding',
  'according',
  'regarding',
  'concerning',
  'following',
  'despite',
]);
const QUOTES = /^["“”‘’«»]$/;
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom', 'whose']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Words wink sometimes tags as verbs that act as adjectives between a determiner and a noun. */
const PARTICIPLE = /(?:ed|en|ing)$/;

function isNominal(t: Token): boolean {
  return NP_TAGS.has(t.pos) || (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.norm));
}

/** `'s` or a lone apostrophe after a name: a possessive marker inside an NP. */
function isPossessive(t: Token): boolean {
  return t.norm === "'s" || t.norm === "'";
}

function isHyphen(t: Token): boolean {
  return t.text === '-' || t.text === '\u2010' || t.text === '\u2011';
}

/**
 * Chunks the tokens `tokens[from, to)` (article-wide indices into `tokens`).
 * `units` are atomic token ranges (recognized mentions) that always join an NP.
 */
export function chunkSentence(
  tokens: readonly Token[],
  from: number,
  to: number,
  units: readonly Unit[] = [],
): Chunk[] {
  // the unit starting at each position [from, to] of the sentence, by `k - from` (an array, not
  // a map: it is looked up at nearly every token, and a sentence's positions are few and dense)
  const unitStarts = new Array<Unit | undefined>(Math.max(0, to - from) + 1).fill(undefined);
  for (const u of units) if (u.start >= from && u.end <= to && u.start <= to) unitStarts[u.start - from] = u;
  const unitAt = (k: number): Unit | undefined => (k >= from && k <= to ? unitStarts[k - from] : undefined);
  const chunks: Chunk[] = [];
  let i = from;

  const tok = (k: number): Token | undefined => (k < to ? tokens[k] : undefined);

  while (i < to) {
    const t = tokens[i]!;
    const unit = unitAt(i);

    // relative pronouns start a clause: "countries that supported", "the man who said"
    if (!unit && t.pos === 'PRON' && RELATIVE_PRONOUNS.has(t.norm) && i > from) {
      chunks.push({ kind: 'SC', start: i, end: i + 1, head: i });
      i++;
      continue;
    }
    // "along with", "together with": one preposition ("Washington along with its allies demanded")
    if (!unit && (t.norm === 'along' || t.norm === 'together') && tok(i + 1)?.norm === 'with') {
      chunks.push({ kind: 'P', start: i, end: i + 2, head: i + 1 });
      i += 2;
      continue;
    }
    // "up to 100 protesters": the qualifier belongs to the counted phrase
    const upTo = !unit && t.norm === 'up' && tok(i + 1)?.norm === 'to' && tok(i + 2)?.pos === 'NUM';
    // a hyphenated compound starting with a word tagged as a verb: "war-torn", "Western-backed"
    const compound =
      t.pos === 'VERB' && tok(i + 1) !== undefined && isHyphen(tok(i + 1)!) && tok(i + 2) !== undefined;
    if (unit || compound || upTo || isNominal(t) || (t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.norm))) {
      // Personal pronouns ("he", "it") are NPs of their own.
      if (!unit && t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.norm)) {
        chunks.push({ kind: 'NP', start: i, end: i + 1, head: i });
        i++;
        continue;
      }
      const start = i;
      let head = upTo ? i + 2 : i;
      let k = upTo ? i + 2 : i;
      while (k < to) {
        const u = unitAt(k);
        if (u) {
          head = u.end - 1;
          k = u.end;
          // a number or determiner after a name starts a second object: "gave Belarus two planes"
          // (no read past the sentence: past the array's end it costs the JIT a deoptimisation)
          const after = k < to ? tokens[k] : undefined;
          if (after && (after.pos === 'NUM' || after.pos === 'DET') && unitAt(k) === undefined) break;
          continue;
        }
        const w = tokens[k]!;
        if (isNominal(w) || (k === start && compound)) {
          if (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM' || w.pos === 'PRON') head = k;
          else if (head < start || tokens[head]!.pos === 'DET') head = k;
          k++;
          continue;
        }
        const next = tok(k + 1);
        // a range of numbers is one quantity, not a destination: "from three to four villages",
        // "10 to 15 percent" ("to" is no preposition there)
        if (w.norm === 'to' && k > start && tokens[k - 1]!.pos === 'NUM' && next?.pos === 'NUM') {
          k++;
          continue;
        }
        // a bracketed short name inside a phrase: "the Asia-Pacific Economic Cooperation (APEC) forum"
        if (w.text === '(' && k > start) {
          let j = k + 1;
          // ("the Hizbollah (Party of God) group": "of" may join the bracketed name's words)
          while (
            j < to &&
            j <= k + 4 &&
            tokens[j]!.text !== ')' &&
            (isNominal(tokens[j]!) || unitAt(j) !== undefined || (tokens[j]!.norm === 'of' && j > k + 1))
          )
            j++;
          if (
            j > k + 1 &&
            tokens[j]?.text === ')' &&
            (isNominal(tokens[j + 1] ?? w) || unitAt(j + 1) !== undefined)
          ) {
            k = j + 1;
            continue;
          }
        }
        // quotation marks inside a phrase: the “One China” principle
        if (QUOTES.test(w.text) && next && (isNominal(next) || unitAt(k + 1) !== undefined)) {
          k++;
          continue;
        }
        // possessive marker followed by more of the NP: "Gondor 's government"
        if (isPossessive(w) && k > start && next && (isNominal(next) || unitAt(k + 1) !== undefined)) {
          k++;
          continue;
        }
        // hyphenated compounds: "China - Belarus", "state - owned"
        if (
          isHyphen(w) &&
          k > start &&
          next &&
          (isNominal(next) || next.pos === 'VERB' || unitAt(k + 1) !== undefined)
        ) {
          k++;
          continue;
        }
        // a written-together compound ending in an adverb: "decades-long", "year-round"
        if (
          isHyphen(w) &&
          k > start &&
          next?.pos === 'ADV' &&
          tokens[k - 1]!.end === w.start &&
          w.end === next.start &&
          tok(k + 2) !== undefined &&
          (isNominal(tok(k + 2)!) || unitAt(k + 2) !== undefined)
        ) {
          k += 2;
          continue;
        }
        const prevTag = tokens[k - 1]!.pos;
        const modifierSlot =
          k > start &&
          unitAt(k - 1) === undefined &&
          (prevTag === 'DET' || prevTag === 'ADJ' || prevTag === 'ADV' || isHyphen(tokens[k - 1]!));
        // participles used as adjectives: "the affected villages", "state-run television"
        if (
          w.pos === 'VERB' &&
          (PARTICIPLE.test(w.norm) || isPassiveParticiple(w.norm)) &&
          modifierSlot &&
          next &&
          (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || unitAt(k + 1) !== undefined)
        ) {
          k++;
          continue;
        }
        // gerunds after a determiner: "the very beginning", "the signing"
        if (
          w.pos === 'VERB' &&
          w.norm.endsWith('ing') &&
          modifierSlot &&
          head < start + 1 &&
          tokens[head]!.pos !== 'NOUN'
        ) {
          head = k;
          k++;
          continue;
        }
        // adverbs modifying adjectives or gerunds inside an NP: "a very large park", "the very beginning"
        if (
          w.pos === 'ADV' &&
          k > start &&
          next &&
          (next.pos === 'ADJ' ||
            (next.pos === 'VERB' && next.norm.endsWith('ing') && tokens[k - 1]!.pos === 'DET'))
        ) {
          k++;
          continue;
        }
        // coordinated adjectives inside one NP: "the legal and legitimate president"
        if (
          w.pos === 'CCONJ' &&
          k > start &&
          tokens[k - 1]!.pos === 'ADJ' &&
          next?.pos === 'ADJ' &&
          unitAt(k - 1) === undefined
        ) {
          k++;
          continue;
        }
        break;
      }
      // A trailing possessive with nothing after it ("Libya 's") stays in the NP.
      if (k < to && isPossessive(tokens[k]!)) k++;
      // a phrase of adjectives only ("a military offensive" as tagged) ends in its head
      if (tokens[head]!.pos === 'ADJ' && k - 1 > head && tokens[k - 1]!.pos === 'ADJ') head = k - 1;
      chunks.push({ kind: 'NP', start, end: k, head });
      i = k;
      continue;
    }

    // participles that work as prepositions: "including", "according (to)", "following"
    if (t.pos === 'VERB' && PREPOSITIONAL_VERBS.has(t.norm)) {
      chunks.push({ kind: 'P', start: i, end: i + 1, head: i });
      i++;
      continue;
    }
    if (t.pos === 'ADP') {
      chunks.push({
        kind: SUBORDINATORS.has(t.norm) && t.norm !== 'as' ? 'SC' : 'P',
        start: i,
        end: i + 1,
        head: i,
      });
      i++;
      continue;
    }
    if (t.pos === 'SCONJ' || (SUBORDINATORS.has(t.norm) && (t.pos === 'PRON' || t.pos === 'DET'))) {
      chunks.push({ kind: 'SC', start: i, end: i + 1, head: i });
      i++;
      continue;
    }
    if (t.pos === 'CCONJ') {
      chunks.push({ kind: 'CC', start: i, end: i + 1, head: i });
      i++;
      continue;
    }
    if (t.pos === 'PART' && t.norm === 'to') {
      // "to" before a verb marks an infinitive; before anything else it is a preposition
      let j = i + 1;
      while (j < to && (tokens[j]!.pos === 'ADV' || isNegation(tokens[j]!))) j++;
      const infinitive = tokens[j]?.pos === 'VERB' || tokens[j]?.pos === 'AUX';
      const hyphenated = tokens[i + 2]?.text === '-';
      chunks.push({ kind: infinitive && !hyphenated ? 'TO' : 'P', start: i, end: i + 1, head: i });
      i++;
      continue;
    }
    if (t.pos === 'PUNCT') {
      chunks.push({ kind: 'PUNCT', start: i, end: i + 1, head: i });
      i++;
      continue;
    }
    // a participle right after a verb group and before a noun is an adjective: "reject proposed changes"
    if (
      t.pos === 'VERB' &&
      PARTICIPLE.test(t.norm) &&
      chunks[chunks.length - 1]?.kind === 'VG' &&
      ['NOUN', 'PROPN', 'ADJ'].includes(tok(i + 1)?.pos ?? '') &&
      unitAt(i) === undefined
    ) {
      let k = i + 1;
      let head = i;
      while (k < to && (isNominal(tokens[k]!) || unitAt(k) !== undefined)) {
        const u = unitAt(k);
        if (u) {
          head = u.end - 1;
          k = u.end;
          continue;
        }
        if (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') head = k;
        k++;
      }
      chunks.push({ kind: 'NP', start: i, end: k, head });
      i = k;
      continue;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PART' && isNegation(t))) {
      const group = verbGroupEnd(tokens, i, to);
      chunks.push({ kind: 'VG', start: i, end: group.end, head: group.head });
      i = group.end;
      continue;
    }
    if (t.pos === 'ADV') {
      chunks.push({ kind: 'ADV', start: i, end: i + 1, head: i });
      i++;
      continue;
    }
    chunks.push({ kind: 'X', start: i, end: i + 1, head: i });
    i++;
  }
  return chunks;
}

export function isNegation(t: Token): boolean {
  return t.norm === 'not' || t.norm === "n't" || t.norm === 'never';
}

/**
 * A verb group: auxiliaries, modals, negation and adverbs up to and including the last verb
 * of the run ("has not yet been formally invited"). The head is the last verb.
 */
function verbGroupEnd(tokens: readonly Token[], from: number, to: number): { end: number; head: number } {
  let k = from;
  let head = from;
  while (k < to) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      // "rioted following the vote": a participle that works as a preposition ends the group
      if (k > from && t.pos === 'VERB' && PREPOSITIONAL_VERBS.has(t.norm)) break;
      // a participle after a lexical verb, before a noun, starts a noun phrase:
      // "reject proposed Israeli changes"
      if (k > from && t.pos === 'VERB' && tokens[k - 1]!.pos === 'VERB' && PARTICIPLE.test(t.norm)) {
        const next = tokens[k + 1];
        if (next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) break;
      }
      head = k;
      k++;
      continue;
    }
    if (isNegation(t) || t.pos === 'ADV') {
      // adverbs (also coordinated: "heavily and unjustly") only continue the group when a verb follows
      let j = k;
      while (
        j < to &&
        (isNegation(tokens[j]!) ||
          tokens[j]!.pos === 'ADV' ||
          (tokens[j]!.pos === 'CCONJ' && tokens[j - 1]?.pos === 'ADV' && tokens[j + 1]?.pos === 'ADV'))
      )
        j++;
      const after = j < to ? tokens[j] : undefined;
      if (after && (after.pos === 'VERB' || after.pos === 'AUX')) {
        k = j;
        continue;
      }
      break;
    }
    break;
  }
  return { end: Math.max(k, from + 1), head };
}
