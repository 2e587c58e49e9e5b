/** dyad code --jsonl, run as a user runs it: one output line per input line, in order, errors in place. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDyad } from '../../testing/cli.js';
import { createEngine } from '../engine.js';
import { codeText } from './code.js';
import { ARTICLE_GROUP } from '../../pipeline/group.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-code-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('dyad code --jsonl codes every line in order, across groups, and reports bad lines in their place', async () => {
  const sentences = [
    'Chinese President Xi Jinping met Alexander Lukashenko in Beijing on Monday.',
    'Belarus and China signed an agreement on trade.',
    'The EU imposed sanctions on Belarus, and Minsk protested.',
    'Nothing happened here.',
  ];
  // more lines than one group holds, so that lines are coded in more than one group
  const good = Array.from({ length: ARTICLE_GROUP.maxArticles + 6 }, (_, i) => ({
    id: `s${i}`,
    text: sentences[i % sentences.length]!,
    date: i % 2 === 0 ? '2023-12-07' : '20240302',
  }));
  const lines = good.map((r) => JSON.stringify(r));
  lines.splice(3, 0, '{"id":"broken",');
  lines.splice(10, 0, '');
  lines.splice(20, 0, JSON.stringify({ id: 'no-text', date: '2023-12-07' }));
  lines.splice(70, 0, JSON.stringify({ id: 'bad-date', text: sentences[0], date: 'yesterday' }));
  const file = join(dir, 'in.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');

  const r = await runDyad('code', '--jsonl', file);
  assert.equal(r.code, 1, r.stderr);
  const out = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: unknown; events?: unknown[]; error?: string });
  // the blank line gives nothing; every other line gives one output line, in input order
  assert.deepEqual(
    out.map((o) => o.id),
    lines
      .filter((l) => l !== '')
      .map((l) => (l.startsWith('{"id":"broken"') ? null : (JSON.parse(l) as { id: string }).id)),
  );
  const errors = out.filter((o) => o.error !== undefined);
  assert.deepEqual(
    errors.map((o) => o.error!.replace(/^.*in\.jsonl:/, '')).map((e) => e.split(':')[0]),
    ['4', '21', '71'],
  );
  assert.match(errors[1]!.error!, /no "text" string/);
  assert.match(errors[2]!.error!, /date/);

  const engine = createEngine();
  const coded = new Map(out.map((o) => [o.id, o]));
  for (const g of good) {
    const published =
      g.date.length === 8 ? `${g.date.slice(0, 4)}-${g.date.slice(4, 6)}-${g.date.slice(6)}` : g.date;
    assert.deepEqual(coded.get(g.id)!.events, codeText(engine, g.text, published), g.id);
  }
  assert.ok(out.some((o) => (o.events?.length ?? 0) > 0));
});
