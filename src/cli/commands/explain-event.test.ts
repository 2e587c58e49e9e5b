import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../store/index.js';
import { makeReportBundle } from '../../store/report-fixtures.js';
import { buildProgram } from '../main.js';
import { explainEvent, renderExplanation } from './explain-event.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-explain-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function storeWithMeeting(name: string): Promise<{ path: string; id: string }> {
  const path = join(dir, `${name}.duckdb`);
  const store = await openStore({ path });
  await store.putArticles([
    makeReportBundle({
      key: 'a',
      published: '2024-03-05',
      source: 'Outlet A',
      title: 'Talks in the north',
      reports: [{ source: 'ARN', target: 'GON', date: '2024-03-05' }],
    }),
    makeReportBundle({
      key: 'b',
      published: '2024-03-07',
      source: 'Outlet B',
      title: 'Leaders meet',
      reports: [{ source: 'GON', target: 'ARN', date: '2024-03-06' }],
    }),
  ]);
  const [event] = (await store.listEvents()).items;
  await store.close();
  assert.ok(event);
  return { path, id: event.id };
}

async function run(args: string[]): Promise<string> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    await buildProgram().parseAsync(['node', 'dyad', ...args]);
  } finally {
    process.stdout.write = write;
  }
  return chunks.join('');
}

test('explains a merged event: each report with its article, sentence, evidence and reasons', async () => {
  const { path, id } = await storeWithMeeting('text');
  const out = await run(['explain-event', id, '--db', path]);
  assert.match(out, new RegExp(`^event ${id} \\(dyad\\)`));
  assert.match(out, /counts: 2 mentions, 2 articles, 2 sources/);
  assert.match(out, /mentions \(2\):/);
  assert.match(out, /1\. \[lead\] "Talks in the north" — Outlet A, published 2024-03-05/);
  assert.match(out, /2\. "Leaders meet" — Outlet B, published 2024-03-07/);
  assert.match(out, /sentence: "Gondor and Arnor held talks \(report 0 of b\)\."/);
  assert.match(out, /why lead:\n\s+lead report: a stated day/);
  assert.match(
    out,
    /why merged:\n\s+✓ same root 04\n\s+✓ actors overlap: ARN>GON, GON>ARN\n\s+✓ 2024-03-05 \(day\) and 2024-03-06 \(day\) are 1 day apart, window ±1 day\n\s+✓ both asserted/,
  );
});

test('--json gives the same explanation as data', async () => {
  const { path, id } = await storeWithMeeting('json');
  const parsed = JSON.parse(await run(['explain-event', id, '--db', path, '--json'])) as {
    event: { id: string; counts: unknown };
    mentions: { lead: boolean; why: { verdict: { ok: boolean } | null } }[];
  };
  assert.equal(parsed.event.id, id);
  assert.deepEqual(parsed.event.counts, { mentions: 2, articles: 2, sources: 2 });
  assert.deepEqual(
    parsed.mentions.map((m) => [m.lead, m.why.verdict?.ok ?? null]),
    [
      [true, null],
      [false, true],
    ],
  );
});

test('an unknown id is an error naming it; imported events say they are never merged', async () => {
  const { path } = await storeWithMeeting('missing');
  await assert.rejects(run(['explain-event', 'nope', '--db', path]), /nope: no such event/);
  const store = await openStore({ path });
  await store.putImportedEvents([
    {
      dataset: 'gdelt',
      externalId: '42',
      code: '043',
      root: '04',
      quad: 1,
      goldstein: 2.8,
      plover: { type: null, mode: null },
      sources: [
        { code: 'ARN', country: 'ARN', sector: null, name: null, text: 'ARNOR', start: null, end: null },
      ],
      targets: [
        { code: 'GON', country: 'GON', sector: null, name: null, text: 'GONDOR', start: null, end: null },
      ],
      reciprocal: false,
      modality: 'asserted',
      date: { value: '2024-03-05', precision: 'day', start: '2024-03-05', end: '2024-03-05' },
      location: null,
      sourceUrl: null,
      extra: null,
      origin: { file: 'x.CSV', line: 1 },
    },
  ]);
  const explanation = await explainEvent(store, 'gdelt:42');
  await store.close();
  assert.ok(explanation);
  assert.deepEqual(explanation.mentions, []);
  assert.match(renderExplanation(explanation), /imported from gdelt \(x\.CSV:1\): .*never merged/);
});
