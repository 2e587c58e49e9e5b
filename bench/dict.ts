/**
 * Dictionary load benchmark (not a test): how long loadDictionaries() takes and
 * how much memory the loaded set holds.
 *
 *   npx tsx bench/dict.ts            # Dyad's set, from the compiled cache when fresh
 *   npx tsx bench/dict.ts --raw      # parse every source file instead
 */
import { tuneHeap } from '../src/core/heap-tuning.js';
import { loadDictionaries } from '../src/dict/index.js';

// as the CLI runs (bin/dyad.js)
tuneHeap();

const raw = process.argv.includes('--raw');
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;
const cpu = (u: NodeJS.CpuUsage): string => ((u.user + u.system) / 1000).toFixed(0);

const c0 = process.cpuUsage();
const t0 = performance.now();
const dicts = loadDictionaries({ compiled: !raw });
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
const c2s = process.cpuUsage();
const beijing = dicts.gazetteer.lookup('Beijing');
const t2 = performance.now();
const c2 = process.cpuUsage(c2s);
const norms = 'the belarusian leader alexander lukashenko met chinese president xi jinping in beijing'.split(
  ' ',
);
let matches = 0;
const t3 = performance.now();
for (let k = 0; k < 1000; k++)
  for (let i = 0; i < norms.length; i++) matches += dicts.actors.matchAt(norms, i).length;
const t4 = performance.now();

const mem = process.memoryUsage();
const lines = [
  `dictionaries (${raw ? 'parsed from sources' : 'compiled cache if fresh'}): ${dicts.actors.entries.length} actor entries, ${dicts.agents.entries.length} agents, ${dicts.discards.entries.length} discards, ${dicts.countries.all.length} countries, ${dicts.gazetteer.places.length} places, ${dicts.cameo.all.length} CAMEO codes`,
  `load: ${(t1 - t0).toFixed(0)} ms wall, ${cpu(c1)} ms CPU`,
  `first place lookup (builds the place index): ${(t2 - t1).toFixed(0)} ms wall, ${cpu(c2)} ms CPU (${beijing[0]?.name ?? 'none'})`,
  `actor matchAt: ${(((t4 - t3) / (1000 * norms.length)) * 1000).toFixed(1)} µs per token (${matches / 1000} matches per sentence)`,
  `rss: ${mb(mem.rss)}, heap used: ${mb(mem.heapUsed)}`,
];
process.stdout.write(lines.join('\n') + '\n');
