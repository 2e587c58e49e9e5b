/**
 * Writes a canonical dump of everything the reading and coding stages produce (sentences, norms,
 * mentions, events, traces, skipped sentences, facts, designations) for the VOA, Wikipedia
 * current-events and UN general-debate corpora, the example articles and the gold sets' texts,
 * with Dyad's dictionaries and with the PETRARCH validation dictionaries. A speed change must
 * leave this dump byte-identical (not a test: compare two runs with `cmp`).
 *
 *   npx tsx scripts/check-identical.ts OUT.jsonl
 */
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Engine } from '../src/cli/engine.js';
import { projectRoot, sharedFile } from '../src/testing/shared.js';

interface Doc {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
}

function jsonl(relative: string, date: (r: Record<string, unknown>) => string | null): Doc[] {
  const path = sharedFile(relative);
  if (!path) {
    console.error(`../shared/${relative} absent: skipped`);
    return [];
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((r) => typeof r.text === 'string' && r.text.length > 0)
    .map((r, i) => ({ id: `${relative}#${i}`, text: r.text as string, published: date(r) }));
}

function isoDay(value: unknown): string | null {
  const s = String(value ?? '');
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  return s.slice(0, 10) || null;
}

function examples(): Doc[] {
  const dir = join(projectRoot, 'examples');
  return readdirSync(dir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}-.*\.(md|txt)$/.test(f))
    .sort()
    .map((f) => ({
      id: `examples/${f}`,
      text: readFileSync(join(dir, f), 'utf8'),
      published: f.slice(0, 10),
    }));
}

const out = createWriteStream(process.argv[2] ?? 'identical.jsonl');

function dump(label: string, engine: Engine, docs: readonly Doc[]): void {
  for (const d of docs) {
    const a = engine.analyzer.analyze(d);
    const traced = engine.coder.code(a.reading, { trace: true });
    out.write(
      JSON.stringify({
        set: label,
        id: d.id,
        sentences: a.reading.sentences,
        tokens: a.reading.tokens,
        norms: a.reading.norms,
        mentions: a.reading.mentions,
        events: a.events,
        skipped: a.skipped,
        facts: a.facts,
        designations: a.designations,
        traced: traced.events,
        traces: traced.traces,
      }) + '\n',
    );
  }
}

const corpora: Doc[] = [
  ...jsonl('corpus/voa/stories.jsonl', (r) => isoDay(r.published)),
  ...jsonl('corpus/wikipedia-current-events/items.jsonl', (r) => isoDay(r.date)),
  ...jsonl('corpus/un-general-debate/speeches-blr-chn.jsonl', (r) =>
    r.year ? `${String(r.year)}-09-30` : null,
  ),
  ...jsonl('gold/cameo-manual/dev.jsonl', (r) => isoDay(r.date)),
  ...jsonl('gold/petr-suite/records.jsonl', (r) => isoDay(r.date)),
  ...examples(),
];
dump('dyad', createEngine(), corpora);
const petr = sharedFile('gold/petr-suite/dictionaries');
if (petr) {
  const voa = jsonl('corpus/voa/stories.jsonl', (r) => isoDay(r.published));
  const records = jsonl('gold/petr-suite/records.jsonl', (r) => isoDay(r.date));
  dump('petr', createEngine({ dictionaries: petr, lenient: true }), [...records, ...voa]);
}
out.end();
