import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2024-05-10').map((e) => summarize(e));
}

test('the country ending an address is where, not who', () => {
  // no one is named as the bomber: the place does not act
  assert.deepEqual(coded('A Russian colonel is killed by a car bomb in Lyon, France.'), []);
  // talks held abroad are not talks with the host country
  assert.deepEqual(coded('Hamas and Fatah officials held talks in Alexandria, Egypt.'), [
    '046 PSEREBHMS+PSEGOV > PSEREBHMS+PSEGOV',
  ]);
  assert.deepEqual(coded('The Kenyan president met Ugandan president Yoweri Museveni in Arusha, Tanzania.'), [
    '040 KENGOV > UGAGOV',
  ]);
  // the address of an attack is not a second victim beside the one named
  assert.deepEqual(coded('Rebels ambushed a convoy in Tarsk, Sudan, wounding six Sudanese soldiers.'), [
    '190 SDNREB > SDNMIL',
  ]);
});

test('an address still gives the place force reaches and the authorities of an arrest', () => {
  assert.deepEqual(coded('Gunmen killed four farmers in Yelwata, Benue State, Nigeria.'), [
    '193 NGAUAF > NGA',
  ]);
  assert.deepEqual(coded('Turkish drones struck an arms depot near Qamishli, Syria.'), ['195 TUR > SYR']);
  assert.deepEqual(coded('Russian forces fired rockets on Tarsk, Ukraine, overnight.'), ['194 RUS > UKR']);
  assert.deepEqual(coded('A Danish journalist was arrested in Minsk, Belarus.'), ['173 BLR > DNKMED']);
});

test('a list of countries is no address', () => {
  assert.deepEqual(coded('Leaders of Ghana, Togo, and Benin signed a trade pact in Lome, Togo.'), [
    '057 GHAGOV+TGO+BEN > GHAGOV+TGO+BEN',
  ]);
  assert.deepEqual(coded('Iran condemned Israel, Jordan for the raid.'), ['111 IRN > ISR+JOR']);
});
