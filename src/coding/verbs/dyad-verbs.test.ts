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

test('heading or leading is no cooperation; a delegation led abroad is a visit', () => {
  assert.deepEqual(coded('The Swedish frigate headed south toward Denmark.'), []);
  assert.deepEqual(coded('The Norwegian delegation headed to Sweden on Monday.'), []);
  assert.deepEqual(coded('The dispute led to a crisis between Norway and Sweden.'), []);
  assert.deepEqual(coded('The Norwegian prime minister led a delegation to Sweden.'), [
    '042 NORGOV > SWE',
    '043 SWE > NORGOV',
  ]);
  assert.deepEqual(coded('The Norwegian foreign minister led talks with Sweden.'), ['046 NORGOV > SWE']);
});

test('serving as an office holder, attending college and teasing code nothing', () => {
  assert.deepEqual(coded('Solberg served as Norway’s prime minister from 2013.'), []);
  assert.deepEqual(coded('A Norwegian student attending college in Sweden said the food is good.'), []);
  assert.deepEqual(coded('He may tease Sweden further by buying more Russian weapons.'), []);
  // the blocks’ own patterns and other verbs still code
  assert.deepEqual(coded('Norway loosened restrictions on Swedish imports.'), ['081 NOR > SWE']);
  assert.deepEqual(coded('The Norwegian king attended a ceremony in Sweden.'), ['017 NORGOV > SWE']);
  assert.deepEqual(coded('Norway helped Sweden build a bridge.'), ['070 NOR > SWE']);
});

test('benefiting, meaning, affecting and expecting are no acts towards another party', () => {
  assert.deepEqual(coded('Norway is also benefiting from Sweden’s protection in the council.'), []);
  assert.deepEqual(coded('Norway’s tariffs will affect the price of Swedish cars.'), []);
  assert.deepEqual(coded('Norway was not expecting the Swedish vote.'), []);
  assert.deepEqual(coded('Norway expected Sweden to abstain.'), []);
  // PREDICT's own patterns still code
  assert.deepEqual(coded('Norway expects a new round of diplomacy with Sweden.'), ['013 NOR > SWE']);
  assert.deepEqual(coded('The Norwegian king expects to visit Sweden next month.'), ['036 NORGOV > SWE']);
});

test('voting codes nothing unless SELECT’s patterns say how the voter stands', () => {
  assert.deepEqual(coded('The Norwegian parliament voted for the navy budget of Sweden.'), []);
  assert.deepEqual(
    coded('The European Union is set to vote Friday on a tariff increase on Chinese cars.'),
    [],
  );
  assert.deepEqual(coded('Norway voted against Sweden.'), ['120 NOR > SWE']);
  assert.deepEqual(coded('Norway voted in favor of the Swedish proposal.'), ['031 NOR > SWE']);
});
