/**
 * Runs the recognizer over the VOA stories in ../shared (skipped when absent) and checks the
 * invariants on real text: spans slice back, values finite, no year-like counts, no overlaps.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sharedFile, skipUnlessShared } from '../../testing/shared.js';
import { recognizeQuantities } from './index.js';
import { naiveSentences } from './testing.js';

const STORIES = 'corpus/voa/stories.jsonl';

test('VOA stories: invariants hold on real text', { skip: skipUnlessShared(STORIES) }, () => {
  const lines = readFileSync(sharedFile(STORIES) ?? '', 'utf8')
    .split('\n')
    .filter(Boolean);
  let total = 0;
  for (const line of lines) {
    const story = JSON.parse(line) as { text?: string };
    const text = (story.text ?? '').normalize('NFC');
    const mentions = recognizeQuantities(text, naiveSentences(text));
    total += mentions.length;
    let previousEnd = -1;
    for (const m of mentions) {
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.ok(Number.isFinite(m.quantity.value));
      assert.ok(m.start >= previousEnd, `overlap at ${m.text}`);
      previousEnd = m.end;
      if (m.rule === 'quantities/count') {
        assert.ok(!/^\d{4}\b/.test(m.text) || /,/.test(m.text), `year-like count: ${m.text}`);
      }
    }
  }
  assert.ok(total > 0);
});
