/**
 * Reading and coding throughput (not a test): raw text -> mentions (the reading stages) and
 * raw text -> coded events (reading + coding), over ../shared/corpus/voa and
 * wikipedia-current-events. Prints sentences/s per CPU second and per wall second, MB/s and
 * peak RSS, and the fastest pass (the one least disturbed on a shared machine). The first pass
 * warms the JIT and the dictionaries' caches and is not counted.
 *
 *   npx tsx bench/pipeline.ts [--passes 3]
 */
import { benchCorpora } from './corpora.js';
import { createEngine } from '../src/cli/engine.js';

const passesArg = process.argv.indexOf('--passes');
const PASSES = passesArg >= 0 ? Number(process.argv[passesArg + 1]) : 3;

const engine = createEngine();
const corpora = benchCorpora();

const cpuSeconds = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;

for (const [name, docs] of corpora) {
  if (!docs) {
    console.log(`${name}: ../shared corpus absent, skipped`);
    continue;
  }
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  // warm-up pass
  for (const d of docs) engine.coder.code(engine.reader.read(d));
  let sentences = 0;
  let events = 0;
  let readCpu = 0;
  let readWall = 0;
  let codeCpu = 0;
  let codeWall = 0;
  // the fastest pass: the one least disturbed by other work on a shared machine
  let bestRead = 0;
  let bestRaw = 0;
  for (let p = 0; p < PASSES; p++) {
    const passStart = { sentences, readWall, codeWall };
    for (const d of docs) {
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      const reading = engine.reader.read(d);
      const c1 = process.cpuUsage(c0);
      const w1 = performance.now();
      const c2start = process.cpuUsage();
      events += engine.coder.code(reading).events.length;
      const c2 = process.cpuUsage(c2start);
      const w2 = performance.now();
      sentences += reading.sentences.length;
      readCpu += cpuSeconds(c1);
      readWall += (w1 - w0) / 1000;
      codeCpu += cpuSeconds(c2);
      codeWall += (w2 - w1) / 1000;
    }
    const n = sentences - passStart.sentences;
    const r = readWall - passStart.readWall;
    bestRead = Math.max(bestRead, n / r);
    bestRaw = Math.max(bestRaw, n / (r + codeWall - passStart.codeWall));
  }
  const perPass = sentences / PASSES;
  const mb = (bytes * PASSES) / 1e6;
  console.log(
    `${name}: ${docs.length} texts, ${perPass} sentences, ${(bytes / 1e6).toFixed(2)} MB, ${events / PASSES} events per pass`,
  );
  console.log(
    `  reading (raw text -> mentions): ${(sentences / readCpu).toFixed(0)} sentences/CPU-s, ${(sentences / readWall).toFixed(0)} sentences/s wall, ${(mb / readWall).toFixed(2)} MB/s`,
  );
  console.log(
    `  coding (mentions -> events):    ${(sentences / codeCpu).toFixed(0)} sentences/CPU-s, ${(sentences / codeWall).toFixed(0)} sentences/s wall`,
  );
  console.log(
    `  raw text -> coded events:       ${(sentences / (readCpu + codeCpu)).toFixed(0)} sentences/CPU-s, ${(sentences / (readWall + codeWall)).toFixed(0)} sentences/s wall`,
  );
  console.log(
    `  fastest of ${PASSES} passes (wall): reading ${bestRead.toFixed(0)}, raw text -> coded events ${bestRaw.toFixed(0)} sentences/s`,
  );
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
