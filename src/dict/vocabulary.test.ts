import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadDictionaries } from './load.js';
import { PhraseIndex } from './phrase-index.js';
import { toks } from './test-tokens.js';
import { buildVocabulary, Starts } from './vocabulary.js';

const dicts = loadDictionaries();

/** Every dictionary of the vocabulary with its bit and its matcher. */
const MATCHERS: readonly [string, number, (norms: readonly string[], i: number) => readonly unknown[]][] = [
  ['actors', Starts.ACTOR, (n, i) => dicts.actors.matchAt(n, i)],
  ['countries', Starts.COUNTRY, (n, i) => dicts.countries.matchAt(n, i)],
  ['agents', Starts.AGENT, (n, i) => dicts.agents.matchAt(n, i)],
  ['places', Starts.PLACE, (n, i) => dicts.gazetteer.matchAt(n, i)],
  ['discards', Starts.DISCARD, (n, i) => dicts.discards.matchAt(n, i)],
];

/** A cleared bit must mean the dictionary finds nothing at that token. */
function checkSentence(sentence: string): void {
  const { norms } = toks(sentence);
  const starts = dicts.vocabulary.tokenStarts(norms);
  assert.equal(starts.length, norms.length);
  for (let i = 0; i < norms.length; i++) {
    for (const [name, bit, matchAt] of MATCHERS) {
      if (((starts[i] ?? 0) & bit) !== 0) continue;
      assert.deepEqual(matchAt(norms, i), [], `${name} at "${norms[i]}" in "${sentence}"`);
    }
  }
}

test('vocabulary: a cleared bit means the dictionary matches nothing there', () => {
  for (const s of [
    'Chinese President Xi Jinping met Belarusian counterparts in Minsk on Monday.',
    'The foreign ministers of the two countries signed agreements with Sino-Belarusian companies.',
    'Authorities in the West Bank said U.S. troops and militias clashed near Hong Kong.',
    'The football match between Real Madrid and Barcelona was postponed.',
    "Erdoğan's government and the ministry's spokesmen denied the reports.",
  ]) {
    checkSentence(s);
  }
});

test('vocabulary: set bits are found where the dictionaries match', () => {
  const { norms } = toks('President Xi visited Belarus and met ministers in Minsk');
  const starts = dicts.vocabulary.tokenStarts(norms);
  assert.ok(((starts[1] ?? 0) & Starts.ACTOR) !== 0, 'Xi starts an actor phrase');
  assert.ok(((starts[3] ?? 0) & Starts.COUNTRY) !== 0, 'Belarus starts a country name');
  assert.ok(((starts[6] ?? 0) & Starts.AGENT) !== 0, 'ministers starts an agent phrase');
  assert.ok(((starts[8] ?? 0) & Starts.PLACE) !== 0, 'Minsk starts a place name');
});

test('vocabulary: no throw, one mask per token, on arbitrary text', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 8 }), (words) => {
      checkSentence(words.join(' '));
    }),
    { numRuns: 200 },
  );
});

test('vocabulary: the mask of a word is the OR of the bits whose dictionaries begin it', () => {
  const a = new PhraseIndex();
  a.add(['new', 'york'], 0, 'exact');
  const b = new PhraseIndex();
  b.add(['minist'], 0, 'stem');
  const c = new PhraseIndex();
  c.add(['foot'], 0, 'prefix');
  const v = buildVocabulary([
    { bit: 1, begins: (w) => a.begins(w) },
    { bit: 2, begins: (w) => b.begins(w) },
    { bit: 4, begins: (w) => c.begins(w) },
  ]);
  assert.equal(v.startsOf('new'), 1);
  assert.equal(v.startsOf('york'), 0);
  assert.equal(v.startsOf('ministers'), 2);
  assert.equal(v.startsOf('football'), 4);
  assert.equal(v.startsOf('the'), 0);
  assert.deepEqual(Array.from(v.tokenStarts(['new', 'york', 'football'])), [1, 0, 4]);
});
