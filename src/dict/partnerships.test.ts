import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDictionaries } from './load.js';

const { partnerships } = loadDictionaries();

test("China's ladder ranks labels; aliases find their label", () => {
  const top = partnerships.label('CHN', 'all-weather comprehensive strategic partnership');
  assert.equal(top?.rank, 1);
  const csp = partnerships.label('CHN', 'comprehensive strategic partnership');
  assert.ok((csp?.rank ?? 0) > 1);
  assert.ok(partnerships.scale.every((l) => l.source.length > 0 || l.scheme !== 'CHN'));
});

test('Belarus: dated upgrades and SCO statuses, with sources', () => {
  const blr = partnerships.events.filter((e) => e.actor === 'CHN' && e.partner === 'BLR');
  assert.ok(
    blr.some(
      (e) =>
        e.date === '2022-09-15' && e.labelCanonical === 'all-weather comprehensive strategic partnership',
    ),
  );
  for (const e of blr) assert.ok(e.source.length > 0);
  assert.deepEqual(
    partnerships.statusOn('IGOSCO', 'BLR', '2020-01-01').map((s) => s.status),
    ['observer'],
  );
  assert.ok(partnerships.statusOn('IGOSCO', 'BLR', '2024-12-01').some((s) => s.status === 'member'));
  assert.ok(partnerships.orgs.some((o) => o.code === 'IGOEAEU'));
});
