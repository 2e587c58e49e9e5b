import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { assertQuantities } from '../testing.js';
import { isLowerInitial, isPossessive } from './count.js';

const RULE = 'quantities/count';
const count = (
  text: string,
  value: number,
  unit: string,
  extra: { valueEnd?: number; qualifier?: string } = {},
) => ({
  text,
  value,
  unit,
  ...extra,
  rule: RULE,
});

test('counts keep the head noun phrase', () => {
  assertQuantities('China donated about five million doses', [
    count('about five million doses', 5e6, 'doses', { qualifier: 'about' }),
  ]);
  assertQuantities('five million vaccine doses', [count('five million vaccine doses', 5e6, 'vaccine doses')]);
  assertQuantities('120 mutual visits of officials', [count('120 mutual visits', 120, 'mutual visits')]);
  assertQuantities('offered 25 state-owned enterprises for sale', [
    count('25 state-owned enterprises', 25, 'state-owned enterprises'),
  ]);
  assertQuantities('by 21 platoons', [count('21 platoons', 21, 'platoons')]);
  assertQuantities('sent two aid planes', [count('two aid planes', 2, 'aid planes')]);
  assertQuantities('one of 53 countries that', [count('53 countries', 53, 'countries')]);
  assertQuantities('its 183 million inhabitants', [count('183 million inhabitants', 183e6, 'inhabitants')]);
  assertQuantities('over 1.4 billion Chinese are living', [
    count('over 1.4 billion Chinese', 1.4e9, 'Chinese', { qualifier: 'over' }),
  ]);
  assertQuantities('260 midrange Iranian missiles', [
    count('260 midrange Iranian missiles', 260, 'midrange Iranian missiles'),
  ]);
  assertQuantities('563 security personnel', [count('563 security personnel', 563, 'security personnel')]);
  assertQuantities('five Chinese companies', [count('five Chinese companies', 5, 'Chinese companies')]);
  assertQuantities('three sports facilities', [count('three sports facilities', 3, 'sports facilities')]);
  assertQuantities('30 U.S. history textbooks', [
    count('30 U.S. history textbooks', 30, 'U.S. history textbooks'),
  ]);
  assertQuantities('12 NGOs', [count('12 NGOs', 12, 'NGOs')]);
  assertQuantities('two more soldiers', [count('two more soldiers', 2, 'soldiers')]);
  assertQuantities('About a dozen titles', [
    count('About a dozen titles', 12, 'titles', { qualifier: 'About' }),
  ]);
  assertQuantities('Two hundred prisoners remain', [count('Two hundred prisoners', 200, 'prisoners')]);
  assertQuantities('2,111 rows', [count('2,111 rows', 2111, 'rows')]);
  assertQuantities('3m people', [count('3m people', 3e6, 'people')]);
  assertQuantities('200 Belarusians', [count('200 Belarusians', 200, 'Belarusians')]);
  assertQuantities('two rights groups', [count('two rights groups', 2, 'rights groups')]);
  assertQuantities('5 police officers', [count('5 police officers', 5, 'police officers')]);
  assertQuantities('13 million overseas Chinese', [
    count('13 million overseas Chinese', 13e6, 'overseas Chinese'),
  ]);
  // After an ordinary plural head, a following -s word is usually the verb.
  assertQuantities('a boat carrying 200 migrants capsizes', [count('200 migrants', 200, 'migrants')]);
});

test('count ranges', () => {
  assertQuantities('about three to four villages', [
    count('about three to four villages', 3, 'villages', { valueEnd: 4, qualifier: 'about' }),
  ]);
  assertQuantities('5 to 6 million people', [
    count('5 to 6 million people', 5e6, 'people', { valueEnd: 6e6 }),
  ]);
  assertQuantities('between 10 and 20 soldiers', [
    count('between 10 and 20 soldiers', 10, 'soldiers', { valueEnd: 20 }),
  ]);
  assertQuantities('two or three days', [
    { text: 'two or three days', value: 2, unit: 'days', valueEnd: 3, rule: 'quantities/duration' },
  ]);
  // The lower bound keeps its own scale when inheriting would pass the upper bound.
  assertQuantities('between 500 and 2 million people', [
    count('between 500 and 2 million people', 500, 'people', { valueEnd: 2e6 }),
  ]);
});

test('not counts', () => {
  assertQuantities('one country', []);
  assertQuantities('no one has', []);
  assertQuantities('one of the leaders', []);
  assertQuantities('the two countries signed', []);
  assertQuantities('its three founders', []);
  assertQuantities('two-thirds were girls', []);
  assertQuantities('the 15-nation council', []);
  assertQuantities('five of them', []);
  assertQuantities('18 were killed', []);
  assertQuantities('three times as many', []);
  assertQuantities('the 2024 elections', []);
  assertQuantities('in 2019 talks began', []);
  assertQuantities('Three Gorges Dam', []);
  assertQuantities('the Three Gorges Dam', []);
  assertQuantities('18 off-duty military and others', []);
  assertQuantities('5 of the countries', []);
});

test('the character tests agree with the regexes they stand for', () => {
  const pieces = [
    'a',
    'Z',
    's',
    'S',
    "'",
    '\u2019',
    'é',
    'É',
    'ß',
    'ſ',
    'K',
    '\u212a',
    '1',
    '_',
    '-',
    '𝐚',
    'Σ',
    'ς',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 5 }), (parts) => {
      const word = parts.join('');
      assert.equal(isLowerInitial(word), /^\p{Ll}/u.test(word), JSON.stringify(word));
      assert.equal(isPossessive(word), /['\u2019]s$/i.test(word), JSON.stringify(word));
    }),
    { numRuns: 20000 },
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 6 }), (word) => {
      assert.equal(isLowerInitial(word), /^\p{Ll}/u.test(word), JSON.stringify(word));
      assert.equal(isPossessive(word), /['\u2019]s$/i.test(word), JSON.stringify(word));
    }),
    { numRuns: 20000 },
  );
});
