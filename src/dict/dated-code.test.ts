import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeOnDate, dictDateToIso, formatDatedCode, parseDatedCode, type DatedCode } from './dated-code.js';

const code = (inner: string): DatedCode => {
  const r = parseDatedCode(inner);
  assert.ok('code' in r && r.code, `expected a code from [${inner}]`);
  return r.code;
};

test('6- and 8-digit dates; two-digit years 00-30 are 20yy, 31-99 are 19yy', () => {
  assert.equal(dictDateToIso('940720'), '1994-07-20');
  assert.equal(dictDateToIso('011222'), '2001-12-22');
  assert.equal(dictDateToIso('300101'), '2030-01-01');
  assert.equal(dictDateToIso('310101'), '1931-01-01');
  assert.equal(dictDateToIso('19270101'), '1927-01-01');
  assert.equal(dictDateToIso('20120229'), '2012-02-29');
});

test('impossible dates are refused', () => {
  for (const bad of [
    '20100229',
    '20100931',
    '9008223',
    '201005011',
    '1920030320',
    '000000',
    '20121301',
    'abcdef',
  ]) {
    assert.equal(dictDateToIso(bad), null, bad);
  }
});

test('the four code forms, with the spaces the PETRARCH suite uses', () => {
  assert.deepEqual(code('BLRGOV'), { code: 'BLRGOV', from: null, to: null, isDefault: true });
  assert.deepEqual(code('CHNGOV >20121115'), {
    code: 'CHNGOV',
    from: '2012-11-15',
    to: null,
    isDefault: false,
  });
  assert.deepEqual(code('HOB < 950601'), { code: 'HOB', from: null, to: '1995-06-01', isDefault: false });
  assert.deepEqual(code('HOBGOV 19950601 - 19990815'), {
    code: 'HOBGOV',
    from: '1995-06-01',
    to: '1999-08-15',
    isDefault: false,
  });
  assert.deepEqual(code('ELR/GAL'), { code: 'ELR/GAL', from: null, to: null, isDefault: true });
  assert.equal(formatDatedCode(code('AFGGOV 780427-780430')), '[AFGGOV 19780427-19780430]');
});

test('a typo in a date is a warning and skips the code; garbage is an error', () => {
  const typo = parseDatedCode('ARMUNR 9008223-911221');
  assert.ok('warning' in typo && !typo.code);
  const backwards = parseDatedCode('EGYGOV 20121207-20120802');
  assert.ok('warning' in backwards && !backwards.code);
  const lone = parseDatedCode('MNEGOV 20121204');
  assert.ok('code' in lone && lone.code?.from === '2012-12-04' && lone.warning);
  assert.ok('error' in parseDatedCode('BLR GOV'));
  assert.ok('error' in parseDatedCode('BLR$GOV'));
  assert.ok('error' in parseDatedCode(''));
});

test('the dated code that started latest wins; the default applies when none does', () => {
  // The PETRARCH validation suite's SAM_GAMGEE entry.
  const codes = [
    'HOB',
    'HOBCIV <20080120',
    'ORCHOB 20100109-20100112',
    'HOBMIL 20080120-20121109',
    'HOBGOV 20121109-20130119',
    'HOBELI >20130119',
  ].map(code);
  assert.equal(codeOnDate(codes, '1995-01-04'), 'HOBCIV');
  assert.equal(codeOnDate(codes, '2010-01-06'), 'HOBMIL');
  assert.equal(codeOnDate(codes, '2010-01-12'), 'ORCHOB');
  assert.equal(codeOnDate(codes, '2010-01-13'), 'HOBMIL');
  assert.equal(codeOnDate(codes, '2012-11-09'), 'HOBGOV');
  assert.equal(codeOnDate(codes, '2020-01-01'), 'HOBELI');
  const hamfast = ['HOB', 'HOBGOV 20121109-20130119'].map(code);
  assert.equal(codeOnDate(hamfast, '1995-01-04'), 'HOB');
  assert.equal(codeOnDate(hamfast, '2012-11-09'), 'HOBGOV');
});

test('a trailing default does not override dated codes (unlike PETRARCH 2)', () => {
  const lukashenka = ['BLRELI 720101-000101', 'BLRGOV >940720', 'BLRELI'].map(code);
  assert.equal(codeOnDate(lukashenka, '2023-12-07'), 'BLRGOV');
  assert.equal(codeOnDate(lukashenka, '1993-01-01'), 'BLRELI');
  assert.equal(codeOnDate(lukashenka, null), 'BLRELI');
});

test('without a date and without a default, the most recent role; no codes → null', () => {
  assert.equal(codeOnDate(['USRBLR <910825', 'BLRUNR 910825-911221', 'BLR >911221'].map(code), null), 'BLR');
  assert.equal(codeOnDate(['ONO <911226'].map(code), '2000-01-01'), null);
  assert.equal(codeOnDate([], '2000-01-01'), null);
});
