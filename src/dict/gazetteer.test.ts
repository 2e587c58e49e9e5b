import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePlaces } from './gazetteer.js';
import { loadDictionaries } from './load.js';
import { toks } from './test-tokens.js';

const { gazetteer } = loadDictionaries();

test('lookup by name, ASCII name or alternate, most populous first', () => {
  const [beijing] = gazetteer.lookup('Beijing');
  assert.equal(beijing?.country, 'CHN');
  assert.equal(beijing?.featureCode, 'PPLC');
  assert.equal(gazetteer.lookup('Peking')[0]?.geonameId, beijing?.geonameId);
  assert.equal(gazetteer.lookup('MINSK')[0]?.country, 'BLR');
  const paris = gazetteer.lookup('Paris');
  assert.equal(paris[0]?.country, 'FRA');
  for (let k = 1; k < paris.length; k++)
    assert.ok((paris[k - 1]?.population ?? -1) >= (paris[k]?.population ?? -1));
  assert.deepEqual(gazetteer.lookup('Nowhereville'), []);
});

test("Dyad's own places: Smolevichi, Great Stone, Beijing venues", () => {
  for (const name of ['Smolevichi', 'Smalyavichy', 'Smolevichy'])
    assert.equal(gazetteer.lookup(name)[0]?.country, 'BLR', name);
  const smol = gazetteer.lookup('Smolevichi')[0];
  assert.equal(smol?.geonameId, null);
  assert.ok(Math.abs((smol?.lat ?? 0) - 54.0333) < 0.01 && Math.abs((smol?.lon ?? 0) - 28.0833) < 0.01);
  assert.equal(gazetteer.lookup('Great Stone Industrial Park')[0]?.country, 'BLR');
  assert.equal(gazetteer.lookup('Diaoyutai State Guesthouse')[0]?.country, 'CHN');
  assert.equal(gazetteer.lookup('Palais des Nations')[0]?.country, 'CHE');
});

test('multi-word names at a token position, longest first', () => {
  const { norms } = toks('They met in the Great Hall of the People in Beijing');
  assert.deepEqual(
    gazetteer.matchAt(norms, 4).map((m) => [m.place.name, m.length]),
    [['Great Hall of the People', 5]],
  );
  assert.equal(gazetteer.matchAt(norms, 10)[0]?.place.country, 'CHN');
  assert.deepEqual(gazetteer.matchAt(toks('Ho Chi Minh City').norms, 0)[0]?.length, 4);
});

test('place rows are checked, every bad row reported', () => {
  const header = 'geonameid\tname\tasciiname\talternates\tcountry\tlat\tlon\tpopulation\tfeature_code';
  const r = parsePlaces(
    [
      header,
      '1\tX\tX\t\tBLR\t95\t10\t\tPPL',
      '2\tY\tY\t\tby\t50\t10\t\tPPL',
      '3\tZ\tZ\t\tBLR\t50\t10\tmany\tPPL',
      'short\trow',
    ].join('\n'),
    'p.tsv',
  );
  assert.deepEqual(r.errors.map((e) => e.slice(0, e.indexOf(': '))).sort(), [
    'p.tsv:2',
    'p.tsv:3',
    'p.tsv:4',
    'p.tsv:5',
  ]);
});

test('namesAt groups matchAt by length, longest first', () => {
  const { norms } = toks('They met in the Great Hall of the People in Beijing and Paris, New York');
  for (let i = 0; i < norms.length; i++) {
    const flat = gazetteer
      .namesAt(norms, i)
      .flatMap((n) => n.places.map((place) => ({ start: i, length: n.length, place })));
    assert.deepEqual(flat, gazetteer.matchAt(norms, i));
  }
});
