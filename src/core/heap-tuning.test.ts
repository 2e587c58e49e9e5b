import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const TUNING = fileURLToPath(new URL('./heap-tuning.ts', import.meta.url));

/**
 * A child process that keeps a batch of objects alive across young-generation collections, as an
 * article's tokens are, and prints V8's pretenuring statistics; `tuned` calls `tuneHeap` first.
 * Returns the statistics lines V8 printed.
 */
function pretenuringLines(tuned: boolean): string[] {
  const script = [
    `import { tuneHeap } from ${JSON.stringify(TUNING)};`,
    tuned ? 'tuneHeap();' : '',
    'function make(i) { return { index: i, text: "w" + (i % 10), next: null }; }',
    'let keep = [];',
    'for (let round = 0; round < 100; round++) { keep = []; for (let i = 0; i < 30000; i++) keep.push(make(i)); }',
    'console.log(keep.length);',
  ].join('\n');
  const r = spawnSync(
    process.execPath,
    ['--trace-pretenuring-statistics', '--import', 'tsx', '--input-type=module', '-e', script],
    { encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^30000$/m);
  return r.stdout.split('\n').filter((line) => line.includes('pretenuring:'));
}

test('tuneHeap turns V8 allocation-site pretenuring off for the process', () => {
  // the control shows the workload makes V8 weigh pretenuring at all, so the tuned run's silence
  // means the setting took effect (a Node that refused run-time flags would fail here)
  assert.ok(pretenuringLines(false).length > 0, 'untuned: V8 printed no pretenuring statistics');
  assert.deepEqual(pretenuringLines(true), []);
});
