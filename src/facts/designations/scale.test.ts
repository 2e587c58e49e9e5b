import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedFile, skipUnlessShared } from '../../testing/shared.js';
import { createPartnershipScale, labelVariants, normaliseLabel, parseScaleRows } from './scale.js';

const LEVELS = 'reference/partnerships/china-partnership-levels.tsv';

function sharedScale() {
  const path = sharedFile(LEVELS);
  assert.ok(path);
  const rows = parseScaleRows(readFileSync(path, 'utf8'), path);
  assert.deepEqual(rows.errors, []);
  return { scale: createPartnershipScale(rows.value), rows: rows.value };
}

test('normalisation: case, quotes, dashes, spaces around hyphens, a leading article, notes', () => {
  assert.equal(
    normaliseLabel('an “All – Weather  Strategic Partnership”.'),
    'all-weather strategic partnership',
  );
  assert.equal(normaliseLabel('global partnership (French rendering)'), 'global partnership');
});

test('rewrites are tried fewest first', () => {
  const variants = labelVariants('all-time and comprehensive strategic partnership for a new era');
  assert.equal(variants[0], 'all-time and comprehensive strategic partnership for a new era');
  assert.ok(variants.includes('all-weather comprehensive strategic partnership'));
  assert.equal(new Set(variants).size, variants.length);
});

test('a small scale: labels beat colliding aliases, unknown labels do not match', () => {
  const scale = createPartnershipScale([
    {
      label: 'comprehensive strategic cooperative partnership',
      rank: 2,
      aliases: ['comprehensive strategic partnership'],
    },
    { label: 'comprehensive strategic partnership', rank: 3, aliases: ['CSP'] },
    { label: 'community with a shared future', rank: null, aliases: [] },
  ]);
  assert.deepEqual(scale.match('Comprehensive Strategic Partnership'), {
    level: 'comprehensive strategic partnership',
    rank: 3,
  });
  assert.deepEqual(scale.match('community with a shared future'), {
    level: 'community with a shared future',
    rank: null,
  });
  assert.equal(scale.match('eternal friendship'), null);
  assert.equal(scale.match(''), null);
});

test('the reference ladder: seed wordings reach their levels', { skip: skipUnlessShared(LEVELS) }, () => {
  const { scale, rows } = sharedScale();
  assert.equal(rows.length, 26);
  assert.deepEqual(scale.match('comprehensive strategic partnership'), {
    level: 'comprehensive strategic partnership',
    rank: 3,
  });
  assert.deepEqual(scale.match('all-weather strategic partnership'), {
    level: 'all-weather strategic partnership',
    rank: 1,
  });
  assert.deepEqual(scale.match('all-time and comprehensive strategic partnership'), {
    level: 'all-weather comprehensive strategic partnership',
    rank: 1,
  });
  assert.equal(
    scale.match('strategic partnership of coordination')?.level,
    'partnership of strategic coordination',
  );
  assert.equal(scale.match('all-round strategic partnership')?.level, 'all-round strategic partnership');
  assert.equal(scale.match('community of shared future')?.rank, null);
  assert.equal(scale.match('strategic partnership')?.rank, 5);
});

test('scale rows: the data/partnerships format with schemes, and bad ranks reported', () => {
  const text =
    '# c\nscheme\tlabel\trank\taliases\nCHN\tstrategic partnership\t5\tSP|strategic partners\nRUS\tprivileged partnership\t2\t\nCHN\tbad\tfirst\t\n';
  const { value, errors } = parseScaleRows(text, 'scale.tsv', 'CHN');
  assert.deepEqual(
    value.map((r) => [r.label, r.rank, r.aliases]),
    [['strategic partnership', 5, ['SP', 'strategic partners']]],
  );
  assert.match(errors[0] ?? '', /^scale\.tsv:5: rank 'first'/);
});
