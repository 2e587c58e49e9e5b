import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDictionaries } from '../dict/index.js';
import type { StoredDesignation } from '../store/types.js';
import { designationEntries, levelAt, rankScore, referenceEntries, type LevelEntry } from './level.js';

const entry = (day: string, rank: number, stated = true): LevelEntry => ({
  day,
  rank,
  label: `rank ${rank}`,
  stated,
  source: 'designation',
  designation: null,
  reference: null,
});

describe('partnership level', () => {
  test('rank scores: 1 is the top of the ladder, none is 0', () => {
    assert.equal(rankScore(1), 1);
    assert.equal(rankScore(9), 1 / 9);
    assert.equal(rankScore(null), 0);
    assert.equal(rankScore(40), 0, 'clamped');
  });

  test('the most recent stated label holds; undated mentions only confirm or raise', () => {
    const entries = [entry('2013-07-16', 3), entry('2022-09-15', 1), entry('2023-12-07', 3, false)];
    assert.equal(levelAt(entries, '2013-01-01').entry, null);
    assert.equal(levelAt(entries, '2013-07-16').entry?.rank, 3);
    assert.equal(levelAt(entries, '2022-12-31').entry?.rank, 1);
    assert.equal(levelAt(entries, '2024-01-01').entry?.rank, 1, 'a later article recalling the old label');
    const raised = [entry('2013-07-16', 3), entry('2020-05-01', 2, false)];
    assert.equal(levelAt(raised, '2021-01-01').entry?.rank, 2);
    assert.equal(levelAt([entry('2019-01-01', 5, false)], '2019-06-01').entry?.rank, 5);
    const sameDay = [entry('2016-01-01', 4), entry('2016-01-01', 2)];
    assert.equal(levelAt(sameDay, '2016-01-01').entry?.rank, 2);
  });

  test('designations: ranked partnerships of the dyad only', () => {
    const base = {
      articleId: 'a',
      ordinal: 0,
      level: null,
      evidence: { text: 'x', start: 0, end: 1 },
      sentence: 0,
      rule: { id: 'r' },
      article: { id: 'a', title: null, url: null, published: '2023-12-07' },
      sentenceText: null,
    };
    const d = (over: Partial<StoredDesignation>): StoredDesignation => ({
      ...base,
      kind: 'partnership',
      parties: ['CHN', 'BLR'],
      label: 'l',
      rank: 3,
      date: { value: '2016', precision: 'year' },
      day: '2016-01-01',
      ...over,
    });
    const found = designationEntries(
      [
        d({}),
        d({ kind: 'membership', rank: null }),
        d({ rank: null }),
        d({ parties: ['CHN', 'RUS'] }),
        d({ date: { value: 'undated', precision: 'undated' }, day: '2023-12-07' }),
      ],
      ['BLR', 'CHN'],
    );
    assert.deepEqual(
      found.map((e) => [e.day, e.stated]),
      [
        ['2016-01-01', true],
        ['2023-12-07', false],
      ],
    );
  });

  test("reference upgrades from Dyad's partnership table", () => {
    const entries = referenceEntries(loadDictionaries().partnerships, ['BLR', 'CHN']);
    assert.ok(entries.length > 0);
    for (const e of entries) {
      assert.equal(e.source, 'reference');
      assert.match(e.reference ?? '', /^data\/partnerships\/upgrades\.tsv:\d+$/);
      assert.match(e.day, /^\d{4}-\d{2}-\d{2}$/);
    }
    assert.equal(levelAt(entries, '2023-01-01').entry?.rank, 1, 'all-weather by 2023');
    assert.deepEqual(referenceEntries(loadDictionaries().partnerships, ['BLR', 'ZZZ']), []);
  });
});
