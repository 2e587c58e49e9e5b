/** Inputs that must NOT become facts (or not the wrong fact). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../core/types.js';
import { createTokenizer } from '../nlp/tokenize.js';
import { extractFacts } from './extract-facts.js';
import { loadFactTables } from './load.js';
import { actor, buildInput, date, quantity, type BuildOptions, type MentionSpec } from './testing.js';

const tokenize = createTokenizer();
const tables = loadFactTables();
const DYAD: BuildOptions = { dyad: ['CHN', 'BLR'] };

function factsOf(text: string, specs: readonly MentionSpec[], options: BuildOptions = DYAD): Fact[] {
  return extractFacts(buildInput(tokenize, text, specs, options), tables);
}

test('numbers without a unit, or whose unit no rule takes, are not facts', () => {
  const text = 'China and Belarus have 42 lighthouses, and officials said 17 on Monday.';
  const facts = factsOf(text, [
    actor('China', 'CHN'),
    actor('Belarus', 'BLR'),
    quantity('42 lighthouses', 42, 'lighthouses'),
    quantity('17', 17, ''),
  ]);
  assert.deepEqual(facts, []);
});

test('money or percentages without a trigger are not facts', () => {
  const text = 'China and Belarus spent $5 billion on football, and turnout was 60%.';
  const facts = factsOf(text, [
    actor('China', 'CHN'),
    actor('Belarus', 'BLR'),
    quantity('$5 billion', 5e9, 'USD'),
    quantity('60%', 60, 'percent'),
  ]);
  assert.deepEqual(facts, []);
});

test('a year is never a figure, even when misread as an amount', () => {
  const text = 'Trade between China and Belarus grew in 2021, and exports to Belarus rose in 2019.';
  const withDate = factsOf(text, [
    actor('China', 'CHN'),
    actor('Belarus', 'BLR', 0),
    quantity('in 2021', 2021, 'USD'),
    date('in 2021', '2021'),
    actor('Belarus', 'BLR', 1),
    quantity('2019', 2019, 'USD'),
  ]);
  assert.deepEqual(withDate, []);
  const bare = factsOf('Trade between China and Belarus reached 2021 in value.', [
    actor('China', 'CHN'),
    actor('Belarus', 'BLR'),
    quantity('2021', 2021, 'units'),
  ]);
  assert.deepEqual(bare, []);
});

test('phone numbers are not facts', () => {
  const text = 'For trade questions, call the Chinese embassy in Belarus on +375 17 285 3682.';
  const facts = factsOf(text, [
    actor('Chinese', 'CHN', 0, 'demonym'),
    actor('Belarus', 'BLR'),
    quantity('17 285 3682', 172853682, ''),
    quantity('3682', 3682, ''),
  ]);
  assert.deepEqual(facts, []);
});

test('a population is not a fact ("1.4 billion Chinese")', () => {
  const text =
    'Lukashenko said over 1.4 billion Chinese live a happy life, and trade with China keeps growing.';
  const facts = factsOf(text, [
    actor('Lukashenko', 'BLRGOV', 0, 'name'),
    quantity('over 1.4 billion Chinese', 1.4e9, 'Chinese', { qualifier: 'over' }),
    actor('Chinese', 'CHN', 0, 'demonym'),
    actor('China', 'CHN'),
  ]);
  assert.deepEqual(facts, []);
});

test('counts of countries or inhabitants are not facts', () => {
  const text =
    'The road, signed by more than 150 countries, links China and Belarus. Belarus was one of 53 countries that supported China. The zone opens a market of 183 million inhabitants to China and Belarus.';
  const facts = factsOf(text, [
    quantity('more than 150 countries', 150, 'countries', { qualifier: 'more than' }),
    actor('China', 'CHN', 0),
    actor('Belarus', 'BLR', 0),
    actor('Belarus', 'BLR', 1),
    quantity('53 countries', 53, 'countries'),
    actor('China', 'CHN', 1),
    quantity('183 million inhabitants', 1.83e8, 'inhabitants'),
    actor('China', 'CHN', 2),
    actor('Belarus', 'BLR', 2),
  ]);
  assert.deepEqual(facts, []);
});

test('"at least 50% of its own share" near trade words is a share, not trade growth', () => {
  const text = 'In trade projects that grew with Belarus, China holds at least 50% of its own share.';
  const facts = factsOf(text, [
    actor('Belarus', 'BLR'),
    actor('China', 'CHN'),
    quantity('at least 50%', 50, 'percent', { qualifier: 'at least' }),
  ]);
  assert.deepEqual(
    facts.map((f) => f.kind),
    ['share'],
  );
});

test('percentages of unrelated things are not facts', () => {
  const text = 'Support for the government rose 50% in China and Belarus.';
  const facts = factsOf(text, [
    quantity('50%', 50, 'percent'),
    actor('China', 'CHN'),
    actor('Belarus', 'BLR'),
  ]);
  assert.deepEqual(facts, []);
});

test('one country and no relation words: no fact (a country’s own total)', () => {
  const text = "China's exports rose to $3.5 trillion in 2024.";
  const facts = factsOf(text, [
    actor('China', 'CHN'),
    quantity('$3.5 trillion', 3.5e12, 'USD'),
    date('in 2024', '2024'),
  ]);
  assert.deepEqual(facts, []);
});

test('relation words with a country outside the dyad: no fact', () => {
  const text = 'Bilateral trade with Russia reached $40 billion.';
  const facts = factsOf(text, [actor('Russia', 'RUS'), quantity('$40 billion', 4e10, 'USD')]);
  assert.deepEqual(facts, []);
});

test('no parties in the sentence and no dyad: no fact', () => {
  const text = 'Trade exchange reached $6 billion.';
  assert.deepEqual(factsOf(text, [quantity('$6 billion', 6e9, 'USD')], { dyad: null }), []);
});

test('no relation words and no parties: the dyad is not used', () => {
  const text = 'Exports reached $6 billion.';
  assert.deepEqual(factsOf(text, [quantity('$6 billion', 6e9, 'USD')]), []);
});

test('a trigger inside an organisation name is no trigger', () => {
  const text = 'China and Belarus paid $3 million to the World Trade Organization.';
  const facts = factsOf(text, [
    actor('China', 'CHN'),
    actor('Belarus', 'BLR'),
    quantity('$3 million', 3e6, 'USD'),
    actor('World Trade Organization', 'IGOWTO'),
  ]);
  assert.deepEqual(facts, []);
});

test('a figure of another clause does not borrow a trigger across a semicolon', () => {
  const text = 'Trade between China and Belarus grew; both spent $2 billion on defence.';
  const facts = factsOf(text, [
    actor('China', 'CHN'),
    actor('Belarus', 'BLR'),
    quantity('$2 billion', 2e9, 'USD'),
  ]);
  assert.deepEqual(facts, []);
});

test('a trigger inside a hyphenated compound is no trigger ("low-cost")', () => {
  const text = 'Irish regulators fined a low-cost carrier from China €255 million.';
  const facts = factsOf(text, [
    actor('Irish', 'IRL', 0, 'demonym'),
    actor('China', 'CHN'),
    quantity('€255 million', 2.55e8, 'EUR'),
  ]);
  assert.deepEqual(facts, []);
});

test('a bracketed conversion is not a second fact, and its currency prefix is no actor', () => {
  const text = 'The EU agreed to lend €90 billion (US$105 billion) to Ukraine.';
  const facts = factsOf(text, [
    actor('EU', 'IGOEUREEC'),
    quantity('€90 billion', 9e10, 'EUR'),
    quantity('US$105 billion', 1.05e11, 'USD'),
    actor('US', 'USA'),
    actor('Ukraine', 'UKR'),
  ]);
  assert.deepEqual(
    facts.map((f) => [f.value, f.unit, f.parties.join(',')]),
    [[9e10, 'EUR', 'IGOEUREEC,UKR']],
  );
});

test('a figure does not take a trigger from a relative clause after a comma', () => {
  const text = 'Chicken costs $12 in Cameroon and $15 in Gabon, which import from Cameroon.';
  const facts = factsOf(text, [
    quantity('$12', 12, 'USD'),
    actor('Cameroon', 'CMR', 0),
    quantity('$15', 15, 'USD'),
    actor('Gabon', 'GAB'),
    actor('Cameroon', 'CMR', 1),
  ]);
  assert.deepEqual(facts, []);
});

test('an area needs a named subject ("covering 25 square kilometers" of unnamed islands)', () => {
  const text = 'India helped Mauritius build a jetty on two islands covering 25 square kilometers.';
  const facts = factsOf(text, [
    actor('India', 'IND'),
    actor('Mauritius', 'MUS'),
    quantity('25 square kilometers', 25, 'km2'),
  ]);
  assert.deepEqual(facts, []);
});

test('a figure that modifies another noun is not measured by a nearby trigger ("a $1 trillion program")', () => {
  const text = 'Malaysia took loans for projects under China’s $1 trillion program.';
  const facts = factsOf(text, [
    actor('Malaysia', 'MYS'),
    actor('China', 'CHN'),
    quantity('$1 trillion', 1e12, 'USD'),
  ]);
  assert.deepEqual(facts, []);
});

test('a capitalised head that starts a name is no facility ("Port Louis"), so no area fact', () => {
  const text =
    'India and Mauritius met in Port Louis. Two islands there have an area of 25 square kilometers.';
  const facts = factsOf(text, [
    actor('India', 'IND'),
    actor('Mauritius', 'MUS'),
    quantity('25 square kilometers', 25, 'km2'),
  ]);
  assert.deepEqual(facts, []);
});
