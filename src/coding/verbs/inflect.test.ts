import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { doublesFinalConsonant, pluralNoun, regularVerbForms } from './inflect.js';

const texts = (verb: string): string[] => regularVerbForms(verb).map((f) => f.text);

test('regular -s/-ed/-ing', () => {
  assert.deepEqual(texts('VISIT'), ['VISITS', 'VISITED', 'VISITING']);
  assert.ok(texts('HOST').includes('HOSTED'));
});

test('PETRARCH-2 forms come first and are marked', () => {
  const forms = regularVerbForms('CONTINUE');
  assert.deepEqual(
    forms.filter((f) => f.petrarch).map((f) => f.text),
    ['CONTINUES', 'CONTINUED', 'CONTINUEING'],
  );
  assert.ok(forms.some((f) => f.text === 'CONTINUING' && !f.petrarch));
});

test('final E: -D and -ING drop the E, but not after EE/YE/OE; IE becomes YING', () => {
  assert.ok(texts('AGREE').includes('AGREED'));
  assert.ok(texts('AGREE').includes('AGREEING'));
  assert.ok(texts('HOPE').includes('HOPING'));
  assert.ok(texts('DIE').includes('DYING'));
  assert.ok(texts('TIE').includes('TIED'));
});

test('Y after a consonant becomes IES/IED; after a vowel stays', () => {
  assert.ok(texts('STUDY').includes('STUDIES'));
  assert.ok(texts('STUDY').includes('STUDIED'));
  assert.ok(texts('STUDY').includes('STUDYING'));
  assert.ok(texts('PLAY').includes('PLAYS'));
  assert.ok(texts('PLAY').includes('PLAYED'));
  assert.ok(!texts('PLAY').includes('PLAIED'));
});

test('sibilants and consonant+O take -ES', () => {
  assert.ok(texts('PUSH').includes('PUSHES'));
  assert.ok(texts('WATCH').includes('WATCHES'));
  assert.ok(texts('FIX').includes('FIXES'));
  assert.ok(texts('VETO').includes('VETOES'));
  assert.ok(texts('VETO').includes('VETOED'));
});

test('consonant doubling: one syllable, final L, stressed endings', () => {
  assert.ok(texts('STOP').includes('STOPPED'));
  assert.ok(texts('STOP').includes('STOPPING'));
  assert.ok(texts('QUIT').includes('QUITTING'));
  assert.ok(texts('BAN').includes('BANNED'));
  assert.ok(texts('CANCEL').includes('CANCELLED'));
  assert.ok(texts('CANCEL').includes('CANCELED'));
  assert.ok(texts('COMMIT').includes('COMMITTED'));
  assert.ok(texts('REFER').includes('REFERRED'));
  assert.ok(texts('RE-ADMIT').includes('RE-ADMITTED'));
});

test('no doubling after two vowels, before W/X/Y, or on unstressed endings', () => {
  for (const verb of ['SPEAK', 'FIX', 'ROW', 'PLAY', 'VISIT', 'OFFER', 'DIFFER', 'OPEN', 'DEVELOP']) {
    assert.equal(doublesFinalConsonant(verb), false, verb);
  }
  assert.ok(!texts('VISIT').includes('VISITTED'));
  assert.ok(!texts('OFFER').includes('OFFERRED'));
});

test('IC takes K before -ED/-ING', () => {
  assert.ok(texts('PANIC').includes('PANICKED'));
  assert.ok(texts('PANIC').includes('PANICKING'));
});

test('forms never repeat and never equal the verb; non-letter endings get none', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[A-Z][A-Z-]{0,12}$/), (verb) => {
      const list = texts(verb);
      assert.equal(new Set(list).size, list.length);
      assert.ok(!list.includes(verb));
    }),
  );
  assert.deepEqual(texts('F-16'), []);
  assert.deepEqual(texts('A'), []);
});

test('noun plurals follow the documented rules', () => {
  assert.equal(pluralNoun('DOLLAR'), 'DOLLARS');
  assert.equal(pluralNoun('CURRENCY'), 'CURRENCIES');
  assert.equal(pluralNoun('ATTORNEY'), 'ATTORNEYS');
  assert.equal(pluralNoun('WITNESS'), 'WITNESSES');
  assert.equal(pluralNoun('TAX'), 'TAXES');
  assert.equal(pluralNoun('CHURCH'), 'CHURCHES');
  assert.equal(pluralNoun('TROOPS'), null);
  assert.equal(pluralNoun('F-16'), null);
});
