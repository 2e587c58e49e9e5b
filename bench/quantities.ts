/**
 * Bench: the quantity recognizer over ../shared/corpus/voa/stories.jsonl (sentences split by the
 * naive splitter, which is not timed). Prints sentences/s, mentions, MB/s and peak RSS.
 * Usage: npx tsx bench/quantities.ts [--seconds 3] [--file path.jsonl]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { recognizeQuantities } from '../src/nlp/quantities/index.js';
import { naiveSentences } from '../src/nlp/quantities/testing.js';
import { sharedFile } from '../src/testing/shared.js';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const path = option('file') ?? sharedFile('corpus/voa/stories.jsonl');
if (!path) {
  console.error(
    'bench/quantities: ../shared/corpus/voa/stories.jsonl is absent; pass --file <jsonl with a "text" field>',
  );
  process.exit(1);
}
const minSeconds = Number(option('seconds') ?? '3');

const articles = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => ((JSON.parse(line) as { text?: string }).text ?? '').normalize('NFC'))
  .filter((text) => text.length > 0)
  .map((text) => ({ text, sentences: naiveSentences(text) }));

const sentencesPerPass = articles.reduce((n, a) => n + a.sentences.length, 0);
const bytesPerPass = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);

function pass(): number {
  let mentions = 0;
  for (const article of articles) mentions += recognizeQuantities(article.text, article.sentences).length;
  return mentions;
}

// Warm up (JIT), then time whole passes until minSeconds have elapsed.
const mentionsPerPass = pass();
for (let i = 0; i < 3; i++) pass();
let passes = 0;
const started = performance.now();
let elapsed = 0;
while (elapsed < minSeconds * 1000) {
  pass();
  passes++;
  elapsed = performance.now() - started;
}
const seconds = elapsed / 1000;

const byRule = new Map<string, number>();
for (const article of articles) {
  for (const m of recognizeQuantities(article.text, article.sentences))
    byRule.set(m.rule, (byRule.get(m.rule) ?? 0) + 1);
}

console.log(`corpus        ${path}`);
console.log(
  `articles      ${articles.length}, sentences ${sentencesPerPass}, ${(bytesPerPass / 1e6).toFixed(2)} MB per pass`,
);
console.log(`passes        ${passes} in ${seconds.toFixed(2)} s`);
console.log(`sentences/s   ${Math.round((sentencesPerPass * passes) / seconds).toLocaleString('en-US')}`);
console.log(`MB/s          ${((bytesPerPass * passes) / 1e6 / seconds).toFixed(1)}`);
console.log(
  `mentions      ${mentionsPerPass} per pass (${[...byRule].map(([rule, n]) => `${rule.replace('quantities/', '')} ${n}`).join(', ')})`,
);
console.log(`peak RSS      ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MB`);
