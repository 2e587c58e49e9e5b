/**
 * `npm run bench`: every benchmark, each in its own process (so load time and peak memory are
 * its own), figures to the console. Speed targets are checked here by eye, never in tests.
 *
 *   npm run bench            # all
 *   npm run bench -- dict pipeline   # some
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BENCHES: readonly [string, string, readonly string[]][] = [
  ['dict', 'dictionary load time and memory (target: < 1 s, < 400 MB)', []],
  ['pipeline', 'reading and coding throughput on VOA and Wikipedia (targets: 8,000 / 5,000 sentences/s)', []],
  ['sustained', 'the same after a warm-up on 24,000 sentences of other text, as a long ingest runs', []],
  ['parallel', 'raw text -> events in worker threads (dyad ingest --jobs N), one per core', []],
  ['dates', 'date recognizer alone', []],
  ['quantities', 'quantity recognizer alone', []],
  ['verbs-parse', 'verb dictionary parse time', []],
  ['store', 'DuckDB ingest and queries', ['--articles', '1000']],
  ['interop', 'GDELT import and export throughput (1M rows)', []],
];

const wanted = process.argv.slice(2);
for (const [name, what, args] of BENCHES) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n=== ${name}: ${what}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, `${name}.ts`), ...args], {
    stdio: 'inherit',
  });
  if (r.status !== 0) console.log(`(${name} exited with ${r.status ?? r.signal})`);
}
