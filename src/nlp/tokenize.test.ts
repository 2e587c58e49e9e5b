import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { sharedFile, skipUnlessShared } from '../testing/shared.js';
import { createTokenizer, normalizeToken } from './tokenize.js';

const tokenize = createTokenizer();

test('sentences and tokens carry offsets that slice back to their text', () => {
  const text = 'Heading\n\nThe minister met his counterpart in Minsk. They signed a deal.\nIt took hours.';
  const { tokens, sentences } = tokenize(text);
  assert.deepEqual(
    sentences.map((s) => s.text),
    ['Heading', 'The minister met his counterpart in Minsk.', 'They signed a deal.', 'It took hours.'],
  );
  assert.deepEqual(
    sentences.map((s) => s.paragraph),
    [0, 1, 1, 1],
  );
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  const met = tokens.find((t) => t.text === 'met');
  assert.equal(met?.lemma, 'meet');
  assert.equal(met?.pos, 'VERB');
});

test('a blank line always ends a sentence, even without punctuation', () => {
  const { sentences } = tokenize('Strategic partnership\n\nThe December meeting mattered');
  assert.equal(sentences.length, 2);
});

test('Windows and old Mac line ends and the paragraph separator end a paragraph as a blank line does', () => {
  for (const [text, paragraphs] of [
    ['Belarus and China sign deal\r\n\r\nThe minister met his counterpart.\r\nThey signed it.', [0, 1, 1]],
    ['Belarus and China sign deal\r\rThe minister met his counterpart.', [0, 1]],
    ['Belarus and China sign deal\u2029The minister met his counterpart.', [0, 1]],
    ['Belarus and China sign deal\n \r\nThe minister met his counterpart.', [0, 1]],
  ] as const) {
    const { sentences } = tokenize(text);
    assert.deepEqual(
      sentences.map((s) => s.paragraph),
      paragraphs,
      JSON.stringify(text),
    );
    assert.equal(sentences[0]?.text, 'Belarus and China sign deal');
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
  }
});

test('a line break or tab inside a paragraph is no token and swallows no text', () => {
  // the word after the break recurs later: aligning the break used to jump to that
  // occurrence, merging the sentences in between into one token
  const text =
    'The talks ended in Minsk.\nThe two presidents met in Beijing.\nThe talks were long.\n12.\tThe end came.';
  const { tokens, sentences } = tokenize(text);
  assert.deepEqual(
    sentences.map((s) => s.text),
    [
      'The talks ended in Minsk.',
      'The two presidents met in Beijing.',
      'The talks were long.',
      '12.',
      'The end came.',
    ],
  );
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.doesNotMatch(t.text, /\s/);
  }
});

test('hyphens, possessives and curly apostrophes become separate normalised tokens', () => {
  const { tokens } = tokenize('Sino-Belarusian ties and China’s role.');
  assert.deepEqual(
    tokens.map((t) => t.norm),
    ['sino', '-', 'belarusian', 'ties', 'and', 'china', "'s", 'role', '.'],
  );
  assert.equal(normalizeToken('Belarus’'), "belarus'");
});

test('tokens of each sentence are contiguous and indexed', () => {
  const { tokens, sentences } = tokenize('One two. Three four five. Six.');
  for (const s of sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) assert.equal(tokens[i]?.sentence, s.index);
  }
  tokens.forEach((t, i) => assert.equal(t.index, i));
});

test('text wink alters (combining marks, odd spaces, controls) still aligns', () => {
  const text = 'Cafe\u0301 au\u00a0lait \u0000\u0007 ok\u200bthen.  e\u0301te\u0301!';
  const { tokens } = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('property: arbitrary Unicode never throws and every span slices back', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
      ),
      (text) => {
        const { tokens, sentences } = tokenize(text);
        let last = 0;
        for (const t of tokens) {
          assert.equal(text.slice(t.start, t.end), t.text);
          assert.ok(t.start >= last && t.end > t.start);
          last = t.end;
        }
        for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text);
      },
    ),
    { numRuns: 300 },
  );
});

const UN_SPEECHES = 'corpus/un-general-debate/speeches-blr-chn.jsonl';

test(
  'UN General Debate speeches (paragraphs on single lines) read as sentences, no token holding whitespace',
  { skip: skipUnlessShared(UN_SPEECHES) },
  () => {
    const speeches = readFileSync(sharedFile(UN_SPEECHES)!, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, 12)
      .map((l) => (JSON.parse(l) as { text: string }).text);
    for (const text of speeches) {
      const { tokens, sentences } = tokenize(text);
      // a speech of 10,000+ characters is scores of sentences, not a handful of giant ones
      assert.ok(
        sentences.length >= text.length / 400,
        `${sentences.length} sentences for ${text.length} chars`,
      );
      for (const t of tokens) assert.doesNotMatch(t.text, /\s/);
    }
  },
);

test('renewing the wink instance every few paragraphs changes no token, tag, lemma or sentence', () => {
  const examples = new URL('../../examples/', import.meta.url);
  const texts = readdirSync(examples)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(new URL(f, examples), 'utf8'));
  // words no lexicon holds, met again after renewals: wink learns them anew each time
  const invented = ['Zorvakia', 'Blentrov', 'Quistrelle', 'Vardomin'];
  texts.push(
    Array.from(
      { length: 12 },
      (_, i) =>
        `Minister ${invented[i % 4]} of ${invented[(i + 1) % 4]} met ${invented[(i + 2) % 4]} officials on Monday, ${i + 3} times.`,
    ).join('\n\n'),
  );
  let renewals = 0;
  const renewing = createTokenizer({ renewAfterChars: 1000, onRenew: () => renewals++ });
  for (const [i, text] of texts.entries()) assert.deepEqual(renewing(text), tokenize(text), `text ${i}`);
  // more instances than wink-eng-lite-web-model 1.8.1 can make with its own custom-entity loader
  assert.ok(renewals >= 20, `${renewals} renewals`);
});
