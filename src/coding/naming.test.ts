import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTokenizer } from '../nlp/tokenize.js';
import { isNamingCall } from './naming.js';
import { parseSentence } from './parse/structure.js';
import { createTestCoder, summarize } from './testing.js';

const tokenize = createTokenizer();

/** isNamingCall on the frame of "called" in `text`. */
function naming(text: string): boolean {
  const { tokens, sentences } = tokenize(text);
  const s = sentences[0]!;
  const frame = parseSentence(tokens, s.tokenStart, s.tokenEnd).frames.find(
    (f) => tokens[f.head]!.lemma === 'call',
  )!;
  return isNamingCall(tokens, frame, () => false);
}

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e));
}

test('calling X a name is no telephone call', () => {
  assert.deepEqual(coded('The Belarusian president called Poland one of the most hostile neighbours.'), []);
  assert.deepEqual(coded('The Belarusian president called Polish sanctions “unacceptable.”'), []);
});

test('a free relative or a second phrase after the object names it', () => {
  assert.equal(naming('The militants demanded the release of what they called political prisoners.'), true);
  assert.equal(naming('The president called the sanctions "unacceptable."'), true);
  assert.equal(naming('The president called the Russian president on Monday.'), false);
  assert.equal(naming('The president called for talks.'), false);
});

test('a telephone call, and CAMEO’s own naming patterns, are still coded', () => {
  assert.deepEqual(coded('The Belarusian president called the Russian president on Monday.'), [
    '041 BLRGOV > RUSGOV',
  ]);
  assert.deepEqual(coded('The Belarusian president called China a reliable partner.'), ['013 BLRGOV > CHN']);
});
