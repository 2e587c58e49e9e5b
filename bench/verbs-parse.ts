/**
 * Times reading Dyad's default verb dictionary (CAMEO.2.0.txt + Dyad.verbs.txt).
 *
 *   npx tsx bench/verbs-parse.ts [runs]
 *
 * Prints the first (cold) run, and the median and minimum of the rest, wall-clock and process CPU
 * time (CPU includes the garbage collector's threads). On a loaded machine the minimum is the
 * figure closest to the parser's own cost.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defaultVerbFiles } from '../src/coding/verbs/load.js';
import { parseVerbDictionaries } from '../src/coding/verbs/parse.js';
import { verbDictionaryStats } from '../src/coding/verbs/stats.js';

const runs = Math.max(2, Number(process.argv[2] ?? 15));
const inputs = defaultVerbFiles().map((path) => ({ text: readFileSync(path, 'utf8'), file: basename(path) }));
const wall: number[] = [];
const cpu: number[] = [];
let stats = null;
for (let i = 0; i < runs; i += 1) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = parseVerbDictionaries(inputs);
  wall.push(performance.now() - t0);
  const c1 = process.cpuUsage(c0);
  cpu.push((c1.user + c1.system) / 1000);
  stats = verbDictionaryStats(result.value);
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const rest = (xs: number[]): number[] => xs.slice(1);
process.stdout.write(
  `verb dictionary parse (${inputs.map((i) => i.file).join(' + ')}), ${runs} runs\n` +
    `  cold:   ${wall[0]?.toFixed(1)} ms wall, ${cpu[0]?.toFixed(1)} ms cpu\n` +
    `  median: ${median(rest(wall)).toFixed(1)} ms wall, ${median(rest(cpu)).toFixed(1)} ms cpu\n` +
    `  min:    ${Math.min(...rest(wall)).toFixed(1)} ms wall, ${Math.min(...rest(cpu)).toFixed(1)} ms cpu\n` +
    `  ${JSON.stringify(stats)}\n`,
);
