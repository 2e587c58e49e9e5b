import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DyadError } from '../core/errors.js';
import { parseKinds, parseUnits } from './kinds.js';
import { loadFactTables } from './load.js';
import { throwIfErrors } from './tsv.js';
import { parseWords } from './words.js';

const HEADER = 'id\tkind\tunits\ttriggers\tneeds\tunless\tdirection\tflags';

test('the shipped tables load, with unique rule ids and every kind the brief names', () => {
  const tables = loadFactTables();
  const kinds = new Set(tables.rules.map((r) => r.kind));
  for (const kind of [
    'trade_volume',
    'trade_growth',
    'exports',
    'imports',
    'investment',
    'investment_growth',
    'financing',
    'aid',
    'trade_partner_rank',
    'project_value',
    'count',
    'share',
    'area',
  ]) {
    assert.ok(kinds.has(kind), kind);
  }
  assert.equal(new Set(tables.rules.map((r) => r.id)).size, tables.rules.length);
  assert.ok(Object.isFrozen(tables.rules) && Object.isFrozen(tables.words));
  assert.ok(tables.rules.every((r) => /kinds\.tsv:\d+$/.test(r.entry)));
});

test('a good row parses into a rule', () => {
  const text = `# comment\n${HEADER}\ntrade_volume/money\ttrade_volume\tmoney\ttrade|trade volume\t-\ttariff\tnone\t-\n`;
  const { value, errors } = parseKinds(text, 'k.tsv');
  assert.deepEqual(errors, []);
  const [rule] = value;
  assert.ok(rule);
  assert.equal(rule.entry, 'k.tsv:3');
  assert.deepEqual(
    rule.triggers.map((t) => t.words),
    [['trade'], ['trade', 'volume']],
  );
  assert.deepEqual(rule.units, { class: 'money' });
  assert.equal(rule.needsChange, false);
});

test('bad rows are reported with file:line', () => {
  const rows = [
    'bad id\tx\tmoney\ttrade\t-\t-\tnone\t-',
    'a/b\tkind\tcubits\ttrade\t-\t-\tnone\t-',
    'a/c\tkind\tmoney\t-\t-\t-\tnone\t-',
    'a/d\tkind\tmoney\ttrade\tsometimes\t-\tnone\t-',
    'a/e\tkind\tmoney\ttrade\t-\t-\tsideways\t-',
    'a/f\tkind\tmoney\ttrade\t-\t-\tnone\tshiny',
    'a/g\tkind\tmoney\ttrade',
    'a/h\tkind\tmoney\ttrade\t-\t-\tnone\t-',
    'a/h\tkind\tmoney\ttrade\t-\t-\tnone\t-',
  ];
  const { value, errors } = parseKinds([HEADER, ...rows].join('\n'), 'k.tsv');
  assert.deepEqual(
    errors.map((e) => e.split(': ')[0]),
    ['k.tsv:2', 'k.tsv:3', 'k.tsv:4', 'k.tsv:5', 'k.tsv:6', 'k.tsv:7', 'k.tsv:8', 'k.tsv:10'],
  );
  assert.deepEqual(
    value.map((r) => r.id),
    ['a/h'],
  );
  assert.throws(
    () => throwIfErrors(errors),
    (e: unknown) => e instanceof DyadError && e.input === 'k.tsv:2',
  );
});

test('a missing header column is reported on the header line', () => {
  const { errors } = parseKinds('# c\nid\tkind\n', 'k.tsv');
  assert.match(errors[0] ?? '', /^k\.tsv:2: header lacks column\(s\) units/);
});

test('unit specs', () => {
  assert.deepEqual(parseUnits('rank>rank (imports)'), { class: 'rank', output: 'rank (imports)' });
  assert.deepEqual(parseUnits('noun:Visits|trips'), { class: 'noun', heads: ['visits', 'trips'] });
  assert.equal(typeof parseUnits('noun:'), 'string');
  assert.equal(typeof parseUnits('rank>'), 'string');
});

test('word sets: unknown sets and bad values are reported with file:line', () => {
  const text =
    'set\tphrase\tvalue\nchange\trose\t+1\nchange\tfell\tdown\ncolour\tred\t-\nordinal\tfirst\t0\nannual\t-\t-\n';
  const { value, errors } = parseWords(text, 'w.tsv');
  assert.deepEqual(
    errors.map((e) => e.split(': ')[0]),
    ['w.tsv:3', 'w.tsv:4', 'w.tsv:5', 'w.tsv:6'],
  );
  assert.deepEqual(
    value.change.map((p) => [p.text, p.value]),
    [['rose', '+1']],
  );
});
