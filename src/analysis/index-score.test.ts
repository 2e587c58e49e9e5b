import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { indexPoint } from './index-score.js';
import type { Level } from './level.js';
import { fillSeries } from './series.js';
import { metrics, type EventSpec } from './testing.js';

const none: Level = { score: 0, entry: null };
const top: Level = { score: 1, entry: null };
const period = (events: readonly EventSpec[]) => fillSeries([metrics('2024-01-01', events)], 'month')[0]!;

describe('relationship index', () => {
  test('no events: only the level counts', () => {
    const p = fillSeries([], 'month', { from: '2024-01-01', to: '2024-01-01' })[0]!;
    assert.equal(indexPoint(p, none).index, 0);
    assert.equal(indexPoint(p, top).index, 20);
    assert.equal(indexPoint(p, none).components.tone, null);
    assert.equal(indexPoint(p, none).components.balance, null);
  });

  test('cooperation raises it, conflict lowers it, and more evidence counts more', () => {
    const coop = indexPoint(period([{ quad: 1, goldstein: 5 }]), none);
    const conflict = indexPoint(period([{ quad: 4, goldstein: -10 }]), none);
    assert.ok(coop.index > 0);
    assert.ok(conflict.index < 0);
    const many = indexPoint(
      period(Array.from({ length: 10 }, () => ({ quad: 1 as const, goldstein: 5 }))),
      none,
    );
    assert.ok(many.index > coop.index, 'ten reports of cooperation weigh more than one');
    const reported = indexPoint(period([{ quad: 1, goldstein: 5, mentions: 20 }]), none);
    assert.ok(reported.index > coop.index, 'a much-reported event weighs more');
    assert.ok(reported.index < many.index, 'but less than ten distinct events');
    // One event, Goldstein 5, quad 1: T = 0.5, B = 1, C = 1/4, E = 0.1875.
    assert.ok(Math.abs(coop.index - 100 * 0.8 * 0.1875) < 1e-9);
    assert.equal(coop.components.confidence, 0.25);
  });

  test('property: the index and its components stay in their bounds', () => {
    const event = fc.record({
      quad: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      goldstein: fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: null }),
      mentions: fc.integer({ min: 1, max: 100_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (events, score) => {
          const p = indexPoint(period(events), { score, entry: null });
          assert.ok(p.index >= -100 && p.index <= 100, `index ${p.index}`);
          assert.ok(p.index >= -80 - 1e-9, 'the level only adds');
          const c = p.components;
          for (const x of [c.tone, c.balance, c.eventScore]) if (x !== null) assert.ok(x >= -1 && x <= 1);
          assert.ok(c.confidence >= 0 && c.confidence < 1);
        },
      ),
    );
  });
});
