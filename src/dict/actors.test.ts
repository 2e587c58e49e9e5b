import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseActorFile } from './actor-file.js';
import { buildActorDictionary, type ActorDictionary } from './actors.js';
import { loadDictionaries } from './load.js';
import { toks } from './test-tokens.js';

const small = (text: string, stems: 'bounded' | 'tabari' = 'bounded'): ActorDictionary =>
  buildActorDictionary([parseActorFile(text, 't.txt').value], stems);

/** Names of the entries matched at token i (longest first) for a sentence. */
function at(d: ActorDictionary, sentence: string, i = 0): string[] {
  const { norms, texts } = toks(sentence);
  return d.matchAt(norms, i, texts).map((m) => `${m.entry.name}/${m.length}`);
}

/** Every match in a sentence as "tokens→code" for a date. */
function all(d: ActorDictionary, sentence: string, date: string | null = '2023-12-07'): string[] {
  const { norms, texts } = toks(sentence);
  const out: string[] = [];
  for (let i = 0; i < norms.length; i++) {
    const m = d.matchAt(norms, i, texts)[0];
    if (!m) continue;
    out.push(`${texts.slice(i, i + m.length).join(' ')}→${d.codeOn(m.entry, date)}`);
    i += m.length - 1;
  }
  return out;
}

test('phrases match consecutive tokens, longest first, across underscores and spaces', () => {
  const d = small('UNITED_NATIONS [IGOUNO]\nUNITED_NATIONS_SECURITY COUNCIL_ [IGOUNOSEC]\nUNITED [XXX]');
  assert.deepEqual(at(d, 'United Nations Security Council members'), [
    'UNITED NATIONS SECURITY COUNCIL/4',
    'UNITED NATIONS/2',
    'UNITED/1',
  ]);
  assert.deepEqual(at(d, 'the United Nations', 1), ['UNITED NATIONS/2', 'UNITED/1']);
  assert.deepEqual(at(d, 'Nations United'), []);
});

test('hyphenated and possessive phrases match however the tokenizer split them', () => {
  const d = small("ANTI-DRUG_AGENCY_ [XXXCOP]\nPEOPLE'S_REPUBLIC_OF_CHINA_ [CHN]\nAL-QAEDA [IMG]");
  assert.deepEqual(at(d, 'anti-drug agency'), ['ANTI-DRUG AGENCY/4']);
  assert.deepEqual(
    d.matchAt(['anti-drug', 'agency'], 0).map((m) => m.length),
    [2],
  );
  assert.deepEqual(at(d, "People's Republic of China"), ["PEOPLE'S REPUBLIC OF CHINA/5"]);
  assert.deepEqual(at(d, 'Al-Qaeda fighters'), ['AL-QAEDA/3']);
  assert.deepEqual(d.matchAt(['al', '-'], 0), []);
});

test('diacritics are folded on both sides', () => {
  const d = small('RECEP_TAYYIP_ERDOĞAN_ [TURGOV]');
  assert.deepEqual(at(d, 'Recep Tayyip Erdogan'), ['RECEP TAYYIP ERDOĞAN/3']);
  assert.deepEqual(at(d, 'Recep Tayyip Erdoğan'), ['RECEP TAYYIP ERDOĞAN/3']);
});

test('a last word ending in _ also matches its regular plural (TABARI noun endings)', () => {
  const d = small('BELARUSIAN_ [BLR]\nMILITIA_ [XXXREB]\nAUTHORITY_ [XXXGOV]\nUS_ [USA]');
  assert.deepEqual(at(d, 'Belarusians'), ['BELARUSIAN/1']);
  assert.deepEqual(at(d, 'militias'), ['MILITIA/1']);
  assert.deepEqual(at(d, 'authorities'), ['AUTHORITY/1']);
  assert.deepEqual(at(d, 'uses'), [], 'no endings on words shorter than 4 letters');
  assert.deepEqual(at(d, 'Belarusianism'), []);
});

test('an open last word is a bounded stem by default and a prefix with stems: tabari', () => {
  const text = 'COMMERCE_MINIST [~GOV]\nPLA [CHNMIL]\nARGENTIN [ARG]';
  const bounded = small(text);
  assert.deepEqual(at(bounded, 'commerce minister'), ['COMMERCE MINIST/2']);
  assert.deepEqual(at(bounded, 'commerce ministries'), ['COMMERCE MINIST/2']);
  assert.deepEqual(at(bounded, 'commerce ministerial'), []);
  assert.deepEqual(at(bounded, 'PLA'), ['PLA/1']);
  assert.deepEqual(at(bounded, 'play'), [], 'PLA is too short to be a stem');
  assert.deepEqual(at(bounded, 'Argentina'), [], 'not a bounded ending');
  const tabari = small(text, 'tabari');
  assert.deepEqual(at(tabari, 'Argentina'), ['ARGENTIN/1']);
  assert.deepEqual(at(tabari, 'Argentine'), ['ARGENTIN/1']);
  assert.deepEqual(at(tabari, 'commerce ministerial'), ['COMMERCE MINIST/2']);
});

test('matches carry the entry id (file:line) and the phrase line', () => {
  const d = small('# x\nBELARUS_ [BLR]\n+MINSK_');
  const [m] = d.matchAt(['minsk'], 0);
  assert.equal(m?.entry.id, 't.txt:2');
  assert.equal(m?.phraseId, 't.txt:3');
  assert.equal(m?.start, 0);
});

const dicts = loadDictionaries();

test("Dyad's set: Lukashenko in every common spelling is BLRGOV on 2023-12-07", () => {
  for (const name of [
    'Alexander Lukashenko',
    'Aleksandr Lukashenko',
    'Aliaksandr Lukashenka',
    'Alyaksandr Lukashenka',
    'Lukashenko',
  ]) {
    assert.deepEqual(
      all(dicts.actors, `${name} met Xi Jinping.`),
      [`${name}→BLRGOV`, 'Xi Jinping→CHNGOV'],
      name,
    );
  }
  const [luka] = dicts.actors.matchAt(['lukashenko'], 0);
  assert.equal(dicts.actors.codeOn(luka!.entry, '1990-01-01'), 'BLRELI');
});

test("Dyad's set: the additions, leaders and IGOs CAMEO lacks", () => {
  assert.deepEqual(all(dicts.actors, 'Wang Yi and Cai Qi greeted Viktor Khrenin'), [
    'Wang Yi→CHNGOV',
    'Cai Qi→CHNGOV',
    'Viktor Khrenin→BLRMIL',
  ]);
  assert.deepEqual(all(dicts.actors, 'the Export-Import Bank of China and the China Development Bank'), [
    'Export - Import Bank of China→CHNBUS',
    'China Development Bank→CHNBUS',
  ]);
  assert.deepEqual(all(dicts.actors, 'Development Bank of Belarus signed with Geely'), [
    'Development Bank of Belarus→BLRBUS',
    'Geely→CHNBUS',
  ]);
  assert.deepEqual(
    all(
      dicts.actors,
      'the Shanghai Cooperation Organization , the SCO , the CSTO , BRICS and the Eurasian Economic Union',
    ),
    [
      'Shanghai Cooperation Organization→IGOSCO',
      'SCO→IGOSCO',
      'CSTO→IGOCSTO',
      'BRICS→IGOBRICS',
      'Eurasian Economic Union→IGOEAEU',
    ],
  );
  // Roman Golovchenko comes from the generated Wikidata file.
  const [golovchenko] = dicts.actors.matchAt(['roman', 'golovchenko'], 0);
  assert.equal(golovchenko?.entry.id.split(':')[0], 'Dyad.leaders.actors.txt');
  assert.equal(dicts.actors.codeOn(golovchenko!.entry, '2023-12-07'), 'BLRGOV');
});

test("Dyad's set: countries, demonyms and cities of the Phoenix file", () => {
  assert.deepEqual(all(dicts.actors, 'Belarusians in Minsk and Chinese investors'), [
    'Belarusians→BLR',
    'Minsk→BLR',
    'Chinese→CHN',
  ]);
  assert.deepEqual(all(dicts.actors, 'Belarus', '1990-01-01'), ['Belarus→USRBLR']);
});

test('negative: common English words do not match actors', () => {
  const sentence =
    'The general said it will be the case that we may find who did it and let us play by the rules of the organization , a youth group with zero members in a male ward near the pole , in polish and turkey dishes';
  assert.deepEqual(all(dicts.actors, sentence), []);
  // Written as names they do.
  assert.deepEqual(all(dicts.actors, 'the US and Turkey'), ['the US→USA', 'Turkey→TUR']);
  assert.deepEqual(all(dicts.actors, 'Us and Turkey'), ['Turkey→TUR']);
});
