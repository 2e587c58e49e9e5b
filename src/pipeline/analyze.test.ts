/** Analysing articles one by one and in groups (stage by stage): the same analyses, failures kept apart. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../cli/engine.js';
import type { Coder } from '../coding/coder.js';
import {
  createAnalyzer,
  loadFactsSetup,
  storedParts,
  tryAnalyzeGroup,
  type AnalysisInput,
} from './analyze.js';
import { ARTICLE_GROUP, groupArticles, groupComplete } from './group.js';

const examples = fileURLToPath(new URL('../../examples/', import.meta.url));

/** The example articles (front matter left in: it is text to the reader) and some short items. */
function inputs(): AnalysisInput[] {
  const files = readdirSync(examples).filter((f) => /^\d{4}-\d\d-\d\d-.*\.md$/.test(f));
  const stories = files.map((f) => ({ text: readFileSync(examples + f, 'utf8'), published: f.slice(0, 10) }));
  const items = [
    {
      text: 'Chinese President Xi Jinping met Alexander Lukashenko in Beijing on Monday.',
      published: '2023-12-07',
    },
    { text: 'Nothing happened here.', published: null },
    { text: 'The EU imposed sanctions on Belarus in 2020, and Minsk protested.', published: '2021-01-15' },
  ];
  // short items between the stories, as a feed mixes them
  return stories.flatMap((s, i) => [s, items[i % items.length]!]);
}

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('analyzeGroup', () => {
  const engine = createEngine();

  test('gives each article the analysis analyze gives it alone', () => {
    const all = inputs();
    assert.ok(all.length >= 20, String(all.length));
    const grouped = engine.analyzer.analyzeGroup(all);
    assert.equal(grouped.length, all.length);
    let events = 0;
    grouped.forEach((r, i) => {
      assert.ok(r.ok, `article ${i}`);
      const alone = engine.analyzer.analyze(all[i]!);
      assert.deepEqual(asJson(storedParts(r.analysis)), asJson(storedParts(alone)), `article ${i}`);
      assert.deepEqual(asJson(r.analysis.skipped), asJson(alone.skipped), `article ${i}`);
      events += r.analysis.events.length;
    });
    assert.ok(events > 20, `${events} events`);
  });

  test('an article failing at reading is reported in its place; the others are analysed', () => {
    const good = {
      text: 'Chinese President Xi Jinping met Alexander Lukashenko in Minsk.',
      published: '2023-12-07',
    };
    const outcomes = tryAnalyzeGroup(engine.analyzer, [
      good,
      { text: 'Xi met Lukashenko.', published: 'not a date' },
      good,
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.ok),
      [true, false, true],
    );
    assert.match(outcomes[1]!.ok ? '' : outcomes[1]!.message, /YYYY-MM-DD/);
    assert.ok(outcomes[2]!.ok && outcomes[2]!.analysis.events.length > 0);
  });

  test('an article failing at coding is reported in its place; the others are analysed', () => {
    const coder: Coder = {
      verbs: engine.coder.verbs,
      code: (reading, options) => {
        if (reading.text.includes('Gondor')) throw new Error('the coder gave up on Gondor');
        return engine.coder.code(reading, options);
      },
    };
    const analyzer = createAnalyzer(engine.reader, coder, loadFactsSetup(engine.dicts));
    const results = analyzer.analyzeGroup([
      { text: 'Xi met Lukashenko in Minsk.', published: '2023-12-07' },
      { text: 'Arnor attacked Gondor.', published: '2023-12-07' },
      { text: 'Belarus and China signed an agreement.', published: '2023-12-07' },
    ]);
    assert.deepEqual(
      results.map((r) => r.ok),
      [true, false, true],
    );
    assert.match(String(results[1]!.ok ? '' : results[1]!.error), /gave up on Gondor/);
    assert.equal(analyzer.analyzeGroup([]).length, 0);
  });
});

describe('groupArticles', () => {
  const item = (chars: number): { text: string } => ({ text: 'x'.repeat(chars) });

  test('closes a group at the article or character bound, keeping order', () => {
    const short = Array.from({ length: ARTICLE_GROUP.maxArticles + 1 }, (_, i) => ({ text: `item ${i}` }));
    const groups = groupArticles(short);
    assert.deepEqual(
      groups.map((g) => g.length),
      [ARTICLE_GROUP.maxArticles, 1],
    );
    assert.deepEqual(groups.flat(), short);

    const half = ARTICLE_GROUP.maxChars / 2;
    assert.deepEqual(
      groupArticles([item(half - 1), item(half + 1), item(10), item(10)]).map((g) => g.length),
      [2, 2],
    );
  });

  test('a long article makes a group of its own; nothing makes an empty group', () => {
    const long = item(ARTICLE_GROUP.maxChars * 3);
    assert.deepEqual(
      groupArticles([long, long, item(5)]).map((g) => g.length),
      [1, 1, 1],
    );
    assert.deepEqual(groupArticles([]), []);
    assert.equal(groupComplete(0, 0), false);
    assert.equal(groupComplete(1, ARTICLE_GROUP.maxChars), true);
  });
});
