import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { makeBundle } from '../store/fixtures.js';
import { openStore } from '../store/index.js';
import type { ImportedEvent, Store } from '../store/types.js';
import { compareDyads, dyadChanges, dyadIndex, dyadPeriods, dyadTopEvents } from './dyad.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-analysis-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function withStore(body: (store: Store) => Promise<void>): Promise<void> {
  const store = await openStore({ path: join(dir, `t${(n += 1)}.duckdb`) });
  try {
    await body(store);
  } finally {
    await store.close();
  }
}

const actor = (c: string) => ({
  code: c,
  country: c,
  sector: null,
  name: c,
  text: c,
  start: null,
  end: null,
});

function event(
  i: number,
  day: string,
  from: string,
  to: string,
  quad: 1 | 4,
  modality = 'asserted',
): ImportedEvent {
  return {
    dataset: 'gdelt',
    externalId: String(i),
    code: quad === 1 ? '042' : '190',
    root: quad === 1 ? '04' : '19',
    quad,
    goldstein: quad === 1 ? 2 : -10,
    plover: { type: null, mode: null },
    sources: [actor(from)],
    targets: [actor(to)],
    reciprocal: false,
    modality: modality as 'asserted',
    date: { value: day, precision: 'day', start: day, end: day },
    location: null,
    counts: { mentions: 1 + (i % 3), articles: 1, sources: 1 },
    sourceUrl: null,
    extra: null,
    origin: { file: 't', line: i },
  };
}

/** Twelve quiet cooperative months between ARN and GON, then a month of war. */
function history(): ImportedEvent[] {
  const out: ImportedEvent[] = [];
  let i = 0;
  for (let m = 1; m <= 12; m += 1) {
    const month = String(m).padStart(2, '0');
    for (let k = 0; k < 4; k += 1)
      out.push(event((i += 1), `2023-${month}-1${k}`, k % 2 ? 'GON' : 'ARN', k % 2 ? 'ARN' : 'GON', 1));
  }
  for (let k = 0; k < 12; k += 1) out.push(event((i += 1), `2024-01-${10 + k}`, 'MOR', 'ARN', 4));
  for (let k = 0; k < 10; k += 1) out.push(event((i += 1), `2024-01-${10 + k}`, 'ARN', 'GON', 4));
  out.push(event(i + 1, '2024-01-05', 'ARN', 'GON', 4, 'negated'));
  return out;
}

describe('dyad views', () => {
  test('series in both directions and each one, negated events left out by default', async () => {
    await withStore(async (store) => {
      await store.putImportedEvents(history());
      const both = await dyadPeriods(store, { dyad: ['ARN', 'GON'] });
      assert.equal(both.length, 13);
      assert.equal(both[0]!.events, 4);
      assert.equal(both[12]!.events, 10);
      const ab = await dyadPeriods(store, { dyad: ['ARN', 'GON'], direction: 'ab' });
      const ba = await dyadPeriods(store, { dyad: ['ARN', 'GON'], direction: 'ba' });
      assert.equal(ab[0]!.events + ba[0]!.events, 4);
      const all = await dyadPeriods(store, {
        dyad: ['ARN', 'GON'],
        modalities: ['asserted', 'negated', 'future', 'hypothetical'],
      });
      assert.equal(all[12]!.events, 11);
      const ranged = await dyadPeriods(store, { dyad: ['ARN', 'GON'], from: '2022-11-01', to: '2023-02-28' });
      assert.deepEqual(
        ranged.map((p) => p.events),
        [0, 0, 4, 4],
      );
      await assert.rejects(
        dyadPeriods(store, { dyad: ['ARN', 'GON'], interval: 'day', from: '1900-01-01', to: '2024-01-01' }),
        (e: unknown) => e instanceof DyadError && e.input === 'interval',
      );
    });
  });

  test('index with the level from designations; comparison on shared periods', async () => {
    await withStore(async (store) => {
      await store.putImportedEvents(history());
      const bundle = makeBundle(0, { groups: 1, published: '2023-06-15' });
      await store.putArticle(bundle);
      const parties = bundle.designations![0]!.parties as [string, string];
      const { points } = await dyadIndex(
        store,
        { dyad: parties, from: '2023-01-01', to: '2024-02-29' },
        null,
      );
      const levelled = points.filter((p) => p.components.level.entry !== null);
      assert.ok(levelled.length > 0, `a level for ${parties.join('-')}`);
      assert.equal(levelled[0]!.components.level.entry?.designation?.articleId, bundle.article.id);
      const [arnGon, morArn] = await compareDyads(
        store,
        [{ dyad: ['ARN', 'GON'] }, { dyad: ['MOR', 'ARN'], direction: 'ab' }],
        null,
      );
      assert.deepEqual(
        arnGon!.points.map((p) => p.period),
        morArn!.points.map((p) => p.period),
      );
      assert.ok(morArn!.points.at(-1)!.index < 0);
      assert.ok(arnGon!.points[0]!.index > 0);
    });
  });

  test('changes: the month of war, driven by the conflict events', async () => {
    await withStore(async (store) => {
      await store.putImportedEvents(history());
      const changes = await dyadChanges(store, { dyad: ['ARN', 'GON'] }, null, { drivers: 3 });
      assert.equal(changes.length, 1);
      assert.equal(changes[0]!.period, '2024-01-01');
      assert.equal(changes[0]!.drivers.length, 3);
      for (const e of changes[0]!.drivers) {
        assert.equal(e.quad, 4);
        assert.equal(e.modality, 'asserted');
      }
      const top = await dyadTopEvents(store, { dyad: ['ARN', 'GON'], from: '2023-01-01', to: '2023-01-31' });
      assert.equal(top.length, 4);
    });
  });
});
