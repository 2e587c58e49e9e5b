import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePatternLine, parsePrepPhrase, patternKey } from './pattern-line.js';
import type { ParsedPattern } from './pattern-line.js';
import type { NounElement, PrepElement } from './types.js';

function parsed(content: string): ParsedPattern {
  const result = parsePatternLine(content);
  assert.ok(result.ok, `expected '${content}' to parse: ${result.ok ? '' : result.problem}`);
  return result.value;
}

test('a bare noun after the verb is the head of its phrase', () => {
  const p = parsed('- * AID  [070]');
  assert.deepEqual(p.pre, []);
  assert.equal(p.post.length, 1);
  const noun = p.post[0] as NounElement;
  assert.equal(noun.kind, 'noun');
  assert.deepEqual(noun.head, { kind: 'word', text: 'AID', anyOf: ['AID'] });
  assert.deepEqual(noun.modifiers, []);
  assert.equal(p.code.text, '070');
  assert.equal(p.key, '* AID');
});

test('{...} is a noun phrase whose last word is the head', () => {
  const noun = parsed('- * {RELIEF ASSISTANCE} [073]').post[0] as NounElement;
  assert.equal(noun.head.kind === 'word' && noun.head.text, 'ASSISTANCE');
  assert.deepEqual(
    noun.modifiers.map((m) => m.kind === 'word' && m.text),
    ['RELIEF'],
  );
  assert.equal(noun.consecutive, false);
  assert.equal(noun.text, '{RELIEF ASSISTANCE}');
});

test('underscores join consecutive words, in braces or bare', () => {
  const braced = parsed('- * {AIR_STRIKE} [013]').post[0] as NounElement;
  const bare = parsed('- * AIR_STRIKE [013]').post[0] as NounElement;
  assert.equal(braced.consecutive, true);
  assert.equal(braced.text, '{AIR_STRIKE}');
  assert.equal(bare.text, braced.text);
});

test('prepositional phrases: preposition then objects; empty object list allowed', () => {
  const p = parsed('- * (TO LIST) (OF {BANNED PARTIES}) [1722]');
  const [to, of] = p.post as PrepElement[];
  assert.equal(to?.kind, 'prep');
  assert.equal(to?.preposition.kind === 'word' && to.preposition.text, 'TO');
  assert.equal((to?.objects[0] as NounElement).text, 'LIST');
  assert.equal(of?.text, '(OF {BANNED PARTIES})');
  const bare = parsed('- * (TO) [042:043]').post[0] as PrepElement;
  assert.deepEqual(bare.objects, []);
  assert.deepEqual(parsed('- * (TO) [042:043]').code, { active: '042', passive: '043', text: '042:043' });
});

test('pre-verb elements, synsets and synsets inside phrases', () => {
  const p = parsed('- &MILITARY * {&WEAPON ATTACK} (OVER &SECURITY) [151]');
  assert.equal(p.pre[0]?.text, '&MILITARY');
  assert.deepEqual([...p.synsets].sort(), ['MILITARY', 'SECURITY', 'WEAPON']);
  const noun = p.post[0] as NounElement;
  assert.deepEqual(noun.modifiers[0], { kind: 'synset', name: 'WEAPON' });
});

test('synset names are normalised: upper-case, no trailing _', () => {
  assert.deepEqual(parsed('- * &auxverb1_ [010]').synsets, ['AUXVERB1']);
});

test('TABARI markers $ + % ^ are kept, also inside prepositional phrases', () => {
  const p = parsed('- $ * (AS &NEGOTIATOR) (WITH +) ^ [045]');
  assert.equal(p.pre[0]?.kind, 'source');
  const withPhrase = p.post[1] as PrepElement;
  assert.equal(withPhrase.objects[0]?.kind, 'target');
  assert.equal(p.post[2]?.kind, 'skip');
  assert.equal(parsed('- % &AIRCRAFT * [062:062]').pre[0]?.kind, 'compound');
});

test('A/B alternatives in a word', () => {
  const prep = parsed('- * (TO/FOR PROTEST) [141]').post[0] as PrepElement;
  assert.deepEqual(prep.preposition, { kind: 'word', text: 'TO/FOR', anyOf: ['TO', 'FOR'] });
});

test('null and passive-only codes', () => {
  assert.deepEqual(parsed('- * INCIDENTS [---]').code, { active: null, passive: null, text: '---' });
  assert.deepEqual(parsed('- * (BEFORE COURT) [:173]').code, { active: null, passive: '173', text: ':173' });
});

test('stray closers are dropped with the glued word, as PETRARCH-2 does', () => {
  const p = parsed('- STRONGLY * ATTACK (ON ^)   ^)[111]');
  assert.equal(p.key, 'STRONGLY * ATTACK (ON ^)');
  assert.match(p.warnings[0] ?? '', /'\^\)' ignored/);
  const spaced = parsed('- * ATTACK ) [111]');
  assert.equal(spaced.key, '* ATTACK');
  assert.equal(spaced.warnings.length, 1);
});

test("'_' joining a word to '*' is ignored with a warning", () => {
  const p = parsed('- SPY_*_DEAL [---]');
  assert.equal(p.key, 'SPY * DEAL');
  assert.equal(p.warnings.length, 1);
});

test('equal elements give equal keys, regardless of spacing', () => {
  assert.equal(parsed('-  *   (IN  COURT)   [173]').key, parsed('- * (IN COURT) [173]').key);
  assert.equal(patternKey([], []), '*');
});

test('malformed patterns are rejected with a reason', () => {
  const bad: [string, RegExp][] = [
    ['- * AID', /does not end with a \[code\]/],
    ['- * DIPLXMATIC  [', /'#' inside/],
    ['- AID [070]', /no '\*'/],
    ['- * AID * [070]', /more than one '\*'/],
    ['- * (TO BORDER [154]', /'\(' is not closed/],
    ['- * {ARMS SHIPMENT [072]', /'\{' is not closed/],
    ['- * (TO (THE) BORDER) [154]', /inside \(\.\.\.\)/],
    ['- * () [010]', /empty \(\)/],
    ['- * {} [010]', /empty \{\}/],
    ['- * ($ X) [010]', /must start with a preposition/],
    ['- * {+ X} [010]', /marker/],
    ['- * AID [07x]', /not a CAMEO code/],
    ['- * A[1]B [070]', /more than one \[/],
    ['- * & [070]', /not a synset name/],
    ['- * A!B [070]', /not a word/],
  ];
  for (const [line, reason] of bad) {
    const result = parsePatternLine(line);
    assert.equal(result.ok, false, line);
    if (!result.ok) assert.match(result.problem, reason, line);
  }
});

test('a prepositional phrase can be parsed alone (synset members)', () => {
  const prep = parsePrepPhrase('(TO THE END)');
  assert.ok(prep.ok);
  assert.equal(prep.value.text, '(TO THE END)');
  assert.equal(parsePrepPhrase('TO THE END').ok, false);
  assert.equal(parsePrepPhrase('(TO) X').ok, false);
});

test('never throws on arbitrary text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
      parsePatternLine(`- ${text}`);
      parsePatternLine(`- * ${text} [010]`);
    }),
  );
});
