import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseActorFile } from './actor-file.js';

const SAMPLE = [
  '# a comment line',
  '<!-- an XML comment',
  'spanning lines -->',
  'BELARUS_  [BLR]  # inline comment',
  '+BELARUSIAN_',
  '+REPUBLIC_OF_BELARUS_',
  '',
  'ALYAKSANDR_LUKASHENKA_  ; legacy comment',
  '\t[BLRELI 720101-000101]',
  '\t[BLRGOV >940720]',
  '\t[BLRELI]',
  'B._LYNN_PASCOE_\t [USAGOV 041018-070201] [IGOUNO  >070201]',
  'ARGENTIN [ARG]',
  'U.N._',
].join('\n');

test('primary phrases, synonyms, code lines, inline codes and comments', () => {
  const r = parseActorFile(SAMPLE, 'test.actors.txt');
  assert.deepEqual(r.errors, []);
  const [belarus, luka, pascoe, argentin, un] = r.value.entries;
  assert.equal(belarus?.id, 'test.actors.txt:4');
  assert.equal(belarus?.name, 'BELARUS');
  assert.equal(belarus?.kind, 'country');
  assert.deepEqual(
    belarus?.phrases.map((p) => [p.text, p.line, p.exact]),
    [
      ['BELARUS', 4, true],
      ['BELARUSIAN', 5, true],
      ['REPUBLIC_OF_BELARUS', 6, true],
    ],
  );
  assert.deepEqual(
    luka?.codes.map((c) => [c.code, c.from, c.to, c.isDefault]),
    [
      ['BLRELI', '1972-01-01', '2000-01-01', false],
      ['BLRGOV', '1994-07-20', null, false],
      ['BLRELI', null, null, true],
    ],
  );
  assert.equal(luka?.kind, 'person');
  assert.deepEqual(
    pascoe?.codes.map((c) => c.code),
    ['USAGOV', 'IGOUNO'],
  );
  assert.equal(argentin?.phrases[0]?.exact, false);
  assert.equal(un?.kind, 'none');
  assert.deepEqual(r.warnings, ['test.actors.txt:14: actor "U.N." has no code']);
});

test('every bad line of a file is reported with file:line, in one run', () => {
  const text = [
    '\t[BLRGOV]', // 1: code before any entry
    '+ORPHAN_SYNONYM', // 2: synonym before any entry
    'GOOD_ENTRY [ABC]', // 3
    '\t[BLR GOV]', // 4: bad restriction
    '\t[BLRGOV >940720', // 5: no closing bracket
    'ANOTHER [XYZ] [', // 6: unclosed second group
    '+_', // 7: empty synonym
    '\t[BLRGOV 9008223-911221]', // 8: impossible date → warning only
    '<!-- never closed', // 9
  ].join('\n');
  const r = parseActorFile(text, 'bad.txt');
  assert.deepEqual(
    r.errors.map((e) => e.slice(0, e.indexOf(': '))),
    ['bad.txt:9', 'bad.txt:1', 'bad.txt:2', 'bad.txt:4', 'bad.txt:5', 'bad.txt:6', 'bad.txt:7'],
  );
  for (const e of r.errors) assert.match(e, /^bad\.txt:\d+: \S/);
  assert.ok(r.warnings.some((w) => w.startsWith('bad.txt:8: impossible date')));
});

test('the parser never throws, whatever the input', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      const r = parseActorFile(s, 'fuzz.txt');
      return Array.isArray(r.errors) && Array.isArray(r.value.entries);
    }),
  );
});
