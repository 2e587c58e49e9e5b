/**
 * Sustained throughput (not a test): what a long `dyad ingest` sees. A fresh engine first reads
 * and codes the UN General Debate speeches of Belarus and China (about 24,000 sentences of other
 * text), so that V8 has compiled the hot code and the bounded caches (lemmas, token parts, key
 * nodes) hold what a long run holds; then it reads and codes ../shared/corpus/voa and
 * wikipedia-current-events, text it has not seen, once; then those again, for comparison with
 * bench/pipeline.ts's repeated passes. CPU seconds are the whole process's: pinned to one core
 * (`taskset -c 0 npx tsx bench/sustained.ts`) they are that core's.
 *
 *   npx tsx bench/sustained.ts [--passes 3]
 */
import { tuneHeap } from '../src/core/heap-tuning.js';
import { benchCorpora, warmUpCorpus } from './corpora.js';
import { createEngine } from '../src/cli/engine.js';
import { measurePass, sumPasses, throughputLines, type PassFigures } from './measure.js';

// as the CLI runs (bin/dyad.js)
tuneHeap();

const passesArg = process.argv.indexOf('--passes');
const PASSES = passesArg >= 0 ? Number(process.argv[passesArg + 1]) : 3;

const warmUp = warmUpCorpus();
const corpora = benchCorpora();
if (!warmUp || corpora.some(([, docs]) => !docs)) {
  console.log('../shared corpora absent: skipped');
} else {
  const engine = createEngine();
  const warm = measurePass(engine, warmUp);
  console.log(
    `warm-up on UN General Debate speeches: ${warmUp.length} texts, ${warm.sentences} sentences, ${(warm.bytes / 1e6).toFixed(2)} MB (a cold engine):`,
  );
  for (const line of throughputLines(warm)) console.log(line);

  const fresh: [string, PassFigures][] = corpora.map(([name, docs]) => [name, measurePass(engine, docs!)]);
  for (const [name, p] of fresh) {
    console.log(`${name}: ${p.sentences} sentences, first seen now:`);
    for (const line of throughputLines(p)) console.log(line);
  }
  const both = sumPasses(fresh.map(([, p]) => p));
  console.log(`both, first seen (${both.sentences} sentences):`);
  for (const line of throughputLines(both)) console.log(line);

  const repeats: PassFigures[][] = corpora.map(() => []);
  for (let k = 0; k < PASSES; k++)
    corpora.forEach(([, docs], c) => repeats[c]!.push(measurePass(engine, docs!)));
  corpora.forEach(([name], c) => {
    console.log(`${name}, ${PASSES} more passes (seen before, the engine long warm):`);
    for (const line of throughputLines(sumPasses(repeats[c]!))) console.log(line);
  });
  console.log(`both, ${PASSES} more passes:`);
  for (const line of throughputLines(sumPasses(repeats.flat()))) console.log(line);
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
