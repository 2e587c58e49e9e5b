import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { DuckDBInstance } from '@duckdb/node-api';
import { DyadError } from '../../core/errors.js';
import { fixtureId, makeBundle } from '../fixtures.js';
import { dyadEventId } from '../ids.js';
import { makeReportBundle } from '../report-fixtures.js';
import { assertComplete, runStoreSuite } from '../suite.js';
import type { ArticleBundle } from '../types.js';
import { MIGRATIONS } from './migrations.js';
import { openDuckDBStore } from './store.js';
import { openStore } from '../open.js';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
  dirs.push(dir);
  return join(dir, 'test.duckdb');
}

/** Runs SQL on the file directly, with no store open. */
async function sql(path: string, ...statements: string[]): Promise<unknown[][]> {
  const instance = await DuckDBInstance.create(path);
  try {
    const conn = await instance.connect();
    let last: unknown[][] = [];
    for (const s of statements) last = (await conn.runAndReadAll(s)).getRowsJson();
    conn.closeSync();
    return last;
  } finally {
    instance.closeSync();
  }
}

runStoreSuite('duckdb', () => openDuckDBStore({ path: tempDb() }));

describe('DuckDB store: opening and migrations', () => {
  test('a fresh file gets every migration recorded in order', async () => {
    const path = tempDb();
    const store = await openStore({ path });
    assert.equal(store.backend, 'duckdb');
    assert.equal(store.location, path);
    assert.equal((await store.stats()).schemaVersion, MIGRATIONS.at(-1)?.version);
    await store.close();
    const versions = await sql(path, 'SELECT version FROM schema_migrations ORDER BY applied_at, version');
    assert.deepEqual(
      versions.map((r) => r[0]),
      MIGRATIONS.map((m) => m.version),
    );
    assert.deepEqual(
      MIGRATIONS.map((m) => m.version),
      [...MIGRATIONS.map((m) => m.version)].sort(),
      'steps are listed in version order',
    );
    assert.ok(MIGRATIONS.every((m) => /^\d{14}$/.test(m.version)));
  });

  test('an older database is migrated forward and keeps its data', async () => {
    const path = tempDb();
    const old = await openDuckDBStore({ path }, MIGRATIONS.slice(0, 1));
    const b = makeBundle(1);
    const bare: ArticleBundle = {
      article: b.article,
      readerVersion: 'r1',
      sentences: b.sentences,
      mentions: b.mentions,
    };
    assert.equal(await old.putArticle(bare), 'new');
    await old.close();
    assert.deepEqual(await sql(path, 'SELECT count(*) FROM schema_migrations'), [['1']]);

    await assert.rejects(openStore({ path, readOnly: true }), (e: unknown) => {
      assert.ok(e instanceof DyadError);
      assert.equal(e.input, path);
      assert.match(e.message, /older than .*open it read-write once to migrate/);
      return true;
    });

    const store = await openStore({ path });
    const stored = await store.getBundle(b.article.id);
    assert.deepEqual(stored?.mentions, b.mentions);
    assert.equal(await store.putArticle({ ...b, readerVersion: 'r2' }), 'updated');
    assert.equal((await store.getBundle(b.article.id))?.events.length, b.events?.length);
    await store.close();
    assert.deepEqual(await sql(path, 'SELECT count(*) FROM schema_migrations'), [
      [String(MIGRATIONS.length)],
    ]);
  });

  test('a database from a newer Dyad is refused, naming the file', async () => {
    const path = tempDb();
    await (await openStore({ path })).close();
    await sql(
      path,
      "INSERT INTO schema_migrations VALUES ('29991231000000', 'from the future', now()::TIMESTAMP)",
    );
    for (const readOnly of [false, true]) {
      await assert.rejects(openStore({ path, readOnly }), (e: unknown) => {
        assert.ok(e instanceof DyadError);
        assert.equal(e.input, path);
        assert.match(e.message, /schema version 29991231000000, newer than this Dyad knows/);
        return true;
      });
    }
    // The refusal released the file.
    assert.deepEqual(await sql(path, 'SELECT count(*) FROM schema_migrations'), [
      [String(MIGRATIONS.length + 1)],
    ]);
  });

  test('a DuckDB file that is not a Dyad store, and a file that is not DuckDB, are refused', async () => {
    const foreign = tempDb();
    await sql(foreign, 'CREATE TABLE t (x INTEGER)');
    await assert.rejects(openStore({ path: foreign }), /not a Dyad store/);
    const garbage = tempDb();
    writeFileSync(garbage, 'this is not a database\n'.repeat(300));
    await assert.rejects(openStore({ path: garbage }), (e: unknown) => {
      assert.ok(e instanceof DyadError);
      assert.equal(e.input, garbage);
      assert.match(e.message, /not a DuckDB database file/);
      return true;
    });
  });

  test('missing files and directories', async () => {
    const path = tempDb();
    await assert.rejects(openStore({ path, readOnly: true }), /does not exist/);
    await assert.rejects(
      openStore({ path: join(dirname(path), 'no', 'such', 'dir.duckdb') }),
      /directory .* does not exist/,
    );
    await assert.rejects(
      openStore({ path: '' }),
      (e: unknown) => e instanceof DyadError && e.input === 'path',
    );
  });

  test('read-only opens read and refuse writes', async () => {
    const path = tempDb();
    const writer = await openStore({ path });
    await writer.putArticle(makeBundle(1));
    await writer.close();
    const reader = await openStore({ path, readOnly: true });
    assert.equal(reader.readOnly, true);
    assert.equal((await reader.stats()).counts.articles, 1);
    await assert.rejects(async () => reader.putArticle(makeBundle(2)), /read-only/);
    await assert.rejects(async () => reader.putImportedEvents([]), /read-only/);
    await reader.close();
  });

  test('the same file twice in one process is refused until the first is closed', async () => {
    const path = tempDb();
    const first = await openStore({ path });
    await assert.rejects(openStore({ path }), /already open in this process/);
    await first.close();
    await (await openStore({ path })).close();
  });
});

const childScript = join(dirname(fileURLToPath(import.meta.url)), 'test-child.ts');

function startChild(args: string[]): { child: ChildProcessWithoutNullStreams; lines: AsyncIterator<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, ...args], { stdio: 'pipe' });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return { child, lines };
}

async function nextLine(
  lines: AsyncIterator<string>,
  child: ChildProcessWithoutNullStreams,
): Promise<string> {
  const stderr: string[] = [];
  child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  const { value, done } = await lines.next();
  if (done) throw new Error(`child ended early: ${stderr.join('')}`);
  return value;
}

async function killed(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('DuckDB store: other processes', () => {
  test('a file held by another process gives an error naming the file and the holder', async () => {
    const path = tempDb();
    await (await openStore({ path })).close();
    const { child, lines } = startChild(['hold', path]);
    try {
      assert.equal(await nextLine(lines, child), 'open');
      await assert.rejects(openStore({ path }), (e: unknown) => {
        assert.ok(e instanceof DyadError);
        assert.equal(e.input, path);
        assert.match(e.message, /locked by another process/);
        assert.match(e.message, new RegExp(`PID ${child.pid}`));
        return true;
      });
    } finally {
      await killed(child);
    }
    await (await openStore({ path })).close();
  });

  // Kill while the child is inside its n-th putArticles call, after a pause of some milliseconds.
  for (const [writes, pause] of [
    [1, 0],
    [4, 15],
    [9, 40],
  ] as const) {
    test(`killed with SIGKILL during write ${writes} (+${pause} ms): every stored article is whole`, async () => {
      const path = tempDb();
      const { child, lines } = startChild(['ingest', path, '2000', '15']);
      const committed = new Map<string, string>();
      try {
        assert.equal(await nextLine(lines, child), 'open');
        for (let seen = 0; seen < writes;) {
          const line = await nextLine(lines, child);
          if (line === 'writing') {
            seen += 1;
            continue;
          }
          assert.match(line, /^committed /);
          for (const item of line.slice('committed '.length).split(' ').filter(Boolean)) {
            const [id, version] = item.split('@');
            committed.set(id!, version!);
          }
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
      } finally {
        await killed(child);
      }
      const store = await openStore({ path });
      try {
        const count = await assertComplete(store, 40);
        assert.ok(count >= committed.size, 'nothing reported committed was lost');
        for (const [id, version] of committed) {
          const stored = await store.getArticle(id);
          assert.ok(stored, `committed article ${id} is present`);
          // A later update of the same article may have committed after the report.
          if (version === 'reader-2') assert.equal(stored.readerVersion, 'reader-2');
        }
        // Each present article is exactly one of the versions the child wrote.
        for (let n = 0; n < 200; n += 7) {
          const stored = await store.getBundle(fixtureId(n));
          if (!stored) continue;
          const expected =
            stored.readerVersion === 'reader-2'
              ? makeBundle(n, { groups: 1, readerVersion: 'reader-2' })
              : makeBundle(n, { groups: 3 });
          assert.deepEqual(stored.mentions, expected.mentions);
          assert.deepEqual(stored.events, expected.events);
        }
        // And the store takes new work after the crash.
        assert.equal(await store.putArticle(makeBundle(5000)), 'new');
      } finally {
        await store.close();
      }
    });
  }
});

describe('DuckDB store: canonical events shared between articles', () => {
  const meeting = (key: string, published: string, readerVersion = 'reader-1') =>
    makeReportBundle({
      key,
      published,
      readerVersion,
      reports: [{ source: 'ARN', target: 'GON', date: '2024-03-05' }],
    });

  test('a merged event keeps one row, its lead’s pairs only, and no row of the events it replaced', async () => {
    const path = tempDb();
    const a = meeting('a', '2024-03-05');
    const b = meeting('b', '2024-03-06');
    let store = await openStore({ path });
    await store.putArticles([a, b]);
    await store.close();
    const [[events, eventIds, pairs, pairEvents]] = (await sql(
      path,
      `SELECT (SELECT count(*) FROM events), (SELECT count(DISTINCT event_id) FROM event_mentions),
         (SELECT count(*) FROM event_pairs), (SELECT count(DISTINCT event_id) FROM event_pairs)`,
    )) as [[number, number, number, number]];
    assert.deepEqual([events, eventIds, pairs, pairEvents].map(Number), [1, 1, 2, 1], 'ARN>GON and GON>ARN');
    const [[leadId]] = (await sql(path, 'SELECT event_id FROM events')) as [[string]];
    assert.equal(leadId, dyadEventId(a.article.id, 'reader-1', 0), 'the event is named by its lead report');

    store = await openStore({ path });
    // Replace a back and forth: each version regroups, and the first version gives back the first grouping.
    assert.equal(await store.putArticle(meeting('a', '2024-03-05', 'reader-2')), 'updated');
    assert.equal(
      await store.getEvent(leadId),
      null,
      'the lead was replaced: the event takes its new lead’s id',
    );
    const [renamed] = (await store.listEvents()).items;
    assert.equal(renamed?.counts.mentions, 2);
    assert.equal(await store.putArticle(a), 'updated');
    const back = await store.getEvent(leadId);
    assert.deepEqual(back?.counts, { mentions: 2, articles: 2, sources: 2 });
    assert.equal((await store.stats()).counts.events, 1);
    await assertComplete(store);
    await store.close();
  });

  test('a batch of many duplicates merges into few events with consistent counts', async () => {
    const path = tempDb();
    const store = await openStore({ path });
    const bundles = Array.from({ length: 60 }, (_, i) =>
      makeReportBundle({
        key: `dup${i}`,
        published: `2024-03-${String(1 + (i % 20)).padStart(2, '0')}`,
        source: `Outlet ${i % 7}`,
        reports: [
          { source: 'ARN', target: 'GON', date: `2024-03-${String(1 + (i % 20)).padStart(2, '0')}` },
          { source: 'ROH', target: 'MOR', reciprocal: false },
        ],
      }),
    );
    await store.putArticles(bundles);
    await assertComplete(store);
    await store.close();
    const [[mentions, events, bad]] = (await sql(
      path,
      `SELECT (SELECT count(*) FROM event_mentions), (SELECT count(*) FROM events),
         (SELECT count(*) FROM events e WHERE num_mentions <>
            (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.event_id))`,
    )) as [[number, number, number]];
    assert.equal(Number(mentions), 120);
    assert.ok(Number(events) < 60, `merged into ${events} events`);
    assert.equal(Number(bad), 0, 'every event counts exactly its mentions');
  });
});
