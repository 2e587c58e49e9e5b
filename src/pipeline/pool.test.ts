/** The analysis pool (`dyad ingest --jobs N`): same results as one thread, in order, and clear failures. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../cli/engine.js';
import { readerVersion } from '../cli/reader-version.js';
import { storedParts } from './analyze.js';
import { DyadError } from '../core/errors.js';
import { createAnalyzerPool, MAX_AUTO_JOBS, parseJobs, type AnalyzerPool } from './pool.js';

describe('parseJobs', () => {
  test('takes a positive whole number or "auto"', () => {
    assert.equal(parseJobs('1'), 1);
    assert.equal(parseJobs('3'), 3);
    const auto = parseJobs('auto');
    assert.ok(auto >= 1 && auto <= MAX_AUTO_JOBS, String(auto));
  });

  test('names the option on anything else', () => {
    for (const bad of ['0', '-2', '1.5', 'two', '', '1000', ' 2']) {
      assert.throws(
        () => parseJobs(bad),
        (e: unknown) => e instanceof DyadError && /^--jobs: /.test(e.message),
        bad,
      );
    }
  });
});

describe('createAnalyzerPool', () => {
  let pool: AnalyzerPool;
  before(async () => {
    pool = await createAnalyzerPool(2);
  });
  after(() => pool.close());

  test('workers give what the analyzer gives in this thread, article by article, in the order asked', async () => {
    const engine = createEngine();
    const texts = [
      {
        text: 'Chinese President Xi Jinping met Alexander Lukashenko in Beijing on Monday.',
        published: '2023-12-07',
      },
      {
        text: 'Belarus and China signed an agreement on trade. Russia condemned the sanctions.',
        published: '2024-03-02',
      },
      { text: 'Nothing happened here.', published: null },
      { text: 'The EU imposed sanctions on Belarus in 2020, and Minsk protested.', published: '2021-01-15' },
    ];
    const outcomes = await Promise.all(texts.map((t) => pool.analyze(t)));
    assert.equal(pool.readerVersion, readerVersion(engine));
    outcomes.forEach((outcome, i) => {
      assert.ok(outcome.ok, `article ${i}`);
      const here = engine.analyzer.analyze(texts[i]!);
      // structured clone keeps values, not freezing: compare as JSON
      assert.deepEqual(
        JSON.parse(JSON.stringify(outcome.analysis)),
        JSON.parse(JSON.stringify(storedParts(here))),
        `article ${i}`,
      );
    });
    assert.ok(outcomes[0]!.ok && outcomes[0]!.analysis.events.length > 0, 'the first article has events');
  });

  test('a group goes to a worker as one message and comes back article by article, failures in place', async () => {
    const engine = createEngine();
    const good = [
      { text: 'Belarus and China signed an agreement on trade.', published: '2024-03-02' },
      { text: 'Chinese President Xi Jinping met Alexander Lukashenko in Minsk.', published: '2023-12-07' },
    ];
    const group = [good[0]!, { text: 'Xi met Lukashenko.', published: 'not a date' }, good[1]!];
    const [outcomes, again, empty] = await Promise.all([
      pool.analyzeGroup(group),
      pool.analyzeGroup(good),
      pool.analyzeGroup([]),
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.ok),
      [true, false, true],
    );
    assert.match(outcomes[1]!.ok ? '' : outcomes[1]!.message, /YYYY-MM-DD/);
    assert.deepEqual(empty, []);
    for (const [i, o] of [outcomes[0]!, outcomes[2]!].entries()) {
      assert.ok(o.ok);
      assert.deepEqual(
        JSON.parse(JSON.stringify(o.analysis)),
        JSON.parse(JSON.stringify(storedParts(engine.analyzer.analyze(good[i]!)))),
      );
      assert.deepEqual(JSON.parse(JSON.stringify(again[i])), JSON.parse(JSON.stringify(o)));
    }
  });

  test('an article that cannot be read is reported for that article, and the workers go on', async () => {
    const bad = await pool.analyze({ text: 'Xi met Lukashenko.', published: 'not a date' });
    assert.equal(bad.ok, false);
    assert.match(bad.ok ? '' : bad.message, /YYYY-MM-DD/);
    const good = await pool.analyze({ text: 'Xi met Lukashenko.', published: '2023-12-07' });
    assert.equal(good.ok, true);
  });
});

test('a pool whose workers cannot load the dictionaries fails at once, naming the folder', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'dyad-pool-'));
  try {
    await assert.rejects(createAnalyzerPool(2, { dictionaries: empty }), (e: unknown) => {
      assert.ok(e instanceof DyadError);
      assert.ok(e.message.includes(empty), e.message);
      return true;
    });
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
