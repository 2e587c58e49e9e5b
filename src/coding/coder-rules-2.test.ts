/**
 * Rules added for the CAMEO manual root-level target (relocate.ts, nominal-protest.ts,
 * conditional-threat.ts, readiness.ts, retag.ts, coder.ts hooks) and the dictionary entries added with them:
 * own sentences, one test per rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e, { modality: true }));
}

test('a city name shared by two countries is read in the country the article names', () => {
  assert.deepEqual(
    coded('Syrian troops shelled militias in Tripoli as fighting spread through the Lebanese city.'),
    ['190 SYRMIL > LBNUAF asserted'],
  );
  // the dictionary's country stays when the article names it
  const libya = coded('Egyptian envoys met militias in Tripoli to discuss the Libyan ceasefire.');
  assert.ok(
    libya.some((e) => e.includes('LBYUAF')),
    libya.join('; '),
  );
});

test('an ethnic group is coded by the country the text places it in, with its ethnic code', () => {
  assert.deepEqual(coded('Ethnic Hungarians in Romania protested against the new language law.'), [
    '140 ROUHUN > ROU asserted',
  ]);
  assert.deepEqual(
    coded('Several hundred ethnic Serbs marched on Sunday in Kosovo, demanding more police protection.'),
    ['140 XKXSRB > XKX asserted'],
  );
  // without "ethnic" a demonym keeps its own country
  assert.ok(
    coded('Hungarians in Romania protested against the new language law.').every(
      (e) => !e.includes('ROUHUN'),
    ),
  );
});

test('"the government of <province>" is the government of the province\'s country; police ordered out is 153', () => {
  assert.deepEqual(
    coded('The government of Khyber Pakhtunkhwa ordered police into the northern districts.'),
    ['153 PAKGOV > PAKCOP asserted'],
  );
});

test('ethnic groups living in one state and named parties have codes', () => {
  const igbo = coded(
    'Igbo community leaders demanded that the Nigerian government release the detained activists.',
  );
  assert.ok(
    igbo.some((e) => e.startsWith('10') && e.includes('NGAIBO')),
    igbo.join('; '),
  );
  const party = coded('The Homeland Union accused the Lithuanian government of corruption.');
  assert.ok(
    party.some((e) => e.includes('LTUPTY > LTUGOV')),
    party.join('; '),
  );
});

test('a hedged hostile act with a condition is a threat (13x); without one it stays hypothetical', () => {
  const conditional = coded(
    'Japan may suspend its aid to Myanmar if the junta refuses to free the detainees.',
  );
  assert.ok(conditional.includes('1311 JPN > MMR asserted'), conditional.join('; '));
  assert.ok(coded('Japan may suspend its aid to Myanmar, officials said.').every((e) => !e.startsWith('13')));
});

test('a protest noun with "against <actor>" as a subject is the protest itself (14x), its aim refining it', () => {
  assert.deepEqual(coded('Albanian protests against the Serbian government continued for a third week.'), [
    '141 ALB > SRBGOV asserted',
  ]);
  assert.deepEqual(coded('Albanian riots against Serbian police policies continued for a third week.'), [
    '1452 ALB > SRBCOP asserted',
  ]);
  // without a target there is no protest event
  assert.deepEqual(coded('Albanian protests continued for a third week.'), []);
});

test('opening a hearing into something is an investigation (090)', () => {
  assert.deepEqual(
    coded('The Kenyan parliament opened a public hearing into police abuses against protesters.'),
    ['090 KENLEG > KENOPP asserted'],
  );
});

test('a bare verb after a "that" subject is a verb (subjunctive), not a noun', () => {
  assert.deepEqual(
    coded('Human rights groups in Kenya demanded that the Ugandan government end restrictions on the press.'),
    ['1051 KENHRI > UGAGOV asserted'],
  );
});

test('"said X must be ready to <act>" demands the act of X, through the readiness copula', () => {
  assert.deepEqual(
    coded(
      'The Kenyan president said on Monday that Uganda must be ready to withdraw its troops from the border.',
    ),
    ['1056 KENGOV > UGA asserted'],
  );
});

test('refusing to accept a demand to yield refuses the yielding itself (124x); "will not hesitate" does not', () => {
  assert.deepEqual(
    coded("Egypt said it would not accept the rebels' demands to release the Sudanese traders."),
    ['1243 EGY > SDNBUS asserted'],
  );
  assert.ok(
    coded('Peru will not hesitate to release the Chilean fishermen.').every((e) => !e.startsWith('124')),
  );
});

test('a statement to a news medium is attribution, not an event with the medium', () => {
  assert.deepEqual(coded('Kenyan officials told Reuters that talks with Uganda had ended.'), []);
  // criticising a medium is an event with it
  assert.deepEqual(coded('Kenyan officials criticized Reuters over its reporting.'), [
    '111 KENGOV > MED asserted',
  ]);
});

test('settlers are coded by the people that settles, not the land they settle', () => {
  assert.deepEqual(coded('Jewish settlers in the West Bank attacked Palestinian farmers near Nablus.'), [
    '190 ISRJEWCVL > PSEAGR asserted',
  ]);
});

test('a clause opened by "whether" is hypothetical', () => {
  assert.deepEqual(
    coded('It remains unclear whether the European Union can force Belarus to free the prisoners.'),
    ['170 IGOEUREEC > BLR hypothetical', '0841 BLR > BLRCOP hypothetical'],
  );
  assert.deepEqual(coded('The American administration forced Russia to negotiate.'), [
    '170 USAGOV > RUS asserted',
  ]);
});

test('the one who "stands accused" is not the accuser', () => {
  assert.deepEqual(coded('Two Ivorian officers stand accused of the bombing of a French army camp.'), []);
});

test('a thing qualified by a place gives no material cooperation', () => {
  assert.deepEqual(coded('The death toll from the earthquake in Turkey increases to 900 people.'), []);
  // an event noun may still do harm, and people of a place still act
  assert.deepEqual(coded('A wave of Russian airstrikes killed at least 20 Ukrainian civilians.'), [
    '195 RUS > UKRCVL asserted',
  ]);
  assert.deepEqual(coded('Thousands of Russian troops attacked Ukrainian villages.'), [
    '190 RUSMIL > UKRCVL asserted',
  ]);
});
