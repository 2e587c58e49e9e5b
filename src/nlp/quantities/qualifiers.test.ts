import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { QUALIFIERS, qualifierBefore } from './qualifiers.js';
import { quantitiesOf } from './testing.js';

test('each qualifier is kept as written and starts the span', () => {
  const cases: [string, string][] = [
    ['about', 'about 50 people'],
    ['around', 'around 50 people'],
    ['approximately', 'approximately 50 people'],
    ['some', 'some 500 people'],
    ['at least', 'at least 50 people'],
    ['more than', 'more than 50 people'],
    ['over', 'over 50 people'],
    ['nearly', 'nearly 50 people'],
    ['almost', 'almost 50 people'],
    ['up to', 'up to 50 people'],
    ['as much as', 'as much as 50%'],
    ['as many as', 'as many as 50 people'],
    ['less than', 'less than 50%'],
    ['fewer than', 'fewer than 50 people'],
    ['roughly', 'roughly 50 people'],
    ['an average of', 'an average of 19.7%'],
    ['no more than', 'no more than 50 people'],
    ['Nearly', 'Nearly 50 people'],
    ['up to about', 'up to about $47,000'],
    ['~', '~50 people'],
  ];
  for (const [qualifier, text] of cases) {
    const [mention] = quantitiesOf(text);
    assert.ok(mention, text);
    assert.equal(mention.quantity.qualifier, qualifier, text);
    assert.equal(mention.start, 0, text);
    assert.equal(mention.text, text, text);
  }
});

test('a qualifier is a whole word', () => {
  assert.equal(qualifierBefore('moreover 5', 9), null);
  assert.equal(qualifierBefore('handover 5', 9), null);
  assert.deepEqual(qualifierBefore('x over 5', 7), { start: 2, text: 'over' });
  assert.equal(quantitiesOf('moreover 50 people')[0]?.quantity.qualifier, undefined);
});

test('no qualifier: none recorded', () => {
  const [mention] = quantitiesOf('50 people');
  assert.ok(mention);
  assert.equal('qualifier' in mention.quantity, false);
});

/**
 * qualifierBefore tests the characters before the number before it runs its pattern: a shortcut that
 * must never change a result. Here the pattern, built as qualifiers.ts builds it, runs on every
 * position of fuzzed text and is compared with qualifierBefore.
 */
test('the character test before the qualifier pattern never changes its result', () => {
  const alternation = QUALIFIERS.map((q) => q.replace(/\./g, '\\.').replace(/ /g, '[ \\u00a0]+')).join('|');
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}])((?:${alternation})(?:[ \u00a0]+(?:${alternation}))?)[ \u00a0]+$|([~\u2248<>\u2264\u2265])[ \u00a0]?$`,
    'iu',
  );
  const reference = (text: string, position: number): string | null => {
    const from = Math.max(0, position - 40);
    const match = pattern.exec(text.slice(from, position));
    if (!match) return null;
    const start = from + match.index;
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) return null;
    return `${start}:${match[1] ?? match[2] ?? ''}`;
  };
  const actual = (text: string, position: number): string | null => {
    const q = qualifierBefore(text, position);
    return q ? `${q.start}:${q.text}` : null;
  };
  const pieces = [
    ...QUALIFIERS,
    ...QUALIFIERS.map((q) => q.toUpperCase()),
    ' ',
    '  ',
    '\u00a0',
    '~',
    '\u2248',
    '<',
    '>',
    '\u2264',
    '\u2265',
    '5',
    'x',
    'moreover',
    '.',
    ',',
    '\n',
    '\u017fome',
    'AB\u017f',
    'ju\u017ft',
    'a\u017f much a\u017f',
    '\u212a',
    'é',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
      const text = parts.join('');
      for (let position = 0; position <= text.length; position++) {
        assert.equal(
          actual(text, position),
          reference(text, position),
          `${JSON.stringify(text)} at ${position}`,
        );
      }
    }),
    { numRuns: 3000 },
  );
  for (const text of ['a\u017f much a\u017f 5', 'ju\u017ft 5', '\u017fome 5', 'ABOUT 5', '\u2248 5', '<5']) {
    for (let position = 0; position <= text.length; position++) {
      assert.equal(
        actual(text, position),
        reference(text, position),
        `${JSON.stringify(text)} at ${position}`,
      );
    }
  }
});
