/** findPhrases: the first-word index finds exactly what trying every phrase at every token finds. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Token } from '../core/types.js';
import { compilePhrase, findPhrases, matchesAt, phrasesOf, type PhraseMatch } from './phrases.js';
import type { Phrase } from './types.js';

/** The definition the index must agree with: every phrase tried at every token, in list order. */
function everyPhraseEverywhere(
  phrases: readonly Phrase[],
  tokens: readonly Token[],
  from: number,
  to: number,
) {
  const found: PhraseMatch[] = [];
  for (let at = from; at < to; at++)
    for (const phrase of phrases)
      if (matchesAt(phrase, tokens, at, to)) found.push({ phrase, start: at, end: at + phrase.words.length });
  return found.filter(
    (m) =>
      !found.some(
        (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      ),
  );
}

/** Tokens of space-separated words, hyphens glued to their neighbours as the tokenizer leaves them. */
function tokensOf(words: readonly { text: string; lemma?: string; glued?: boolean }[]): Token[] {
  let at = 0;
  return words.map((w, index) => {
    if (index > 0 && !w.glued) at += 1;
    const start = at;
    at += w.text.length;
    const norm = w.text.toLowerCase();
    return { index, start, end: at, text: w.text, norm, lemma: w.lemma ?? norm, pos: 'NOUN', sentence: 0 };
  });
}

const PHRASES = [
  'trade',
  'trade deficit',
  'Trade',
  'SCO',
  'U.N.',
  'grow',
  'all - weather',
  '- member',
  'non - member',
  'member',
  'the largest',
  'largest',
  'growing',
  'sco summit',
].map((p, i) => compilePhrase(p, `entry${i}`));

const WORDS = [
  { text: 'trade' },
  { text: 'Trade' },
  { text: 'deficit' },
  { text: 'SCO' },
  { text: 'sco' },
  { text: 'U.N.' },
  { text: 'grew', lemma: 'grow' },
  { text: 'growing', lemma: 'grow' },
  { text: 'all' },
  { text: '-', glued: true },
  { text: '–' },
  { text: 'weather', glued: true },
  { text: 'non' },
  { text: 'member' },
  { text: 'the' },
  { text: 'largest' },
  { text: 'summit' },
];

test('findPhrases finds what trying every phrase at every token finds, in the same order', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }),
      fc.subarray(PHRASES),
      fc.nat(3),
      fc.nat(3),
      (words, phrases, cutFront, cutBack) => {
        const tokens = tokensOf(words);
        const from = Math.min(cutFront, tokens.length);
        const to = Math.max(from, tokens.length - cutBack);
        assert.deepEqual(
          findPhrases(phrases, tokens, from, to),
          everyPhraseEverywhere(phrases, tokens, from, to),
        );
      },
    ),
    { numRuns: 2000 },
  );
});

test('a phrase matches a lemma, capitals match case-sensitively, and the longer phrase wins', () => {
  const tokens = tokensOf([
    { text: 'SCO' },
    { text: 'trade' },
    { text: 'deficit' },
    { text: 'grew', lemma: 'grow' },
  ]);
  const found = findPhrases(PHRASES, tokens, 0, tokens.length).map((m) => [m.phrase.text, m.start, m.end]);
  assert.deepEqual(found, [
    ['SCO', 0, 1],
    ['trade deficit', 1, 3],
    ['grow', 3, 4],
  ]);
});

test('phrasesOf gives the same list object for the same entries', () => {
  const entries = Object.freeze([{ phrase: PHRASES[0]! }, { phrase: PHRASES[3]! }]);
  assert.equal(phrasesOf(entries), phrasesOf(entries));
  assert.deepEqual(phrasesOf(entries), [PHRASES[0], PHRASES[3]]);
});
