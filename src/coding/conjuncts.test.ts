import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e));
}

test('a bare verb coordinated with an infinitive is framed by the infinitive’s governor', () => {
  // "suspend" is a threat, as "close" is, not an act of yielding (080)
  assert.deepEqual(
    coded('Turkey has repeatedly threatened to shut or suspend American operations at the air base.'),
    ['130 TUR > USA'],
  );
});

test('a verb after a complement clause keeps its own relation', () => {
  // "urged" is not framed by "warned" through "is": no threat against the UK's government
  const events = coded(
    'The French defence minister warned that Europe is in danger from Russia and urged the German government to rearm.',
  );
  assert.ok(
    events.every((e) => !e.startsWith('13')),
    events.join('; '),
  );
});

test('a verbal act after a reported clause is the speaker’s', () => {
  assert.deepEqual(
    coded('The Chinese foreign ministry said Japan had violated the agreement and urged Tokyo to stop.'),
    ['020 CHNGOV > JPNGOV'],
  );
  assert.deepEqual(
    coded('Lukashenko said the West is hostile to Belarus and called on Poland to open talks.'),
    ['026 BLRGOV > POL'],
  );
});

test("an act after a possessed plan noun is the possessor's, not the critic's", () => {
  assert.deepEqual(coded("Russia condemned Ukraine's decision to detain Russian sailors."), [
    '111 RUS > UKR',
    '173 UKR > RUS',
  ]);
  // no possessive: the act stays with the subject, as before
  const events = coded('Iran announced a decision to detain British sailors.');
  assert.ok(
    events.every((e) => !e.startsWith('173') || e.startsWith('173 IRN')),
    events.join('; '),
  );
});

test('"he" heading a reported clause is the named speaker, not the more salient person before', () => {
  const events = code(
    'Canadian Foreign Minister Melanie Joly opened the meeting. Joly spoke about Ukraine. ' +
      'Secretary of State Marco Rubio said he hopes Russia will agree to a ceasefire.',
    '2025-03-13',
  );
  const hope = events.find((e) => e.code === '013' && e.evidence.text.includes('he hopes'));
  assert.ok(hope, events.map((e) => summarize(e)).join('; '));
  assert.deepEqual(
    hope.sources.map((a) => a.code),
    ['USAGOV'],
  );
  // no named speaker: the pronoun still takes the salient person
  const plain = code(
    'Joly spoke about Ukraine. The statement said he hopes Russia will agree.',
    '2025-03-13',
  );
  assert.ok(
    plain.every((e) => !e.evidence.text.includes('he hopes') || e.sources.every((a) => a.code !== 'USAGOV')),
  );
});

test("a coordinated verb with no auxiliary of its own shares its conjunct's mode", () => {
  const moded = (text: string) => code(text, '2023-12-07').map((e) => summarize(e, { modality: true }));
  assert.deepEqual(moded('Russia will seize and destroy the Ukrainian depots.'), ['1384 RUS > UKR future']);
  assert.deepEqual(moded('The army did not arrest or detain the Kenyan journalists.'), [
    '173 KENMIL > KENMED negated',
  ]);
  // its own tense, or its own subject, keeps its own mode
  assert.deepEqual(moded('Russia seized the port and destroyed Ukrainian depots.'), [
    '190 RUS > UKR asserted',
  ]);
  assert.deepEqual(
    moded('Israel will withdraw its troops and Hamas released two hostages to Egypt.').slice(1),
    ['0841 PSEREBHMS > EGY asserted'],
  );
});
