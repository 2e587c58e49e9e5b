import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { PosTag, Sentence, Token } from '../core/types.js';

/** Sentences and tokens of one text, with offsets into it. */
export interface Tokenized {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

export type Tokenize = (text: string) => Tokenized;

const POS_TAGS: ReadonlySet<string> = new Set<PosTag>([
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
  'SPACE',
]);

/** Only verbs get wink's (costly) lemmas; other words keep their normalised form. */
const LEMMATIZED: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** Paragraphs are blocks of text separated by a blank line. */
const BLOCK_SEPARATOR = /\n[ \t\u00a0]*\n\s*/g;

/** Lower-case form used by every dictionary matcher (curly apostrophes straightened). */
export function normalizeToken(text: string): string {
  const lower = text.toLowerCase();
  return CURLY_APOSTROPHE.test(lower) ? lower.replace(CURLY_APOSTROPHES, "'") : lower;
}

const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

interface Block {
  readonly start: number;
  readonly end: number;
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  for (const match of text.matchAll(BLOCK_SEPARATOR)) {
    blocks.push({ start: from, end: match.index });
    from = match.index + match[0].length;
  }
  blocks.push({ start: from, end: text.length });
  return blocks.filter((b) => text.slice(b.start, b.end).trim().length > 0);
}

function isWhitespace(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return code === 0xa0 || code === 0x200b || code === 0xfeff || /\s/.test(String.fromCharCode(code));
}

/** Whether `text[start, end)` is all whitespace (as `String.prototype.trim` sees it). */
function isBlank(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c > 32 && c < 127) || !TRIMMED.test(text.charAt(k))) return false;
  }
  return true;
}

/** One character `trim` removes: a whitespace or line terminator. */
const TRIMMED = /^\s$/;

/**
 * Locates each token wink-nlp produced in the original text. wink may alter a token
 * (e.g. compose combining characters), so when a token is not found where expected it is
 * given the characters up to where the next token is found; offsets always slice back.
 */
function alignTokens(text: string, start: number, end: number, words: readonly string[]): Block[] {
  const spans: Block[] = [];
  let cursor = start;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    while (cursor < end && isWhitespace(text.charCodeAt(cursor))) cursor++;
    // wink keeps a line break or tab inside a paragraph as a token of its own; it has no
    // characters to find after the whitespace just skipped, and searching for the word after it
    // would find that word's next occurrence (or none) and swallow the text up to there
    if (isBlankWord(word)) {
      spans.push({ start: cursor, end: cursor });
      continue;
    }
    if (word.length > 0 && text.startsWith(word, cursor) && cursor + word.length <= end) {
      spans.push({ start: cursor, end: cursor + word.length });
      cursor += word.length;
      continue;
    }
    const next = words.slice(i + 1).find((w) => w.trim().length > 0);
    const found = next === undefined ? -1 : text.indexOf(next, cursor + 1);
    const stop = found > cursor && found <= end ? found : end;
    let tokenEnd = stop;
    while (tokenEnd > cursor && isWhitespace(text.charCodeAt(tokenEnd - 1))) tokenEnd--;
    spans.push({ start: cursor, end: Math.max(cursor, tokenEnd) });
    cursor = Math.max(cursor, tokenEnd);
  }
  return spans;
}

/** Whether a token wink produced is whitespace only (a line break or tab inside a paragraph). */
function isBlankWord(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (!isWhitespace(word.charCodeAt(k))) return false;
  return word.length > 0;
}

interface TokenList {
  itemAt(index: number): { out(f: unknown): unknown };
}

function lemmaOf(tokens: TokenList, lemmaIts: unknown, index: number, surface: string): string {
  const lemma = tokens.itemAt(index).out(lemmaIts);
  return normalizeToken(typeof lemma === 'string' && lemma.length > 0 ? lemma : surface);
}

/** Most verb forms a tokenizer remembers the lemma of (see `LemmaMemo`). */
const MAX_LEMMAS = 50_000;

/**
 * wink's lemma of a verb or auxiliary, remembered per (word as written, tag). wink works a
 * token's lemma out from its lexicon entry (one per written form, never changed once made)
 * and its tag, so the same form with the same tag always gets the same lemma; asking wink
 * means building a token item and running its lemmatizer for every verb of every article.
 * Contraction parts ("ca" of "can't") carry their lemma in the contraction instead and are
 * always asked. The memo belongs to one tokenizer (one wink instance) and stays bounded.
 */
type LemmaMemo = Map<string, unknown>;

function memoLemma(
  memo: LemmaMemo,
  tokens: TokenList,
  lemmaIts: unknown,
  index: number,
  word: string,
  tag: string,
  contraction: boolean,
  surface: string,
): string {
  if (contraction) return lemmaOf(tokens, lemmaIts, index, surface);
  const key = tag === 'AUX' ? `A${word}` : `V${word}`;
  let lemma = memo.get(key);
  if (lemma === undefined) {
    lemma = tokens.itemAt(index).out(lemmaIts);
    if (memo.size < MAX_LEMMAS) memo.set(key, lemma);
  }
  return normalizeToken(typeof lemma === 'string' && lemma.length > 0 ? lemma : surface);
}

/**
 * Creates the tokenizer: wink-nlp's English lite model for sentences, tokens, lemmas and
 * part-of-speech tags, run paragraph by paragraph so a blank line always ends a sentence.
 */
export function createTokenizer(): Tokenize {
  // only sentence boundaries and part-of-speech tags: Dyad reads negation, entities and
  // sentiment its own way, and skipping wink's other stages saves a third of the time
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const lemmas: LemmaMemo = new Map();

  return (text: string): Tokenized => {
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    blocksOf(text).forEach((block, paragraph) => {
      const doc = nlp.readDoc(text.slice(block.start, block.end));
      const tokenList = doc.tokens();
      const words = tokenList.out() as string[];
      const tags = tokenList.out(its.pos) as string[];
      const contractions = tokenList.out(its.contractionFlag) as boolean[];
      const spans = alignTokens(text, block.start, block.end, words);
      // the spans as a plain list: going through each sentence item builds a dozen closures
      const sentenceRanges = doc.sentences().out(its.span) as [number, number][];
      for (const [firstIndex, lastIndex] of sentenceRanges) {
        const tokenStart = tokens.length;
        for (let t = firstIndex; t <= lastIndex; t++) {
          const span = spans[t];
          if (!span || span.end <= span.start) continue;
          if (isBlank(text, span.start, span.end)) continue;
          const surface = text.slice(span.start, span.end);
          const tag = tags[t] ?? 'X';
          const norm = normalizeToken(surface);
          tokens.push({
            index: tokens.length,
            start: span.start,
            end: span.end,
            text: surface,
            norm,
            lemma: LEMMATIZED.has(tag)
              ? memoLemma(
                  lemmas,
                  tokenList,
                  its.lemma,
                  t,
                  words[t] ?? '',
                  tag,
                  contractions[t] !== false,
                  surface,
                )
              : norm,
            pos: (POS_TAGS.has(tag) ? tag : 'X') as PosTag,
            sentence: sentences.length,
          });
        }
        if (tokens.length === tokenStart) continue;
        const first = tokens[tokenStart]!;
        const lastToken = tokens[tokens.length - 1]!;
        sentences.push({
          index: sentences.length,
          start: first.start,
          end: lastToken.end,
          text: text.slice(first.start, lastToken.end),
          paragraph,
          tokenStart,
          tokenEnd: tokens.length,
        });
      }
    });
    return { tokens, sentences };
  };
}
