import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTokenizer } from '../../nlp/tokenize.js';
import { parseSentence, type NounGroup, type VerbFrame } from './structure.js';

const tokenize = createTokenizer();

function frames(text: string): { frames: readonly VerbFrame[]; g: (x: NounGroup | null) => string } {
  const { tokens, sentences } = tokenize(text);
  const s = sentences[0]!;
  const parsed = parseSentence(tokens, s.tokenStart, s.tokenEnd);
  const g = (x: NounGroup | null): string =>
    x ? x.members.map((m) => text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end)).join(' | ') : '-';
  return { frames: parsed.frames, g };
}

test('coordinated subjects form one group and are shared by a coordinated verb', () => {
  const { frames: f, g } = frames('Xi and Lukashenko signed a joint statement and attended the signing.');
  assert.equal(g(f[0]!.subject), 'Xi | Lukashenko');
  assert.equal(g(f[0]!.object), 'a joint statement');
  assert.equal(f[1]!.relation, 'coordinated');
  assert.equal(g(f[1]!.subject), 'Xi | Lukashenko');
});

test('object control: the object of "urge" is the subject of the infinitive', () => {
  const { frames: f, g } = frames('Calenardhon urged Bree on Monday to help the refugees.');
  assert.equal(g(f[0]!.object), 'Bree');
  assert.equal(f[1]!.relation, 'infinitive');
  assert.equal(g(f[1]!.subject), 'Bree');
  assert.equal(f[1]!.subjectFrom, 'control-object');
});

test('passive voice with and without a by-phrase; adverbs coordinated inside the verb group', () => {
  const { frames: f, g } = frames(
    'The Philippines was heavily and unjustly criticized over its dispute with Eriador.',
  );
  assert.equal(f.length, 1);
  assert.equal(f[0]!.passive, true);
  assert.equal(g(f[0]!.subject), 'The Philippines');
  const by = frames('Eriador was opposed by Osgiliath.');
  assert.equal(by.frames[0]!.passive, true);
  assert.equal(by.frames[0]!.phrases[0]!.prep, 'by');
});

test('reported speech: the complement clause has its own subject and knows its governor', () => {
  const { frames: f, g } = frames('Ethiopia indicated it would act now with Libya.');
  assert.equal(f[1]!.relation, 'complement');
  assert.equal(f[1]!.governor, 0);
  assert.equal(g(f[1]!.subject), 'it');
  assert.deepEqual(f[1]!.auxiliaries, ['would']);
});

test('negation and conditionals are recorded', () => {
  const neg = frames("The minister didn't clash with the rebels.");
  assert.equal(neg.frames[0]!.negated, true);
  const cond = frames('If Arnor invades Gondor, Rohan will respond.');
  assert.equal(cond.frames[0]!.conditional, true);
});

test('a participle after an object qualifies it rather than starting a clause', () => {
  const { frames: f } = frames('Soldiers from Gondor have cordoned off the roads leading into Mordor.');
  assert.equal(f[1]!.relation, 'participle');
  assert.equal(f[1]!.governor, 0);
  assert.equal(f[1]!.subject, null);
});

test('subjects qualified by prepositional phrases keep them', () => {
  const { frames: f, g } = frames('Lawmakers in Arnor and Gondor welcomed the move.');
  assert.equal(g(f[0]!.subject), 'Lawmakers in Arnor | Gondor');
});

test('"stand accused" is passive like "be accused"', () => {
  const { frames: f } = frames('Two Malian officers stand accused of the attack on the border post.');
  assert.equal(f[0]!.passive, true);
  const { frames: g } = frames('Two Malian officers accused the army of the attack.');
  assert.equal(g[0]!.passive, false);
});

test('an infinitive after a possessed plan noun is done by the possessor: "X\'s decision to act"', () => {
  const { frames: f, g } = frames("Rohan condemned Mordor's decision to seize and hold the fords.");
  assert.equal(f[1]!.relation, 'infinitive');
  assert.equal(g(f[1]!.subject), "Mordor's decision");
  assert.equal(f[1]!.subjectFrom, 'possessor');
  assert.equal(f[2]!.relation, 'coordinated');
  assert.equal(g(f[2]!.subject), "Mordor's decision");
});

test('without a possessive, or after a control verb, the infinitive keeps its usual doer', () => {
  const plain = frames('Rohan made a decision to seize the fords.');
  assert.equal(plain.g(plain.frames[1]!.subject), 'Rohan');
  assert.equal(plain.frames[1]!.subjectFrom, 'inherited');
  const control = frames("Rohan urged Gondor's leaders to seize the fords.");
  assert.equal(control.g(control.frames[1]!.subject), "Gondor's leaders");
  assert.equal(control.frames[1]!.subjectFrom, 'control-object');
  const other = frames("Rohan praised Gondor's army to the council.");
  assert.equal(other.frames.length, 1);
});

test('a relative "who" or "which" after a comma takes the noun before the comma as subject', () => {
  const { frames: f, g } = frames('The protests alarmed the Gondorians, who suspended their projects.');
  assert.equal(f[1]!.relation, 'relative');
  assert.equal(g(f[1]!.subject), 'the Gondorians');
  const which = frames('Eriador sent a convoy, which crossed the border.');
  assert.equal(which.g(which.frames[1]!.subject), 'a convoy');
  // "which" as the object of its clause keeps the clause's own subject
  const object = frames('Eriador sent a convoy, which Osgiliath stopped.');
  assert.equal(object.g(object.frames[1]!.subject), 'Osgiliath');
});

test('an object relative ("which" or "whom" before a subject) takes its antecedent as object', () => {
  const { frames: f, g } = frames('Eriador sent a convoy, which Osgiliath stopped at the border.');
  assert.equal(f[1]!.relation, 'relative');
  assert.equal(g(f[1]!.subject), 'Osgiliath');
  assert.equal(g(f[1]!.object), 'a convoy');
  const whom = frames('Eriador named an envoy, whom Osgiliath praised.');
  assert.equal(whom.g(whom.frames[1]!.object), 'an envoy');
  // "that" may open a complement clause: it takes no antecedent
  const told = frames('Eriador told reporters that Osgiliath attacked.');
  assert.equal(told.frames[1]!.relation, 'complement');
  assert.equal(told.g(told.frames[1]!.object), '-');
});
