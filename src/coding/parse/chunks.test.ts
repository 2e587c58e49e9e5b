import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTokenizer } from '../../nlp/tokenize.js';
import { chunkSentence, type Chunk } from './chunks.js';

const tokenize = createTokenizer();

function show(text: string, units: { start: number; end: number }[] = []): string {
  const { tokens, sentences } = tokenize(text);
  const s = sentences[0]!;
  const chunks: Chunk[] = chunkSentence(tokens, s.tokenStart, s.tokenEnd, units);
  return chunks
    .map(
      (c) =>
        `${c.kind}[${tokens
          .slice(c.start, c.end)
          .map((t) => t.text)
          .join(' ')}]`,
    )
    .join(' ');
}

test('noun phrases, verb groups and prepositions', () => {
  assert.equal(
    show('Ethiopia has broken down relations with Libya.'),
    'NP[Ethiopia] VG[has broken] P[down] NP[relations] P[with] NP[Libya] PUNCT[.]',
  );
  assert.equal(
    show('The Calenardhon government condemned an attack by Osgiliath soldiers.'),
    'NP[The Calenardhon government] VG[condemned] NP[an attack] P[by] NP[Osgiliath soldiers] PUNCT[.]',
  );
});

test('negation and adverbs stay in the verb group', () => {
  assert.equal(
    show("The minister didn't clash over the efforts."),
    "NP[The minister] VG[did n't clash] P[over] NP[the efforts] PUNCT[.]",
  );
  assert.equal(
    show('The Philippines was heavily criticized over its dispute.'),
    'NP[The Philippines] VG[was heavily criticized] P[over] NP[its dispute] PUNCT[.]',
  );
});

test('possessives, hyphenated compounds and participles join the NP', () => {
  assert.equal(show("Gondor's government left."), "NP[Gondor 's government] VG[left] PUNCT[.]");
  assert.equal(
    show('They offered state-owned enterprises.'),
    'NP[They] VG[offered] NP[state - owned enterprises] PUNCT[.]',
  );
  assert.equal(
    show('They promised aid to the affected villages.'),
    'NP[They] VG[promised] NP[aid] P[to] NP[the affected villages] PUNCT[.]',
  );
});

test('infinitival to, subordinators and coordination', () => {
  assert.equal(
    show('Arnor said that it would help Gondor and Rohan.'),
    'NP[Arnor] VG[said] SC[that] NP[it] VG[would help] NP[Gondor] CC[and] NP[Rohan] PUNCT[.]',
  );
  assert.equal(
    show('Arnor wants to meet Gondor.'),
    'NP[Arnor] VG[wants] TO[to] VG[meet] NP[Gondor] PUNCT[.]',
  );
});

test('units are atomic inside a noun phrase', () => {
  const text = 'Foreign Minister Wang Yi arrived.';
  const { tokens } = tokenize(text);
  const unit = { start: 0, end: 4 };
  assert.equal(
    tokens
      .slice(0, 4)
      .map((t) => t.text)
      .join(' '),
    'Foreign Minister Wang Yi',
  );
  assert.equal(show(text, [unit]), 'NP[Foreign Minister Wang Yi] VG[arrived] PUNCT[.]');
});

test('a written-together compound ending in an adverb stays in its NP ("decades-long")', () => {
  assert.equal(
    show('Gondor ended a decades-long military alliance.'),
    'NP[Gondor] VG[ended] NP[a decades - long military alliance] PUNCT[.]',
  );
});

test('a range of numbers is one noun phrase', () => {
  assert.equal(
    show('The army moved troops from three to four villages.'),
    'NP[The army] VG[moved] NP[troops] P[from] NP[three to four villages] PUNCT[.]',
  );
  // "to" before a noun phrase stays a preposition
  assert.equal(
    show('The army moved troops to four villages.'),
    'NP[The army] VG[moved] NP[troops] P[to] NP[four villages] PUNCT[.]',
  );
});
