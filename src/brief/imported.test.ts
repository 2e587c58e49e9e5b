/** A brief over imported ICEWS rows: no made-up quotes, the dataset row cited, repeated rows as one line. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ICEWS_COLUMNS } from '../ingest/events/sniff.js';
import { runDyad } from '../testing/cli.js';
import { datasetLabel, importedClaimKey } from './imported.js';

// id, day, source, code, target, story, sentence, publisher
const ROWS: readonly (readonly string[])[] = [
  ['101', '2021-04-02', 'Chile', '043', 'Peru', '9001', '2', 'Andes Wire'],
  ['102', '2021-04-02', 'Chile', '043', 'Peru', '9002', '1', 'Pacific Daily'],
  ['103', '2021-04-02', 'Chile', '043', 'Peru', '9003', '4', 'Andes Wire'],
  ['104', '2021-04-09', 'Peru', '111', 'Chile', '9010', '3', 'Lima Post'],
];

let dir: string;
let md: string;
let html: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-brief-imported-'));
  const file = join(dir, 'events.tab');
  const line = ([id, day, source, code, target, story, sentence, publisher]: readonly string[]) => {
    const cells: Readonly<Record<string, string>> = {
      'Event ID': id!,
      'Event Date': day!,
      'Source Name': source!,
      'Source Country': source!,
      'Event Text': 'event',
      'CAMEO Code': code!,
      Intensity: '0',
      'Target Name': target!,
      'Target Country': target!,
      'Story ID': story!,
      'Sentence Number': sentence!,
      Publisher: publisher!,
    };
    return ICEWS_COLUMNS.map((column) => cells[column] ?? '').join('\t');
  };
  writeFileSync(file, [ICEWS_COLUMNS.join('\t'), ...ROWS.map(line)].join('\n') + '\n');
  const db = join(dir, 'brief.duckdb');
  const imported = await runDyad('import', 'icews', file, '--db', db);
  assert.equal(imported.code, 0, imported.stderr);
  const out = join(dir, 'brief.html');
  md = (await runDyad('brief', 'CHL', 'PER', '--db', db)).stdout;
  assert.equal((await runDyad('brief', 'CHL', 'PER', '--db', db, '--format', 'html', '--out', out)).code, 0);
  html = readFileSync(out, 'utf8');
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('rows of the dataset stating the same thing are one line with their number, and no invented quote', () => {
  const lines = md.split('\n').filter((l) => l.startsWith('- **2 Apr 2021**'));
  assert.equal(lines.length, 1, md);
  assert.match(lines[0]!, /\(3 rows of the dataset\) \[\^\d+\]$/);
  assert.doesNotMatch(lines[0]!, /“/);
  assert.match(html, /\(3 rows of the dataset\)/);
});

test('the footnote names the dataset row, its story, sentence and publisher', () => {
  const line = md.split('\n').find((l) => l.startsWith('- **9 Apr 2021**'))!;
  const n = /\[\^(\d+)\]$/.exec(line)![1];
  const note = md.split('\n').find((l) => l.startsWith(`[^${n}]: `));
  assert.equal(note, `[^${n}]: ICEWS event 104, story 9010, sentence 3; Lima Post`);
  assert.match(html, /ICEWS event 104, story 9010, sentence 3; Lima Post <a class="back"/);
});

test('dataset labels; events read from articles have no claim key (Dyad has grouped them already)', () => {
  assert.equal(datasetLabel('gdelt'), 'GDELT');
  assert.equal(datasetLabel('acled'), 'acled');
  assert.equal(importedClaimKey({ dataset: 'dyad' } as Parameters<typeof importedClaimKey>[0]), null);
});
