import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ActorMention, Mention } from '../core/types.js';
import { loadDictionaries } from '../dict/index.js';
import { createReader } from './read.js';

const reader = createReader(loadDictionaries());

function read(text: string, published: string | null = '2023-12-07'): readonly Mention[] {
  return reader.read({ text, published }).mentions;
}

function actors(text: string): ActorMention[] {
  return read(text).filter((m): m is ActorMention => m.kind === 'actor');
}

function codes(text: string): (string | null)[] {
  return actors(text).map((m) => m.actor.code);
}

test('titles, demonyms and agents compose into one actor', () => {
  assert.deepEqual(codes('Foreign Minister Wang Yi met Belarusian companies.'), ['CHNGOV', 'BLRBUS']);
  assert.deepEqual(codes('The Chinese leader spoke.'), ['CHNGOV']);
  assert.deepEqual(codes("Gondor's government and Russia's army disagreed."), [null, 'RUSMIL']);
  assert.deepEqual(codes('The government of Belarus and soldiers from Ukraine met.'), ['BLRGOV', 'UKRMIL']);
});

test('a capitalised agent word before an unknown name is a first name, not an agent', () => {
  const lindner = actors('Finance Minister Christian Lindner of Germany spoke on Monday.');
  assert.ok(!lindner.some((m) => m.text.includes('Christian')), 'Christian is a first name here');
  assert.ok(actors('Christian militias attacked the village.').some((m) => m.text === 'Christian militias'));
  assert.ok(actors('Gunmen attacked Christian villages.').some((m) => m.text.startsWith('Christian')));
});

test('a capital is a government unless a locative preposition makes it a place', () => {
  const said = read('Minsk said the talks went well.');
  assert.ok(said.some((m) => m.kind === 'actor' && m.actor.code === 'BLRGOV' && m.form === 'capital'));
  const met = read('They met in Minsk on Tuesday.');
  assert.ok(met.some((m) => m.kind === 'place' && m.text === 'Minsk' && m.place.country === 'BLR'));
  assert.ok(!met.some((m) => m.kind === 'actor' && m.text === 'Minsk'));
});

test('a surname alone refers to the person named earlier in the article', () => {
  const text = 'South Korean President Yoon Suk Yeol met Xi Jinping. Later Xi praised the visit.';
  const xi = actors(text).filter((m) => m.text === 'Xi');
  assert.equal(xi.length, 1);
  assert.equal(xi[0]!.actor.code, 'CHNGOV');
  assert.equal(xi[0]!.form, 'name');
});

test('dated codes follow the sentence date', () => {
  const early = actors('In 1990, Alexander Lukashenko was a deputy.');
  assert.notEqual(early[0]?.actor.code, 'BLRGOV');
  const late = actors('In 2020, Alexander Lukashenko won the vote.');
  assert.equal(late[0]?.actor.code, 'BLRGOV');
});

test('pair references are marked for the coder', () => {
  const m = actors('The two countries signed a treaty.');
  assert.equal(m[0]?.form, 'group');
  assert.equal(m[0]?.actor.code, null);
});

test('negative: common words in lower case are not actors or places', () => {
  assert.deepEqual(
    codes('Let us cook a turkey in the china cabinet.').filter((c) => c !== null),
    [],
  );
  const mentions = read('The march was split by a mobile unit.');
  assert.equal(mentions.filter((m) => m.kind === 'place' || m.kind === 'actor').length, 0);
});

test('negative: without a publication date, relative dates stay unresolved', () => {
  const mentions = read('The minister arrived on Monday.', null);
  const date = mentions.find((m) => m.kind === 'date');
  assert.ok(date && date.kind === 'date' && date.date === null);
});

test('dump-stages lists every stage in order', () => {
  const r = reader.read(
    { text: 'Chinese officials met in Beijing on Monday.', published: '2023-12-07' },
    { dumpStages: true },
  );
  assert.deepEqual(
    r.stages?.map((s) => s.stage),
    ['dates', 'quantities', 'actors/compose', 'actors/capitals+groups', 'places/gazetteer'],
  );
});

test('property: arbitrary Unicode never throws and every mention slices back into its sentence', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc
          .array(
            fc.constantFrom(
              'China',
              'Belarus',
              'Xi',
              'met',
              'in',
              'Minsk',
              '$6 billion',
              'March',
              '2015',
              ',',
              '.',
              '’s',
              '-',
              'the two countries',
              '\n\n',
            ),
            { maxLength: 40 },
          )
          .map((w) => w.join(' ')),
      ),
      fc.option(fc.constant('2023-12-07'), { nil: null }),
      (text, published) => {
        const r = reader.read({ text, published });
        for (const m of r.mentions) {
          assert.equal(text.slice(m.start, m.end), m.text);
          const s = r.sentences[m.sentence]!;
          assert.ok(m.start >= s.start && m.end <= s.end);
        }
      },
    ),
    { numRuns: 300 },
  );
});

test('a portfolio between a country and an agent stays in the phrase: "the German economy minister"', () => {
  assert.deepEqual(codes('The German economy minister spoke.'), ['DEUGOV']);
  assert.deepEqual(codes('Chinese commerce officials arrived.'), ['CHNGOV']);
  assert.deepEqual(
    actors('The Polish deputy interior minister spoke.').map((m) => m.text),
    ['Polish deputy interior minister'],
  );
  // not a portfolio: a verb, a conjunction or three words between them
  assert.deepEqual(codes('Germany said the minister spoke.'), ['DEU', null]);
  assert.deepEqual(codes('German and Austrian ministers met.'), ['DEU', 'AUTGOV']);
  assert.deepEqual(codes('German electric car battery officials met.'), ['DEU', null]);
});
