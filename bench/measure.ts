/**
 * One measured pass of the engine over some texts: raw text -> mentions (reading) and
 * mentions -> events (coding), in CPU seconds of the whole process (the JIT's and the garbage
 * collector's threads included, so on one core it is what that core spends) and wall seconds.
 * Articles go through in the ingest's groups (`groupArticles`: a run of short items is read,
 * then coded, together), or one at a time when `grouped` is false.
 */
import type { Doc } from './corpora.js';
import type { Engine } from '../src/cli/engine.js';
import { groupArticles } from '../src/pipeline/group.js';

export interface PassFigures {
  readonly sentences: number;
  readonly bytes: number;
  readonly events: number;
  readonly readCpu: number;
  readonly readWall: number;
  readonly codeCpu: number;
  readonly codeWall: number;
}

const cpuSeconds = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;

export function measurePass(engine: Engine, docs: readonly Doc[], grouped = true): PassFigures {
  let sentences = 0;
  let bytes = 0;
  let events = 0;
  let readCpu = 0;
  let readWall = 0;
  let codeCpu = 0;
  let codeWall = 0;
  // as `dyad ingest` runs: consecutive articles grouped, each group read, then coded
  for (const group of grouped ? groupArticles(docs) : docs.map((d) => [d])) {
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const readings = group.map((d) => engine.reader.read(d));
    const c1 = process.cpuUsage(c0);
    const w1 = performance.now();
    const c2start = process.cpuUsage();
    for (const reading of readings) events += engine.coder.code(reading).events.length;
    const c2 = process.cpuUsage(c2start);
    const w2 = performance.now();
    for (const reading of readings) sentences += reading.sentences.length;
    for (const d of group) bytes += Buffer.byteLength(d.text);
    readCpu += cpuSeconds(c1);
    readWall += (w1 - w0) / 1000;
    codeCpu += cpuSeconds(c2);
    codeWall += (w2 - w1) / 1000;
  }
  return { sentences, bytes, events, readCpu, readWall, codeCpu, codeWall };
}

/**
 * Passes of the reading stages alone (what `dyad read` runs), summed: sentences, CPU seconds and
 * wall seconds. In a full pass the coder runs between articles, and part of what it costs (the
 * garbage it leaves, the caches it evicts) is paid inside the reader's time; these passes have
 * none of that.
 */
export function measureReadPasses(
  engine: Engine,
  docs: readonly Doc[],
  passes: number,
): { readonly sentences: number; readonly cpu: number; readonly wall: number } {
  let sentences = 0;
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  for (let p = 0; p < passes; p++) for (const d of docs) sentences += engine.reader.read(d).sentences.length;
  return { sentences, cpu: cpuSeconds(process.cpuUsage(c0)), wall: (performance.now() - w0) / 1000 };
}

/** The sum of several passes. */
export function sumPasses(passes: readonly PassFigures[]): PassFigures {
  const sum = (f: (p: PassFigures) => number): number => passes.reduce((n, p) => n + f(p), 0);
  return {
    sentences: sum((p) => p.sentences),
    bytes: sum((p) => p.bytes),
    events: sum((p) => p.events),
    readCpu: sum((p) => p.readCpu),
    readWall: sum((p) => p.readWall),
    codeCpu: sum((p) => p.codeCpu),
    codeWall: sum((p) => p.codeWall),
  };
}

/** The three lines every throughput bench prints for some passes. */
export function throughputLines(p: PassFigures, indent = '  '): string[] {
  const rate = (seconds: number): string => (p.sentences / seconds).toFixed(0);
  const mb = (seconds: number): string => (p.bytes / 1e6 / seconds).toFixed(2);
  return [
    `${indent}reading (raw text -> mentions): ${rate(p.readCpu)} sentences/CPU-s, ${rate(p.readWall)} sentences/s wall, ${mb(p.readWall)} MB/s`,
    `${indent}coding (mentions -> events):    ${rate(p.codeCpu)} sentences/CPU-s, ${rate(p.codeWall)} sentences/s wall`,
    `${indent}raw text -> coded events:       ${rate(p.readCpu + p.codeCpu)} sentences/CPU-s, ${rate(p.readWall + p.codeWall)} sentences/s wall`,
  ];
}
