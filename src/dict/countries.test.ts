import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDictionaries } from './load.js';
import { toks } from './test-tokens.js';

const { countries } = loadDictionaries();

const read = (s: string): string[] => {
  const { norms, texts } = toks(s);
  const out: string[] = [];
  for (let i = 0; i < norms.length; i++) {
    const m = countries.matchAt(norms, i, texts)[0];
    if (!m) continue;
    out.push(`${texts.slice(i, i + m.length).join('')}:${m.iso3 ?? '-'}:${m.form}`);
    i += m.length - 1;
  }
  return out;
};

test('names, adjectives, demonyms, combining forms and capitals', () => {
  assert.deepEqual(read('Sino-Belarusian ties'), ['Sino-:CHN:combining', 'Belarusian:BLR:adjective']);
  assert.deepEqual(read('Belarussian and Byelorussian officials, Belarusians in Minsk'), [
    'Belarussian:BLR:adjective',
    'Byelorussian:BLR:adjective',
    'Belarusians:BLR:adjective',
    'Minsk:BLR:capital',
  ]);
  assert.deepEqual(read('the Republic of Belarus and the PRC'), [
    'RepublicofBelarus:BLR:name',
    'PRC:CHN:name',
  ]);
  assert.deepEqual(read('Russo-Ukrainian and Anglo-French talks'), [
    'Russo-:RUS:combining',
    'Ukrainian:UKR:adjective',
    'Anglo-:GBR:combining',
    'French:FRA:adjective',
  ]);
  assert.deepEqual(read('Beijing and Moscow'), ['Beijing:CHN:capital', 'Moscow:RUS:capital']);
});

test('combining forms need their hyphen, and named compounds are not countries', () => {
  assert.deepEqual(read('Sino is a prefix'), []);
  assert.deepEqual(read('the Indo-Pacific and Anglo-Saxon law'), [
    'Indo-Pacific:-:region',
    'Anglo-Saxon:-:region',
  ]);
  assert.deepEqual(read('Indo-Pakistani talks'), ['Indo-:IND:combining', 'Pakistani:PAK:adjective']);
});

test('common words in lower case are not countries', () => {
  assert.deepEqual(read('let us drink from fine china'), []);
  assert.deepEqual(read('the US and China'), ['US:USA:name', 'China:CHN:name']);
});

test('lookup of a whole string, and code conversions', () => {
  assert.deepEqual(
    countries.lookup('Belarusian').map((m) => m.iso3),
    ['BLR'],
  );
  assert.deepEqual(countries.lookup('Belarusian officials'), []);
  assert.equal(countries.fromFips('BO'), 'BLR');
  assert.equal(countries.fromFips('CH'), 'CHN');
  assert.equal(countries.fromIso2('by'), 'BLR');
  assert.equal(countries.fromCameo('ROM'), 'ROU');
  assert.equal(countries.fromCameo('USR'), 'RUS');
  assert.equal(countries.fromCameo('BLR'), 'BLR');
  assert.equal(countries.fromCameo('AFR'), null);
  assert.equal(countries.countryOfActorCode('BLRGOV'), 'BLR');
  assert.equal(countries.countryOfActorCode('USRBLR'), 'RUS');
  assert.equal(countries.countryOfActorCode('MNCUSAMED'), 'USA');
  assert.equal(countries.countryOfActorCode('IGOUNO'), null);
  assert.equal(countries.countryOfActorCode('IGOSCO'), null);
});

test('every country row has codes; Belarus and China are complete', () => {
  assert.ok(countries.all.length > 240);
  for (const c of countries.all) assert.match(c.iso3, /^[A-Z]{3}$/);
  const blr = countries.get('BLR');
  assert.equal(blr?.iso2, 'BY');
  assert.equal(blr?.fips, 'BO');
  assert.equal(blr?.capital?.name, 'Minsk');
  assert.equal(blr?.capital?.geonameId, 625144);
  assert.ok((blr?.population ?? 0) > 9_000_000);
  assert.deepEqual(countries.get('CHN')?.combining, ['Sino']);
  assert.equal(countries.get('ROU')?.cameo, 'ROM');
});

test('firstAt is the first of matchAt, with and without texts', () => {
  for (const s of [
    'Sino-Belarusian ties with the Indo-Pacific',
    'us and US, China and china, Minsk and the United States',
  ]) {
    const { norms, texts } = toks(s);
    for (let i = 0; i < norms.length; i++) {
      assert.deepEqual(countries.firstAt(norms, i), countries.matchAt(norms, i)[0], `${s} @${i}`);
      assert.deepEqual(
        countries.firstAt(norms, i, texts),
        countries.matchAt(norms, i, texts)[0],
        `${s} @${i}`,
      );
    }
  }
});

test('firstAt with longerThan is the first of matchAt when it is longer, else undefined', () => {
  const s = 'Sino-Belarusian ties, the Republic of Belarus and the United States of America';
  const { norms, texts } = toks(s);
  for (let i = 0; i < norms.length; i++) {
    const first = countries.matchAt(norms, i, texts)[0];
    for (const longerThan of [0, 1, 2, 3, 4]) {
      const expected = first && first.length > longerThan ? first : undefined;
      assert.deepEqual(countries.firstAt(norms, i, texts, longerThan), expected, `${s} @${i} >${longerThan}`);
    }
  }
});

test('isCapital is whether lookup reads the whole string as a capital', () => {
  for (const text of [
    'Beijing',
    'MINSK',
    'Minsk',
    'Belarus',
    'Mexico City',
    'Mexico',
    'Kuwait',
    'Djibouti',
    'the Beijing',
    'Washington, D.C.',
    'Washington',
    'Sino-',
    '',
    ' ',
  ]) {
    assert.equal(
      countries.isCapital(text),
      countries.lookup(text).some((m) => m.form === 'capital'),
      text,
    );
  }
  for (const c of countries.all) {
    for (const name of [c.name, ...c.altNames, ...c.adjectives, c.capital?.name ?? '']) {
      assert.equal(
        countries.isCapital(name),
        countries.lookup(name).some((m) => m.form === 'capital'),
        name,
      );
    }
  }
});
