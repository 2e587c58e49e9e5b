/**
 * CAMEO sub-codes the manual prescribes from the object or the purpose of an act (own sentences,
 * one test per rule): restrictions on freedoms, bans, weapons programmes given up, support for
 * efforts, agreements to act, intelligence sharing, international involvement, protest aims.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function codes(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e));
}

test('lifting restrictions on the press or on assembly eases political freedoms (0811)', () => {
  assert.deepEqual(codes('The Kenyan government lifted restrictions on the press on Monday.'), [
    '0811 KENGOV > ',
  ]);
  assert.deepEqual(codes("Kenya's parliament revoked restrictions on freedom of assembly."), [
    '0811 KENLEG > ',
  ]);
});

test('banning rallies restricts political freedoms (1721), banning a party bans politicians (1722)', () => {
  assert.deepEqual(codes('The Kenyan government banned Kenyan opposition rallies on Friday.'), [
    '1721 KENGOV > KEN',
  ]);
  assert.deepEqual(codes('The Ugandan government outlawed the Ugandan opposition party.'), [
    '1722 UGAGOV > UGAOPP',
  ]);
});

test('a demand to give up a nuclear programme demands that the target yield (105)', () => {
  assert.deepEqual(codes('The United States demanded that Iran abandon its nuclear program.'), [
    '105 USA > IRN',
  ]);
  assert.deepEqual(codes('Japan urged North Korea to give up its nuclear weapons program.'), [
    '025 JPN > PRK',
  ]);
});

test("promising to support a partner's efforts is intent of diplomatic cooperation (032)", () => {
  assert.deepEqual(codes("Portugal will support Angola's efforts to join the organization."), [
    '032 PRT > AGO',
  ]);
});

test('an agreement to do something is intent with the content of the act agreed', () => {
  assert.deepEqual(codes('Kenya and Uganda reached an agreement to exchange information on cattle raids.'), [
    '0314 KEN+UGA > KEN+UGA',
  ]);
  // without an act agreed, CAMEO's 037 stands
  assert.deepEqual(codes('Chad and Niger reached an agreement on Sunday.'), ['037 TCD+NER > TCD+NER']);
});

test('allowing inspectors in is international involvement (0862); refusing it is 1245', () => {
  assert.deepEqual(codes('Sudan allowed UN inspectors into the region.'), ['0862 SDN > IGOUNO']);
  assert.deepEqual(codes('Sudan refused to allow UN inspectors into the country.'), ['1245 SDN > IGOUNO']);
});

test('a protest takes the sub-code of its aim: purpose clause, "in protest of", grievances', () => {
  // unspecified political reforms are the manual's 1xx2 (policy change)
  assert.deepEqual(
    codes('A Kenyan opposition senator began a hunger strike to protest the slow pace of political reforms.'),
    ['1422 KENOPP > KEN'],
  );
  // a grievance against rights (a detention) named by "in protest of"
  assert.deepEqual(
    codes(
      'Ten opposition parties in Kenya organized a general strike that closed Nairobi in protest of the detention of several journalists.',
    ),
    ['1433 KENOPP > KEN'],
  );
  // the phrase may qualify the object of a particle verb in the relative clause
  assert.deepEqual(
    codes(
      "Opposition parties in Kenya organized a general strike that shut down Nairobi in protest of last week's arrest of activists.",
    ),
    ['1433 KENOPP > KEN'],
  );
  // the removal of a leader is a change of leadership; the removal of troops is not
  assert.deepEqual(
    codes('Kenyan protesters rioted to demand the removal of President William Ruto from office.'),
    ['1451 KENOPP > KENGOV'],
  );
  assert.deepEqual(
    codes('Kenyan protesters marched to demand the removal of Ugandan troops from the border.'),
    ['140 KENOPP > UGAMIL'],
  );
});

test('a reduction of relations announced as decided is the act (16x); said or forceful, a threat', () => {
  assert.deepEqual(codes('Canada announced on Monday that it would cut all aid to the Malian junta.'), [
    '162 CAN > MLIGOV',
  ]);
  assert.deepEqual(codes('Canada announced it would impose sanctions on Iran.'), ['163 CAN > IRN']);
  assert.deepEqual(codes('Canada said it would impose sanctions on Iran.'), ['1312 CAN > IRN']);
  assert.deepEqual(codes('Iran announced it would attack Israeli bases.'), ['1384 IRN > ISR']);
});

test('an accusation takes its sub-code from the act alleged (1121-1125), which is no event itself', () => {
  assert.deepEqual(codes('Ethiopia accused Eritrean troops of violating the truce.'), ['1123 ETH > ERIMIL']);
  assert.deepEqual(codes('Ethiopia accused Eritrea of attacking border villages.'), ['1123 ETH > ERI']);
  assert.deepEqual(codes('Kenya accused Somali officials of spying for Ethiopia.'), ['1125 KEN > SOMGOV']);
  assert.deepEqual(codes('Ghana accused Togolese officials of smuggling cocoa.'), ['1121 GHA > TGOGOV']);
  // "the Ugandan opposition" is Uganda's opposition (OPP), not Uganda
  assert.deepEqual(codes('The Ugandan opposition accused the Ugandan police of torturing detainees.'), [
    '1122 UGAOPP > UGACOP',
  ]);
});

test('a journey made to mediate or investigate is that act, to the places it reaches', () => {
  assert.deepEqual(
    codes('The Nigerian president will visit Ghana and Togo to mediate in their border dispute.'),
    ['039 NGAGOV > GHA+TGO'],
  );
  assert.deepEqual(codes('The African Union sent a team of experts to Sudan to investigate the killings.'), [
    '090 IGOAFR > SDN',
  ]);
  // any other purpose leaves the visit a visit
  assert.deepEqual(codes('The Nigerian president visited Ghana to discuss trade.'), [
    '042 NGAGOV > GHA',
    '043 GHA > NGAGOV',
  ]);
});

test('inspectors dispatched to a country are its receiving inspectors (0862)', () => {
  assert.deepEqual(codes('The IAEA dispatched inspectors to a nuclear plant in Iran.'), [
    '0862 IGOUNOIAE > IRN',
  ]);
});

test('inspectors dispatched to monitor keep the dispatch code (0862)', () => {
  assert.deepEqual(codes('The IAEA dispatched inspectors to Iran to monitor the reactor.'), [
    '0862 IGOUNOIAE > IRN',
  ]);
});
