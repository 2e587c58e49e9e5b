import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { makeToken } from '../core/token.js';
import type { PosTag, Sentence, Token } from '../core/types.js';
import { codeAt } from '../core/bounded.js';

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

/** Lower-case form used by every dictionary matcher (curly apostrophes straightened). */
export function normalizeToken(text: string): string {
  // most words are already lower-case ASCII: returned as they are, without a copy (a word and its
  // norm are then one string, which the dictionaries' lookups compare by identity)
  if (isPlainLower(text)) return text;
  const lower = text.toLowerCase();
  return CURLY_APOSTROPHE.test(lower) ? lower.replace(CURLY_APOSTROPHES, "'") : lower;
}

/** Whether `text` has no upper-case ASCII letter and no non-ASCII character. */
function isPlainLower(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}

const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/**
 * The paragraphs of a text with something in them, as `[start, end]` pairs. Paragraphs are
 * separated by a blank line (a line break, spaces, tabs or no-break spaces only, another line
 * break, and the whitespace after it; line breaks written \n, \r\n or \r, since text given to
 * the reader directly rather than through the ingest may keep Windows or old Mac line ends) or by
 * a Unicode paragraph separator. Found by a scan: `matchAll` with a regular expression copies the
 * expression for every text, which costs more than the scan for a short one.
 */
function blocksOf(text: string): number[] {
  const blocks: number[] = [];
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const stop = separatorEnd(text, k);
    if (stop < 0) continue;
    let next = stop;
    while (next < text.length && isBlank(text, next, next + 1)) next++;
    if (!isBlank(text, from, k)) blocks.push(from, k);
    from = next;
    // the next separator is looked for after this one
    k = next - 1;
  }
  if (!isBlank(text, from, text.length)) blocks.push(from, text.length);
  return blocks;
}

/** The end of the line break at `k` (\n, \r\n or \r), or -1 when there is none. */
function lineBreakEnd(text: string, k: number): number {
  const c = codeAt(text, k);
  if (c === 10) return k + 1;
  if (c !== 13) return -1;
  return codeAt(text, k + 1) === 10 ? k + 2 : k + 1;
}

/** The end of a paragraph separator starting at `k` (a blank line or U+2029), or -1. */
function separatorEnd(text: string, k: number): number {
  if (text.charCodeAt(k) === 0x2029) return k + 1;
  const first = lineBreakEnd(text, k);
  if (first < 0) return -1;
  let j = first;
  while (j < text.length && isLineSpace(text.charCodeAt(j))) j++;
  return lineBreakEnd(text, j);
}

/** A space, a tab or a no-break space. */
function isLineSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
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

interface TokenList {
  out(f?: unknown): unknown;
  itemAt(index: number): { out(f: unknown): unknown };
}

/**
 * Locates each token wink-nlp produced in the original text, as `[start, end, exact]` triples
 * (exact 1 when the text there is wink's word). wink may alter a token (e.g. compose combining
 * characters), so when a token is not found where expected it is given the characters up to where
 * the next token is found; offsets always slice back.
 */
function alignTokens(text: string, start: number, end: number, words: readonly string[]): number[] {
  const spans: number[] = [];
  let cursor = start;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    while (cursor < end && isWhitespace(text.charCodeAt(cursor))) cursor++;
    // wink keeps a line break or tab inside a paragraph as a token of its own; it has no
    // characters to find after the whitespace just skipped, and searching for the word after it
    // would find that word's next occurrence (or none) and swallow the text up to there
    if (isBlankWord(word)) {
      spans.push(cursor, cursor, 0);
      continue;
    }
    if (word.length > 0 && text.startsWith(word, cursor) && cursor + word.length <= end) {
      spans.push(cursor, cursor + word.length, 1);
      cursor += word.length;
      continue;
    }
    const next = nextWord(words, i + 1);
    const found = next === undefined ? -1 : text.indexOf(next, cursor + 1);
    const stop = found > cursor && found <= end ? found : end;
    let tokenEnd = stop;
    while (tokenEnd > cursor && isWhitespace(text.charCodeAt(tokenEnd - 1))) tokenEnd--;
    spans.push(cursor, Math.max(cursor, tokenEnd), 0);
    cursor = Math.max(cursor, tokenEnd);
  }
  return spans;
}

/** The first word from `from` on that is not all whitespace. */
function nextWord(words: readonly string[], from: number): string | undefined {
  for (let i = from; i < words.length; i++) {
    const word = words[i]!;
    if (word.trim().length > 0) return word;
  }
  return undefined;
}

/** Whether a token wink produced is whitespace only (a line break or tab inside a paragraph). */
function isBlankWord(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (!isWhitespace(word.charCodeAt(k))) return false;
  return word.length > 0;
}

/** wink's lemma of token `index`, normalised, or null when it has none. */
function winkLemma(tokens: TokenList, lemmaIts: unknown, index: number): string | null {
  const lemma = tokens.itemAt(index).out(lemmaIts);
  return typeof lemma === 'string' && lemma.length > 0 ? normalizeToken(lemma) : null;
}

/** Most verb forms a tokenizer remembers the lemma of, per tag (see `LemmaMemo`). */
const MAX_LEMMAS = 50_000;

/**
 * wink's lemma of a verb or auxiliary (normalised; null when wink has none and the token's norm
 * serves), remembered per word as wink holds it, one memo per tag. wink works a lemma out from
 * the word's lexicon entry (one per written form, never changed once made) and its tag only, so
 * the same word with the same tag always gets the same lemma; asking wink means building a token
 * item and running its lemmatizer. The words are wink's own strings, one object per written form,
 * so the memo finds them by identity. The memos belong to one tokenizer and stay bounded.
 */
type LemmaMemo = Map<string, string | null>;

/**
 * The lemma of a verb or auxiliary (see `LemmaMemo`). Contraction parts ("ca" of "can't") carry
 * their lemma in the contraction instead and are always asked.
 */
function verbLemma(
  memo: LemmaMemo,
  tokens: TokenList,
  lemmaIts: unknown,
  index: number,
  word: string,
  contraction: boolean,
  norm: string,
): string {
  if (contraction) return winkLemma(tokens, lemmaIts, index) ?? norm;
  let lemma = memo.get(word);
  if (lemma === undefined) {
    lemma = winkLemma(tokens, lemmaIts, index);
    if (memo.size < MAX_LEMMAS) memo.set(word, lemma);
  }
  return lemma ?? norm;
}

/**
 * Characters of text one wink-nlp instance reads before the tokenizer replaces it with a fresh
 * one. wink adds every word its lexicon lacks (a name, a number, a misspelling) to that lexicon
 * and never lets it go, about 300 bytes a word (measured): the heap grew by 10 MB over the 4
 * million characters of UN speeches, VOA stories and Wikipedia items, and by 120 MB over 400,000
 * words it had never seen, for as long as the process read. A fresh instance, read from the model
 * in about 120 ms, starts from the model's own lexicon, and what wink says of a word does not
 * depend on what it read before (a test reads the same texts through instances renewed every few
 * paragraphs; the same outputs came from 2,742 texts read with a renewal every 20,000
 * characters). A renewal costs about 200 ms (measured over ten: the instance, V8 compiling wink's
 * code for it, the relearning), some 2% of the time one core takes to read and code 8 million
 * characters, and bounds the growth: news grows the lexicon by tens of MB at most before it is
 * renewed, text made only of unseen words by about 350 MB.
 */
export const WINK_RENEWAL_CHARS = 8_000_000;

/**
 * wink's English model with its custom-entity meta model read once. The model's loader for that
 * part (wink-eng-lite-web-model 1.8.1) replaces what it holds by its own JSON text each time an
 * instance is made, so the text doubles and more with every instance until `JSON.stringify` gives
 * up (about the fifteenth). Dyad uses no custom entities; every instance shares the first reading.
 */
const CER_META: unknown = (model.metaCER as () => unknown)();
const MODEL: typeof model = Object.assign(Object.create(null) as typeof model, model, {
  metaCER: () => CER_META,
});

/** A wink-nlp instance with only the stages Dyad uses. */
function newWink(): ReturnType<typeof winkNLP> {
  // only sentence boundaries and part-of-speech tags: Dyad reads negation, entities and
  // sentiment its own way, and skipping wink's other stages saves a third of the time
  return winkNLP(MODEL, ['sbd', 'pos']);
}

export interface TokenizerOptions {
  /** Characters read before the wink instance is renewed (default `WINK_RENEWAL_CHARS`). */
  readonly renewAfterChars?: number;
  /** Called each time the wink instance is renewed (for tests and diagnostics). */
  readonly onRenew?: () => void;
}

/**
 * Creates the tokenizer: wink-nlp's English lite model for sentences, tokens, lemmas and
 * part-of-speech tags, run paragraph by paragraph so a blank line always ends a sentence. The
 * wink instance is replaced by a fresh one after `renewAfterChars` characters (see
 * `WINK_RENEWAL_CHARS`), between paragraphs, so a long run's memory stays bounded.
 */
export function createTokenizer(options: TokenizerOptions = {}): Tokenize {
  const renewAfterChars = options.renewAfterChars ?? WINK_RENEWAL_CHARS;
  let nlp = newWink();
  // wink's `its` helpers are one module shared by every instance
  const its = nlp.its;
  let charsRead = 0;
  const verbLemmas: LemmaMemo = new Map();
  const auxLemmas: LemmaMemo = new Map();

  return (text: string): Tokenized => {
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    const blocks = blocksOf(text);
    for (let paragraph = 0; 2 * paragraph < blocks.length; paragraph++) {
      const blockStart = blocks[2 * paragraph]!;
      const blockEnd = blocks[2 * paragraph + 1]!;
      if (charsRead >= renewAfterChars) {
        nlp = newWink();
        charsRead = 0;
        options.onRenew?.();
      }
      charsRead += blockEnd - blockStart;
      const doc = nlp.readDoc(text.slice(blockStart, blockEnd));
      const tokenList = doc.tokens() as TokenList;
      const words = tokenList.out() as string[];
      const tags = tokenList.out(its.pos) as string[];
      const contractions = tokenList.out(its.contractionFlag) as boolean[];
      const spans = alignTokens(text, blockStart, blockEnd, words);
      // the spans as a plain list: going through each sentence item builds a dozen closures
      const sentenceRanges = doc.sentences().out(its.span) as [number, number][];
      for (const [firstIndex, lastIndex] of sentenceRanges) {
        const tokenStart = tokens.length;
        for (let t = firstIndex; t <= lastIndex; t++) {
          const start = spans[3 * t];
          const end = spans[3 * t + 1];
          if (start === undefined || end === undefined || end <= start) continue;
          const word = words[t]!;
          // found where wink put it (the usual case): the text is wink's string for the word
          // (no copy sliced out of the article), and not blank
          const exact = spans[3 * t + 2] === 1;
          if (!exact && isBlank(text, start, end)) continue;
          const surface = exact ? word : text.slice(start, end);
          const norm = normalizeToken(surface);
          const tag = tags[t] ?? 'X';
          tokens.push(
            makeToken(
              tokens.length,
              start,
              end,
              surface,
              norm,
              // only verbs get wink's (costly) lemmas; other words keep their normalised form
              tag === 'VERB' || tag === 'AUX'
                ? verbLemma(
                    tag === 'AUX' ? auxLemmas : verbLemmas,
                    tokenList,
                    its.lemma,
                    t,
                    word,
                    contractions[t] !== false,
                    norm,
                  )
                : norm,
              (POS_TAGS.has(tag) ? tag : 'X') as PosTag,
              sentences.length,
            ),
          );
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
    }
    return { tokens, sentences };
  };
}
