/** Entries of data/verbs/Dyad.verbs.txt, each with a sentence of our own. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from '../testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e));
}

test('conducting an airstrike or a raid is the use of force, not management', () => {
  assert.deepEqual(coded('Israeli jets conducted an airstrike on a Syrian air base.'), ['195 ISR > SYR']);
  assert.deepEqual(coded('Russian troops conducted raids on Ukrainian villages.'), ['190 RUSMIL > UKRCVL']);
});

test('a strike conducted by workers is no use of force', () => {
  assert.ok(
    coded('Belarusian workers conducted a strike at the potash plant.').every((e) => !e.startsWith('19')),
  );
});

test('conducting is no event unless a pattern names what was conducted', () => {
  assert.deepEqual(coded('Belarus and China conducted talks in Minsk.'), ['046 BLR+CHN > BLR+CHN']);
  assert.deepEqual(coded('The Russian statistics office conducted a survey of Belarusian farms.'), []);
  // HEAD shares CAMEO's block with CONDUCT, not Dyad's airstrike patterns
  assert.ok(
    coded('The Italian frigate heads to Malta after a drone strike on an Italian port.').every(
      (e) => !e.startsWith('19'),
    ),
  );
});

test('taking office seizes nothing', () => {
  assert.deepEqual(coded('A week after the new Moldovan president took office, Russia staged drills.'), []);
  assert.deepEqual(coded('Syrian rebels took the town of Idlib from the Syrian army.'), ['192 SYRREB > SYR']);
});

test('thinking is no consultation; CONSIDER’s own patterns still code', () => {
  assert.deepEqual(coded('Many Senegalese officials consider Morocco a reliable ally.'), []);
  assert.deepEqual(coded('Japan is considering airstrikes against North Korea.'), ['1384 JPN > PRK']);
});

test('denying that an act happened is a denial (016), not the act', () => {
  assert.deepEqual(coded('Iran denied that it attacked the Israeli ship.'), ['016 IRN > ISR']);
  // a denial of a named thing keeps CAMEO's patterns (`- * REPORT [016]`)
  assert.deepEqual(coded('Iran denied the Israeli report.'), ['016 IRN > ISR']);
  // refusing entry is no denial
  assert.deepEqual(coded('Israel denied entry to the UN envoy.'), ['120 ISR > IGOUNO']);
});

test('leaving a place is no consultation; departing for talks is still a visit', () => {
  assert.deepEqual(coded('Riots between fans and Kenyan police left four people injured.'), []);
  assert.deepEqual(coded('German transport planes started to leave Niger on Friday.'), []);
  assert.deepEqual(coded('The Belarusian foreign minister departed for Beijing.'), [
    '042 BLRGOV > CHNGOV',
    '043 CHNGOV > BLRGOV',
  ]);
});

test('seeing is no statement; OBSERVE’s own patterns still code', () => {
  assert.deepEqual(coded('Under the new rules, Canada could see duties on Mexican steel rise to 30%.'), []);
  assert.deepEqual(coded('The Polish minister does not view Belarus as an enemy.'), []);
  assert.deepEqual(coded('Belarus sees a chance for peace in Ukraine.'), ['013 BLR > UKR']);
});

test('dying is no attack unless a pattern names the fighting', () => {
  assert.deepEqual(coded('Four infants died of cholera in Bangladesh last week.'), []);
  assert.deepEqual(coded('Dozens of Moroccan migrants died during the crossing into Spain.'), []);
  assert.deepEqual(coded('Three Malian soldiers died in clashes with Tuareg rebels.'), [
    '190 MLIMIL > MLIREB',
  ]);
});

test('defending a treaty or a policy is verbal (052); defending a country is protection (074)', () => {
  assert.deepEqual(coded('The Iranian envoy defended the nuclear pact with Russia.'), ['052 IRNGOV > RUS']);
  assert.deepEqual(coded('Russian troops defended Belarus against the attack.'), ['074 RUSMIL > BLR']);
});

test('conferring an honour is praise (051); conferring with someone is consultation', () => {
  assert.deepEqual(coded('Kazakhstan conferred its top state award on the Chinese president.'), [
    '051 KAZ > CHNGOV',
  ]);
  assert.deepEqual(coded('The Belarusian minister conferred with Chinese officials.'), [
    '046 BLRGOV > CHNGOV',
  ]);
});

test('American single-L spellings are forms of their verbs, as the British ones are', () => {
  assert.deepEqual(
    coded('Gondorian forces pummeled Ukrainian towns.'),
    coded('Gondorian forces pummelled Ukrainian towns.'),
  );
  assert.equal(coded('Russian forces pummeled Ukrainian towns.')[0]?.slice(0, 3), '190');
  assert.deepEqual(
    coded('Russia signaled to Ukraine that it would talk.'),
    coded('Russia signalled to Ukraine that it would talk.'),
  );
  assert.deepEqual(
    coded('Russia canceled a planned deal with China.'),
    coded('Russia cancelled a planned deal with China.'),
  );
  assert.equal(coded('Russia is canceling its deal with China.')[0]?.slice(0, 3), '160');
});

test('holding or calling an election is no visit and no appeal; calling for elections still is', () => {
  assert.deepEqual(coded('Kenya conducts an election for the county assemblies.'), []);
  assert.deepEqual(
    coded('The Dutch prime minister called a snap election for May 2 amid the Suriname dispute.'),
    [],
  );
  assert.deepEqual(coded('The European Union called for free elections in Belarus.'), [
    '0241 IGOEUREEC > BLR',
  ]);
  assert.deepEqual(coded('Russian protesters called on the Kremlin to hold early elections.'), [
    '0241 RUSOPP > RUSGOV',
  ]);
});

test('catching fire seizes nothing; catching people still does', () => {
  assert.deepEqual(coded('A boat carrying Sudanese refugees catches fire off the coast of Libya.'), []);
  assert.deepEqual(coded('Cuban police caught two Haitian smugglers.'), ['173 CUBCOP > HTICRM']);
});

test('"linked to" describes a tie, not cooperation; linking up or linking grids still is', () => {
  assert.deepEqual(coded('Five gunmen linked to Boko Haram were arrested in Chad.'), []);
  assert.deepEqual(coded('Kenya and Ethiopia linked their power grids.'), ['060 KEN+ETH > KEN+ETH']);
  assert.deepEqual(coded('The Kenyan army linked up with Somali forces.'), ['0311 KENMIL > SOM']);
});
