/**
 * Benchmark of the date recognizer over the VOA stories in ../shared (one core, in process).
 * Sentences are split naively (after . ! ? before a capital, and at line breaks); each story is read
 * against its own publication date. The corpus is read repeatedly for at least --seconds (default 3)
 * after one warm-up pass. It prints the mean over all passes, the best pass (least disturbed by other
 * processes on a busy machine) and the rate per CPU-second.
 *
 *   npx tsx bench/dates.ts [--seconds 3] [--file path/to/stories.jsonl]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sharedFile } from '../src/testing/shared.js';
import { recognizeDates, type SentenceSpan } from '../src/nlp/dates/index.js';
import { triggersOf } from '../src/nlp/dates/triggers.js';

interface Story {
  readonly text: string;
  readonly published: string | null;
  readonly sentences: readonly SentenceSpan[];
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function sentencesOf(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const breaks = /[.!?]["”’]?\s+(?=["“]?[A-Z])|\n+/g;
  let start = 0;
  for (const m of text.matchAll(breaks)) {
    const end = m.index + m[0].length;
    spans.push({ index: spans.length, start, end });
    start = end;
  }
  if (start < text.length) spans.push({ index: spans.length, start, end: text.length });
  return spans;
}

const file = option('file') ?? sharedFile('corpus/voa/stories.jsonl');
if (!file) {
  console.error('bench/dates: ../shared/corpus/voa/stories.jsonl is absent (pass --file)');
  process.exit(1);
}
const seconds = Number(option('seconds') ?? '3');

const stories: Story[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { text?: string; published?: string })
  .map((s) => {
    const text = s.text ?? '';
    return {
      text,
      published: /^\d{4}-\d{2}-\d{2}/.exec(s.published ?? '')?.[0] ?? null,
      sentences: sentencesOf(text),
    };
  });

const sentenceCount = stories.reduce((n, s) => n + s.sentences.length, 0);
const bytes = stories.reduce((n, s) => n + Buffer.byteLength(s.text, 'utf8'), 0);
const gated = stories.reduce(
  (n, s) => n + s.sentences.filter((x) => triggersOf(s.text.slice(x.start, x.end)) !== 0).length,
  0,
);

function pass(): number {
  let mentions = 0;
  for (const s of stories) mentions += recognizeDates(s.text, s.sentences, s.published).length;
  return mentions;
}

const mentionsPerPass = pass(); // warm-up
let passes = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let best = Infinity;
while (performance.now() - t0 < seconds * 1000) {
  const p0 = performance.now();
  pass();
  best = Math.min(best, performance.now() - p0);
  passes += 1;
}
const elapsed = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

const sentencesPerSecond = (sentenceCount * passes) / elapsed;
const megabytesPerSecond = (bytes * passes) / elapsed / 1e6;
const peakRssMb = process.resourceUsage().maxRSS / 1024;

console.log(`corpus        ${file}`);
console.log(`stories       ${stories.length}, sentences ${sentenceCount}, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(
  `triggers      ${gated} of ${sentenceCount} sentences (${((100 * gated) / sentenceCount).toFixed(1)}%) have a trigger`,
);
console.log(`mentions      ${mentionsPerPass} per pass`);
console.log(`passes        ${passes} in ${elapsed.toFixed(2)} s`);
console.log(
  `throughput    ${Math.round(sentencesPerSecond).toLocaleString('en')} sentences/s, ${megabytesPerSecond.toFixed(2)} MB/s`,
);
console.log(
  `best pass     ${best.toFixed(1)} ms: ${Math.round(sentenceCount / (best / 1000)).toLocaleString('en')} sentences/s, ${(bytes / 1e6 / (best / 1000)).toFixed(2)} MB/s`,
);
console.log(
  `cpu time      ${cpuSeconds.toFixed(2)} s: ${Math.round((sentenceCount * passes) / cpuSeconds).toLocaleString('en')} sentences per CPU-second (wall figures suffer on a busy machine)`,
);
console.log(`peak RSS      ${peakRssMb.toFixed(0)} MB`);
