import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport } from './format.js';
import { readGoldFile } from './read-gold.js';
import { scoreGold } from './score.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

test('the text report has the level table, categories, records, misses and violations', () => {
  const gold = readGoldFile(join(fixtures, 'tiny.gold.json'));
  const report = scoreGold(
    gold,
    new Map([
      [
        'tiny-article',
        {
          events: [
            {
              code: '042',
              sources: [{ code: 'CHLGOV' }],
              targets: [{ code: 'NOR' }],
              date: { start: '2024-05-02', end: '2024-05-02', value: '2024-05-02' },
            },
            {
              code: '010',
              sources: [{ code: 'NOR' }],
              targets: [{ code: 'CHL' }],
              evidence: { text: 'Norway has about 5.5 million inhabitants.', start: 0, end: 41 },
              rule: { id: 'verbs/test:1' },
            },
          ],
        },
      ],
    ]),
  );
  const text = formatReport(report, { maxRows: 2 });
  const lines = text.split('\n');
  assert.equal(lines[0], 'Gold: tiny.gold.json (seed, actors compared: country)');
  assert.ok(
    lines.some((l) => /^root\s+1\s+1\s+4\s+0\.500\s+0\.200\s+0\.286$/.test(l)),
    text,
  );
  assert.ok(lines.some((l) => l.startsWith('category')));
  assert.ok(lines.some((l) => l.startsWith('04 CONSULT')));
  assert.ok(lines.some((l) => /^Misses \(first 2 of 4\)$/.test(l)));
  assert.ok(lines.some((l) => /NOR→CHL 010 root \[verbs\/test:1\]/.test(l)));
  assert.ok(lines.some((l) => /^Events where none belong \(1\)$/.test(l)));
  assert.ok(lines.some((l) => /^Facts: TP 0 {2}FP 0 {2}FN 1 {2}P — {2}R 0\.000 {2}F1 0\.000$/.test(l)));
  assert.ok(text.endsWith('\n'));
});
