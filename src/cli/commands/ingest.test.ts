/** dyad ingest, run as a user runs it: its summary, idempotence and bad input. */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDyad } from '../../testing/cli.js';
import { projectRoot } from '../../testing/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const examples = [
  '2015-07-11-sco-grants-belarus-observer-status.md',
  '2023-12-05-lukashenko-working-visit-xi-diaoyutai.md',
].map((f) => join(projectRoot, 'examples', f));

/** The numbers of a summary line, by the word after each. */
function figures(stdout: string, prefix: string): Record<string, number> {
  const line = stdout.split('\n').find((l) => l.startsWith(`${prefix}:`));
  assert.ok(line, `a "${prefix}:" line in ${JSON.stringify(stdout)}`);
  const out: Record<string, number> = {};
  for (const m of line.matchAll(/(\d+) ([A-Za-z-]+(?: reports)?)/g)) out[m[2]!] = Number(m[1]);
  return out;
}

async function storedCounts(
  db: string,
): Promise<{ articles: number; events: number; eventMentions: number }> {
  const { code, stdout } = await runDyad('stats', '--db', db, '--format', 'json');
  assert.equal(code, 0);
  return (JSON.parse(stdout) as { counts: { articles: number; events: number; eventMentions: number } })
    .counts;
}

describe('dyad ingest', () => {
  test('stores articles, reports what it stored and what the database holds, and adds nothing twice', async () => {
    const db = join(dir, 'twice.duckdb');
    const first = await runDyad('ingest', ...examples, '--db', db);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(figures(first.stdout, 'articles'), { new: 2, unchanged: 0, updated: 0, failed: 0 });
    const stored = figures(first.stdout, 'stored');
    assert.ok(stored.sentences! > 0 && stored['event reports']! > 0);
    const counts = await storedCounts(db);
    const database = figures(first.stdout, 'database');
    assert.equal(database.articles, counts.articles);
    assert.equal(database['event reports'], counts.eventMentions);
    assert.equal(database['event reports'], stored['event reports']);
    assert.match(first.stdout, new RegExp(`merged into ${counts.events} events`));

    const second = await runDyad('ingest', ...examples, '--db', db);
    assert.equal(second.code, 0, second.stderr);
    assert.deepEqual(figures(second.stdout, 'articles'), { new: 0, unchanged: 2, updated: 0, failed: 0 });
    assert.deepEqual(await storedCounts(db), counts, 'nothing added the second time');
  });

  test('a missing or binary input is named, the others are still stored, and the exit code says so', async () => {
    const db = join(dir, 'bad.duckdb');
    const binary = join(dir, 'noise.txt');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0, 255, 0]));
    const missing = join(dir, 'absent.md');
    const r = await runDyad('ingest', examples[0]!, missing, binary, '--db', db);
    assert.equal(r.code, 1);
    assert.match(r.stderr, new RegExp(`${missing}: no such file`));
    assert.match(r.stderr, new RegExp(`${binary}: binary file`));
    assert.deepEqual(figures(r.stdout, 'articles'), { new: 1, unchanged: 0, updated: 0, failed: 2 });
    assert.equal((await storedCounts(db)).articles, 1);
  });

  test('--jobs 2 reads and codes in worker threads and stores exactly what one thread stores', async () => {
    const listed: string[] = [];
    for (const jobs of ['1', '2']) {
      const db = join(dir, `jobs-${jobs}.duckdb`);
      const r = await runDyad('ingest', ...examples, '--db', db, '--jobs', jobs);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(figures(r.stdout, 'articles'), { new: 2, unchanged: 0, updated: 0, failed: 0 });
      const events = await runDyad('events', '--db', db, '--format', 'jsonl');
      assert.equal(events.code, 0, events.stderr);
      listed.push(events.stdout);
    }
    assert.ok(listed[0]!.trim().length > 0);
    assert.equal(listed[1], listed[0]);
  });

  test('a --jobs that is not a number of threads is named, and nothing is stored', async () => {
    const db = join(dir, 'jobs-bad.duckdb');
    const r = await runDyad('ingest', examples[0]!, '--db', db, '--jobs', 'many');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--jobs: "many" is not a number of worker threads/);
    assert.equal(existsSync(db), false, 'no database was created');
  });
});
