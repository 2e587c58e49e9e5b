import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { DateMention } from '../../core/types.js';
import { sharedFile, skipUnlessShared } from '../../testing/shared.js';
import { recognizeDates, type SentenceSpan } from './recognize.js';
import { dateBounds } from './values.js';

const VOA = 'corpus/voa/stories.jsonl';
const SEED = 'corpus/seed/belarus-china-relations.txt';

/** Naive sentence spans: breaks after . ! ? before a capital, and at line breaks. */
function sentencesOf(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const breaks = /[.!?]["”’]?\s+(?=["“]?[A-Z])|\n+/g;
  let start = 0;
  for (const m of text.matchAll(breaks)) {
    const end = m.index + m[0].length;
    spans.push({ index: spans.length, start, end });
    start = end;
  }
  if (start < text.length) spans.push({ index: spans.length, start, end: text.length });
  return spans;
}

function checkAll(text: string, mentions: readonly DateMention[]): void {
  for (const m of mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(m.date, `${m.text} resolved`);
    assert.deepEqual(dateBounds(m.date.value), {
      precision: m.date.precision,
      start: m.date.start,
      end: m.date.end,
    });
  }
}

test(
  'VOA stories: every mention slices back and resolves consistently',
  { skip: skipUnlessShared(VOA) },
  () => {
    const path = sharedFile(VOA);
    assert.ok(path);
    let stories = 0;
    let total = 0;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const story = JSON.parse(line) as { text?: string; published?: string };
      const text = story.text ?? '';
      const published = /^\d{4}-\d{2}-\d{2}/.exec(story.published ?? '')?.[0] ?? null;
      const mentions = recognizeDates(text, sentencesOf(text), published);
      if (published) checkAll(text, mentions);
      stories += 1;
      total += mentions.length;
    }
    assert.ok(stories > 0);
    assert.ok(total > stories, `${total} mentions in ${stories} stories`);
  },
);

test('seed article: the analyst-relevant dates are read', { skip: skipUnlessShared(SEED) }, () => {
  const path = sharedFile(SEED);
  assert.ok(path);
  const text = readFileSync(path, 'utf8');
  const mentions = recognizeDates(text, sentencesOf(text), '2023-12-07');
  checkAll(text, mentions);
  const values = new Set(mentions.map((m) => m.date?.value));
  for (const v of [
    '2023-12-04',
    '2023-03',
    '2023-08',
    '2023-12',
    '1991',
    '1994-summer',
    '2015-07',
    '2000/2019',
    '2023-Q1/2023-Q3',
  ]) {
    assert.ok(values.has(v), `expected a mention valued ${v}`);
  }
  // Nothing in the article is dated after its publication.
  for (const m of mentions)
    assert.ok((m.date?.start ?? '') <= '2023-12-07', `${m.text} is not in the future`);
});
