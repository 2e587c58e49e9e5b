/**
 * report:facts — reads the VOA stories and Wikipedia Current Events items from ../shared with the
 * reading layer (src/nlp/read.ts, through src/facts/reader.ts), extracts facts and designations,
 * counts them per kind and rule, and prints random samples with their evidence (seeded, so runs
 * repeat).
 *
 *   tsx scripts/report-facts.ts [--limit N] [--samples 20] [--seed 1] [--corpus voa|wiki|all]
 *
 * Exits with code 2, saying why, when the reading layer or ../shared is missing.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Designation, Fact } from '../src/core/types.js';
import {
  dominantDyad,
  extractDesignations,
  extractFacts,
  loadDesignationLexicon,
  loadFactTables,
  loadPartnershipScale,
} from '../src/facts/index.js';
import { loadReader, readerInput } from '../src/facts/reader.js';
import { projectRoot, sharedRoot } from '../src/testing/shared.js';

interface CorpusSpec {
  readonly name: string;
  readonly path: string;
  readonly published: (record: Record<string, unknown>) => string | null;
}

const CORPORA: Readonly<Record<string, CorpusSpec>> = {
  voa: {
    name: 'voa',
    path: 'corpus/voa/stories.jsonl',
    published: (r) => (typeof r['published'] === 'string' ? r['published'].slice(0, 10) : null),
  },
  wiki: {
    name: 'wiki',
    path: 'corpus/wikipedia-current-events/items.jsonl',
    published: (r) => (typeof r['date'] === 'string' ? r['date'].slice(0, 10) : null),
  },
};

/** mulberry32: a small seeded generator, so samples repeat from run to run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function* records(
  path: string,
  limit: number,
): AsyncGenerator<{ line: number; record: Record<string, unknown> }> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  let read = 0;
  for await (const raw of lines) {
    line++;
    if (raw.trim().length === 0) continue;
    if (read++ >= limit) break;
    try {
      yield { line, record: JSON.parse(raw) as Record<string, unknown> };
    } catch {
      console.error(`${path}:${line}: not JSON, skipped`);
    }
  }
}

function scalePath(): string | null {
  const own = join(projectRoot, 'data', 'partnerships', 'scale.tsv');
  if (existsSync(own)) return own;
  const shared = join(sharedRoot, 'reference', 'partnerships', 'china-partnership-levels.tsv');
  return existsSync(shared) ? shared : null;
}

interface Found {
  readonly where: string;
  readonly item: Fact | Designation;
}

function describe(item: Fact | Designation): string {
  if ('value' in item) {
    const period = item.period.value === 'undated' ? '' : ` ${item.period.value}`;
    const qualifier = item.qualifier ? `${item.qualifier} ` : '';
    const direction = item.direction ? ` ${item.direction}` : '';
    const subject = item.subject ? ` of “${item.subject}”` : '';
    return `fact ${item.kind}: ${qualifier}${item.value} ${item.unit}${subject} [${item.parties.join(',')}]${direction}${period} (${item.rule.id}, parties from ${item.rule.partiesFrom})`;
  }
  return `designation ${item.kind}: "${item.label}" → ${item.level ?? '?'}${item.rank === null ? '' : ` (rank ${item.rank})`} [${item.parties.join(',')}] ${item.date.value} (${item.rule.id})`;
}

function printCounts(title: string, counts: ReadonlyMap<string, number>): void {
  console.log(`\n${title}`);
  const rows = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (rows.length === 0) console.log('  (none)');
  for (const [key, n] of rows) console.log(`  ${String(n).padStart(6)}  ${key}`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      limit: { type: 'string', default: String(Number.MAX_SAFE_INTEGER) },
      samples: { type: 'string', default: '20' },
      seed: { type: 'string', default: '1' },
      corpus: { type: 'string', default: 'all' },
    },
  });
  const limit = Number(values.limit);
  const samples = Number(values.samples);
  const seed = Number(values.seed);
  const chosen =
    values.corpus === 'all' ? Object.values(CORPORA) : [CORPORA[values.corpus ?? '']].filter((c) => c);
  if (
    chosen.length === 0 ||
    !Number.isFinite(limit) ||
    !Number.isInteger(samples) ||
    !Number.isFinite(seed)
  ) {
    console.error('usage: report-facts [--limit N] [--samples N] [--seed N] [--corpus voa|wiki|all]');
    return 2;
  }
  const read = await loadReader();
  if (!read) {
    console.error(
      'report:facts needs the reading layer: src/nlp/read.ts (createReader or readArticle) is missing.',
    );
    return 2;
  }
  const scale = scalePath();
  if (!scale) {
    console.error(
      'report:facts needs a partnership scale: data/partnerships/scale.tsv or ../shared/reference/partnerships.',
    );
    return 2;
  }
  const tables = loadFactTables();
  const designationTables = { scale: loadPartnershipScale(scale, 'CHN'), lexicon: loadDesignationLexicon() };
  const factKinds = new Map<string, number>();
  const factRules = new Map<string, number>();
  const designationKinds = new Map<string, number>();
  const found: Found[] = [];
  let articles = 0;
  for (const corpus of chosen) {
    if (!corpus) continue;
    const path = join(sharedRoot, corpus.path);
    if (!existsSync(path)) {
      console.error(`../shared/${corpus.path} is absent: skipped`);
      continue;
    }
    for await (const { line, record } of records(path, limit)) {
      const text = typeof record['text'] === 'string' ? record['text'] : '';
      if (text.trim().length === 0) continue;
      articles++;
      const doc = await read(readerInput(text, corpus.published(record)));
      const input = { ...doc, dominantDyad: dominantDyad(doc.mentions) };
      const where = `${corpus.name}:${line}`;
      for (const fact of extractFacts(input, tables)) {
        factKinds.set(fact.kind, (factKinds.get(fact.kind) ?? 0) + 1);
        factRules.set(fact.rule.id, (factRules.get(fact.rule.id) ?? 0) + 1);
        found.push({ where, item: fact });
      }
      for (const designation of extractDesignations(input, designationTables)) {
        const key = `${designation.kind} ${designation.level ?? ''}`.trim();
        designationKinds.set(key, (designationKinds.get(key) ?? 0) + 1);
        found.push({ where, item: designation });
      }
    }
  }
  console.log(
    `${articles} articles; ${found.filter((f) => 'value' in f.item).length} facts; ${found.filter((f) => !('value' in f.item)).length} designations`,
  );
  printCounts('Facts per kind', factKinds);
  printCounts('Facts per rule', factRules);
  printCounts('Designations per kind and level', designationKinds);
  const random = seededRandom(seed);
  const pool = [...found];
  console.log(`\n${Math.min(samples, pool.length)} random samples (seed ${seed})`);
  for (let k = 0; k < samples && pool.length > 0; k++) {
    const [sample] = pool.splice(Math.floor(random() * pool.length), 1);
    if (!sample) break;
    console.log(`\n[${sample.where}] ${describe(sample.item)}\n    “${sample.item.evidence.text}”`);
  }
  return 0;
}

process.exitCode = await main();
