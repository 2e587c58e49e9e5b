/**
 * Load test of the HTTP API (`npm run load`): 50 concurrent clients for 30 s on the dyad-series
 * and events endpoints of `dyad serve`, on 127.0.0.1, against a database of at least a million
 * events (made by scripts/generate-events.ts when missing). Prints p50/p99 latency and errors,
 * and times the CHN–BLR monthly series and the CHN–BLR brief on that database.
 *
 *   npx tsx scripts/load.ts [--db /tmp/dyad-load.duckdb] [--events 1000000] [--connections 50]
 *     [--duration 30] [--no-cache] [--wide] [--no-timings]
 *
 * The requests cycle through the monthly and quarterly series and two event pages of the
 * dyads the issue names (CHN–BLR, CHN–RUS, BLR–IGOEUREEC): 12 URLs. `--wide` adds the dyads
 * among the six busiest countries of the database (72 URLs). `--no-cache` starts the server
 * with its response cache off, so every request is a database query.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { createActorDirectory } from '../src/api/actors.js';
import { dyadPeriods } from '../src/analysis/index.js';
import { buildBrief, renderHtml } from '../src/brief/index.js';
import { loadDictionaries } from '../src/dict/index.js';
import { openStore } from '../src/store/index.js';
import { projectRoot, sharedFile } from '../src/testing/shared.js';
import { DEFAULT_SAMPLE, generateEvents } from './generate-events.js';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const db = option('db', '/tmp/dyad-load.duckdb');
const wanted = Number(option('events', '1000000'));
const connections = Number(option('connections', '50'));
const duration = Number(option('duration', '30'));
const cache = !process.argv.includes('--no-cache');
const wide = process.argv.includes('--wide');
const withTimings = !process.argv.includes('--no-timings');

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function timed(
  runs: number,
  body: () => Promise<unknown>,
): Promise<{ min: number; median: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await body();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { min: times[0]!, median: times[Math.floor(times.length / 2)]!, max: times.at(-1)! };
}

/** Makes the database if it lacks events; returns its event count and the busiest actor keys. */
async function prepare(): Promise<{ events: number; keys: string[] }> {
  const store = await openStore({ path: db });
  try {
    let events = (await store.stats({ top: 1 })).counts.events;
    if (events < wanted) {
      process.stderr.write(`${db} has ${events} events; generating ${wanted - events} more\n`);
      await generateEvents(store, {
        events: wanted - events,
        seed: 1 + events,
        from: '2015-01-01',
        to: '2024-12-31',
        sample: sharedFile(DEFAULT_SAMPLE),
      });
      events = (await store.stats({ top: 1 })).counts.events;
    }
    const keys = (await store.actorKeys({ limit: 40 })).map((k) => k.key).filter((k) => /^[A-Z]{3}$/.test(k));
    return { events, keys: keys.slice(0, 6) };
  } finally {
    await store.close();
  }
}

/** In-process timings on the database (before the server opens it). */
async function timings(): Promise<void> {
  const store = await openStore({ path: db, readOnly: true });
  const dicts = loadDictionaries();
  const directory = createActorDirectory(dicts);
  try {
    const series = await timed(10, () => dyadPeriods(store, { dyad: ['CHN', 'BLR'], interval: 'month' }));
    const points = await dyadPeriods(store, { dyad: ['CHN', 'BLR'], interval: 'month' });
    console.log(
      `CHN–BLR monthly series (${points.length} months, ${points.reduce((s, p) => s + p.events, 0)} events): ` +
        `median ${ms(series.median)}, min ${ms(series.min)}, max ${ms(series.max)} (10 runs, no cache)`,
    );
    const brief = await timed(3, async () =>
      renderHtml(
        await buildBrief(store, {
          dyad: ['CHN', 'BLR'],
          partnerships: dicts.partnerships,
          nameOf: (k) => directory.get(k)?.name ?? null,
          codeName: (c) => dicts.cameo.get(c)?.name ?? null,
        }),
      ),
    );
    console.log(
      `CHN–BLR brief (HTML): median ${ms(brief.median)}, min ${ms(brief.min)}, max ${ms(brief.max)} (3 runs, no cache)`,
    );
  } finally {
    await store.close();
  }
}

function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const args = [join(projectRoot, 'bin', 'dyad.js'), 'serve', '--db', db, '--port', '0', '--read-only'];
  if (!cache) args.push('--no-cache');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stderr! });
    lines.on('line', (line) => {
      const m = / at (http:\/\/\S+)/.exec(line);
      if (m) resolve({ url: m[1]!, child });
      else process.stderr.write(`server: ${line}\n`);
    });
    child.once('exit', (code) => reject(new Error(`dyad serve exited (${code})`)));
  });
}

async function main(): Promise<void> {
  const { events, keys } = await prepare();
  console.log(`database: ${db}, ${events.toLocaleString('en')} events`);
  if (withTimings) await timings();

  const dyads = [
    ['CHN', 'BLR'],
    ['CHN', 'RUS'],
    ['BLR', 'IGOEUREEC'],
  ];
  if (wide) {
    for (let i = 0; i < keys.length; i += 1) {
      for (let j = i + 1; j < keys.length; j += 1) dyads.push([keys[i]!, keys[j]!]);
    }
  }
  const paths: string[] = [];
  for (const [a, b] of dyads) {
    paths.push(`/api/dyads/${a}/${b}/series?interval=month`);
    paths.push(`/api/dyads/${a}/${b}/series?interval=quarter&direction=ab`);
    paths.push(`/api/events?dyad=${a}-${b}&limit=50`);
    paths.push(`/api/events?dyad=${a}-${b}&from=2020-01-01&to=2020-12-31&limit=50`);
  }

  const { url, child } = await startServer();
  try {
    // One request to load the dictionaries before the clock starts.
    await fetch(`${url}/api/dyads/CHN/BLR/series?interval=year`);
    const cold = await timed(1, () =>
      fetch(`${url}/api/dyads/CHN/BLR/series?interval=month`).then((r) => r.text()),
    );
    console.log(`CHN–BLR monthly series over HTTP, first request: ${ms(cold.median)}`);
    console.log(
      `load: ${connections} clients for ${duration} s, ${paths.length} distinct URLs (series and events of ${dyads.length} dyads), response cache ${cache ? 'on' : 'off'}`,
    );
    const result = await autocannon({
      url,
      connections,
      duration,
      requests: paths.map((path) => ({ method: 'GET' as const, path })),
    });
    const l = result.latency;
    console.log(
      `latency p50 ${l.p50} ms, p90 ${l.p90} ms, p99 ${l.p99} ms, max ${l.max} ms; ` +
        `${Math.round(result.requests.average)} req/s, ${result.requests.total} requests; ` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
    );
    const pass = l.p99 < 200 && result.errors === 0 && result.non2xx === 0 && result.timeouts === 0;
    console.log(pass ? 'target met: p99 < 200 ms, no errors' : 'target NOT met (p99 < 200 ms, no errors)');
    if (!pass) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
  }
}

if (!existsSync(join(projectRoot, 'bin', 'dyad.js'))) throw new Error('run from the Dyad project');
await main();
