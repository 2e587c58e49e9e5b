/** dyad events, facts, designations, stats, brief and serve, run as a user runs them. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { makeBundle } from '../../store/fixtures.js';
import { openStore } from '../../store/index.js';
import { runDyad } from '../../testing/cli.js';
import { projectRoot } from '../../testing/shared.js';

const bin = join(projectRoot, 'bin', 'dyad.js');
const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
const db = join(dir, 'cli.duckdb');

before(async () => {
  const store = await openStore({ path: db });
  await store.putArticles(Array.from({ length: 6 }, (_, i) => makeBundle(i)));
  await store.close();
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('dyad events', () => {
  test('JSON lines, each event with its article', async () => {
    const { code, stdout } = await runDyad('events', '--db', db, '--dyad', 'ARN-GON');
    assert.equal(code, 0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.ok(lines.length > 0);
    for (const e of lines) {
      const article = e.article as Record<string, unknown>;
      assert.deepEqual(Object.keys(article).sort(), ['id', 'published', 'title', 'url']);
      const keys = [...(e.sources as { country: string }[]), ...(e.targets as { country: string }[])].map(
        (a) => a.country,
      );
      assert.ok(keys.includes('ARN') && keys.includes('GON'));
    }
    const ab = await runDyad(
      'events',
      '--db',
      db,
      '--dyad',
      'ARN-GON',
      '--direction',
      'ab',
      '--modality',
      'asserted',
    );
    for (const l of ab.stdout.trim().split('\n').filter(Boolean)) {
      const e = JSON.parse(l) as { modality: string; sources: { country: string }[] };
      assert.equal(e.modality, 'asserted');
    }
  });

  test('CSV and table', async () => {
    const csv = await runDyad('events', '--db', db, '--format', 'csv', '--limit', '3');
    const rows = csv.stdout.split('\r\n').filter(Boolean);
    assert.equal(rows.length, 4, 'a header and three events');
    assert.match(
      rows[0]!,
      /^date,code,quad,goldstein,modality,sources,targets,mentions,evidence,article_title/,
    );
    const table = await runDyad('events', '--db', db, '--format', 'table', '--limit', '2');
    const lines = table.stdout.trim().split('\n');
    assert.match(lines[0]!, /^date +code +quad/);
    assert.match(lines[1]!, /^-+ +-+/);
    assert.equal(lines.length, 4);
  });

  test('bad options name themselves', async () => {
    for (const [args, option] of [
      [['--from', '2024-02-30'], '--from'],
      [['--from', '2024-03-01', '--to', '2024-01-01'], '--to'],
      [['--dyad', 'ARN'], '--dyad'],
      [['--format', 'xml'], '--format'],
      [['--quad', '7'], '--quad'],
      [['--modality', 'maybe'], '--modality'],
      [['--direction', 'up'], '--direction'],
      [['--limit', '0'], '--limit'],
    ] as const) {
      const r = await runDyad('events', '--db', db, ...args);
      assert.equal(r.code, 1, args.join(' '));
      assert.match(r.stderr, new RegExp(`dyad: ${option}:`), r.stderr);
    }
    const missing = await runDyad('events', '--db', join(dir, 'none.duckdb'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /none\.duckdb: does not exist/);
  });
});

describe('dyad facts, designations, stats', () => {
  test('facts and designations with their articles', async () => {
    const facts = await runDyad('facts', '--db', db, '--dyad', 'GON-ARN');
    assert.equal(facts.code, 0);
    const rows = facts.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { parties: string[]; article: { id: string } });
    assert.ok(
      rows.length > 0 &&
        rows.every((f) => f.parties.includes('ARN') && f.parties.includes('GON') && f.article.id),
    );
    const table = await runDyad('designations', '--db', db, '--kind', 'partnership', '--format', 'table');
    assert.match(table.stdout, /^day +date +kind +parties +label/);
    const bad = await runDyad('designations', '--db', db, '--kind', 'alliance');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /--kind/);
  });

  test('stats as text and JSON', async () => {
    const text = await runDyad('stats', '--db', db);
    assert.match(text.stdout, /articles: 6 /);
    assert.match(text.stdout, /integrity: 0 incomplete articles, 0 orphaned rows/);
    const json = JSON.parse((await runDyad('stats', '--db', db, '--format', 'json')).stdout) as {
      counts: { articles: number };
    };
    assert.equal(json.counts.articles, 6);
  });
});

describe('dyad brief', () => {
  test('Markdown to standard output, HTML to a file', async () => {
    const md = await runDyad('brief', 'ARN', 'GON', '--db', db);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /^# .*relationship brief/);
    const out = join(dir, 'brief.html');
    const html = await runDyad(
      'brief',
      'ARN',
      'GON',
      '--db',
      db,
      '--format',
      'html',
      '--out',
      out,
      '--from',
      '2024-01-01',
    );
    assert.equal(html.code, 0, html.stderr);
    assert.match(readFileSync(out, 'utf8'), /^<!doctype html>/);
    const bad = await runDyad('brief', 'ARN', 'GON', '--db', db, '--format', 'pdf');
    assert.match(bad.stderr, /--format/);
    const reversed = await runDyad(
      'brief',
      'ARN',
      'GON',
      '--db',
      db,
      '--from',
      '2024-05-01',
      '--to',
      '2024-01-01',
    );
    assert.match(reversed.stderr, /--to/);
  });
});

describe('dyad serve', () => {
  test('listens on loopback, answers, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--db', db, '--port', '0', '--read-only']);
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stderr }).on('line', (line) => {
        const m = / at (http:\/\/\S+)/.exec(line);
        if (m) resolve(m[1]!);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const stats = (await (await fetch(`${url}/api/stats`)).json()) as { counts: { articles: number } };
    assert.equal(stats.counts.articles, 6);
    const doc = (await (await fetch(`${url}/openapi.json`)).json()) as { openapi: string };
    assert.equal(doc.openapi, '3.1.0');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  });

  test('a bad port is refused', async () => {
    const r = await runDyad('serve', '--db', db, '--port', '70000');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /--port/);
  });
});
