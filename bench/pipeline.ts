/**
 * Reading and coding throughput (not a test): raw text -> mentions (the reading stages) and
 * raw text -> coded events (reading + coding), over ../shared/corpus/voa and
 * wikipedia-current-events. Prints sentences/s per CPU second and per wall second, MB/s and
 * peak RSS: for the first pass of a fresh engine (cold: V8 compiles the hot code during it, and
 * the place index is built), then for the next passes over the same texts, with the fastest of
 * them (the one least disturbed on a shared machine); then passes one article at a time (the
 * ingest groups runs of short articles, see src/pipeline/group.ts); then passes of the reading
 * stages alone.
 * bench/sustained.ts measures text the engine has not seen after a long warm-up.
 *
 *   npx tsx bench/pipeline.ts [--passes 3]
 */
import { tuneHeap } from '../src/core/heap-tuning.js';
import { benchCorpora } from './corpora.js';
import { createEngine } from '../src/cli/engine.js';
import { measurePass, measureReadPasses, sumPasses, throughputLines, type PassFigures } from './measure.js';

// as the CLI runs (bin/dyad.js)
tuneHeap();

const passesArg = process.argv.indexOf('--passes');
const PASSES = passesArg >= 0 ? Number(process.argv[passesArg + 1]) : 3;

const engine = createEngine();
const corpora = benchCorpora();

let first = true;
for (const [name, docs] of corpora) {
  if (!docs) {
    console.log(`${name}: ../shared corpus absent, skipped`);
    continue;
  }
  const cold = measurePass(engine, docs);
  const passes: PassFigures[] = [];
  for (let p = 0; p < PASSES; p++) passes.push(measurePass(engine, docs));
  const all = sumPasses(passes);
  // the fastest pass: the one least disturbed by other work on a shared machine
  const fastest = (f: (p: PassFigures) => number): number =>
    Math.max(...passes.map((p) => p.sentences / f(p)));
  console.log(
    `${name}: ${docs.length} texts, ${cold.sentences} sentences, ${(cold.bytes / 1e6).toFixed(2)} MB, ${cold.events} events per pass`,
  );
  console.log(
    `  first pass over these texts${first ? ' (a cold engine: JIT compilation and the place index build included)' : ''}:`,
  );
  first = false;
  for (const line of throughputLines(cold, '    ')) console.log(line);
  console.log(`  next ${PASSES} passes:`);
  for (const line of throughputLines(all, '    ')) console.log(line);
  console.log(
    `    fastest of ${PASSES} passes (wall): reading ${fastest((p) => p.readWall).toFixed(0)}, raw text -> coded events ${fastest((p) => p.readWall + p.codeWall).toFixed(0)} sentences/s`,
  );
  const single: PassFigures[] = [];
  for (let p = 0; p < PASSES; p++) single.push(measurePass(engine, docs, false));
  const one = sumPasses(single);
  console.log(
    `  next ${PASSES} passes, one article at a time (each read, then coded, before the next; the ingest groups short ones):`,
  );
  // (its raw text -> events line only, beside the grouped passes' above)
  console.log(throughputLines(one, '    ')[2]);
  const alone = measureReadPasses(engine, docs, PASSES);
  console.log(`  next ${PASSES} passes, reading alone (as \`dyad read\` runs, no coder between articles):`);
  console.log(
    `    reading (raw text -> mentions): ${(alone.sentences / alone.cpu).toFixed(0)} sentences/CPU-s, ${(alone.sentences / alone.wall).toFixed(0)} sentences/s wall`,
  );
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
