import type { Command } from 'commander';
import { DyadError } from '../../core/errors.js';
import type { Modality, QuadClass } from '../../core/types.js';
import { DATASETS, openStore, type Dataset, type EventQuery, type StoredEvent } from '../../store/index.js';
import { storedEventJson } from '../../export/event-json.js';
import { parseDateOption } from '../options.js';
import {
  RowWriter,
  checkRange,
  parseActorOption,
  parseCount,
  parseDyadOption,
  parseFormat,
  type Column,
} from './output.js';

interface EventsOptions {
  db: string;
  dyad?: string;
  direction: string;
  actor?: string;
  from?: string;
  to?: string;
  root?: string;
  code?: string;
  quad?: string;
  modality?: string;
  dataset?: string;
  text?: string;
  order: string;
  limit?: string;
  format: string;
}

const MODALITIES = ['asserted', 'negated', 'future', 'hypothetical'];

const actors = (list: StoredEvent['sources']) => list.map((a) => a.code ?? a.country ?? '').join(';');

const COLUMNS: readonly Column<StoredEvent>[] = [
  { name: 'date', value: (e) => e.date?.value ?? null, max: 21 },
  { name: 'code', value: (e) => e.code },
  { name: 'quad', value: (e) => e.quad },
  { name: 'goldstein', value: (e) => e.goldstein },
  { name: 'modality', value: (e) => e.modality },
  { name: 'sources', value: (e) => actors(e.sources), max: 24 },
  { name: 'targets', value: (e) => actors(e.targets), max: 24 },
  { name: 'mentions', value: (e) => e.counts.mentions },
  { name: 'evidence', value: (e) => e.evidence?.text ?? null, max: 60 },
  { name: 'article_title', value: (e) => e.article?.title ?? null, max: 40 },
  { name: 'article_published', value: (e) => e.article?.published ?? null },
  { name: 'article_url', value: (e) => e.article?.url ?? e.sourceUrl, max: 40 },
  { name: 'article_id', value: (e) => e.article?.id ?? null, max: 32 },
  { name: 'id', value: (e) => e.id, max: 40 },
];

/** The store query for the command's options (throws DyadError naming the bad option). */
export function eventQuery(opts: EventsOptions): EventQuery {
  const from = opts.from ? parseDateOption('--from', opts.from) : undefined;
  const to = opts.to ? parseDateOption('--to', opts.to) : undefined;
  checkRange(from, to);
  if (!['both', 'ab', 'ba'].includes(opts.direction)) {
    throw new DyadError('--direction', `must be both, ab or ba; got "${opts.direction}"`);
  }
  const dyad = opts.dyad ? parseDyadOption(opts.dyad) : undefined;
  let modalities: Modality[] | undefined;
  if (opts.modality && opts.modality !== 'all') {
    modalities = opts.modality.split(',').map((m) => m.trim()) as Modality[];
    const bad = modalities.find((m) => !MODALITIES.includes(m));
    if (bad)
      throw new DyadError(
        '--modality',
        `must be "all" or a comma list of ${MODALITIES.join(', ')}; got "${bad}"`,
      );
  }
  if (opts.dataset && !DATASETS.includes(opts.dataset as Dataset)) {
    throw new DyadError('--dataset', `must be one of ${DATASETS.join(', ')}; got "${opts.dataset}"`);
  }
  if (opts.order !== 'asc' && opts.order !== 'desc')
    throw new DyadError('--order', `must be asc or desc; got "${opts.order}"`);
  const quad = opts.quad === undefined ? undefined : Number(opts.quad);
  if (quad !== undefined && ![1, 2, 3, 4].includes(quad))
    throw new DyadError('--quad', `must be 1, 2, 3 or 4; got "${opts.quad}"`);
  return {
    ...(dyad
      ? { dyad: opts.direction === 'ba' ? [dyad[1], dyad[0]] : dyad, undirected: opts.direction === 'both' }
      : {}),
    ...(opts.actor ? { actor: parseActorOption('--actor', opts.actor) } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(opts.root ? { root: opts.root } : {}),
    ...(opts.code ? { code: opts.code } : {}),
    ...(quad !== undefined ? { quad: quad as QuadClass } : {}),
    ...(modalities ? { modalities } : {}),
    ...(opts.dataset ? { dataset: opts.dataset as Dataset } : {}),
    ...(opts.text ? { text: opts.text } : {}),
    order: opts.order,
  };
}

/** `dyad events`: stored events matching filters, each with its article. */
export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('list stored events (each with its article) as JSON lines, CSV or a table')
    .option('--db <file>', 'DuckDB database file', './dyad.duckdb')
    .option('--dyad <A-B>', 'events between two actor keys, e.g. CHN-BLR or BLR-IGOEUREEC')
    .option('--direction <d>', 'with --dyad: both (either way), ab (A→B) or ba (B→A)', 'both')
    .option('--actor <key>', 'events with this country or actor code on either side')
    .option('--from <date>', 'first event day, YYYY-MM-DD')
    .option('--to <date>', 'last event day, YYYY-MM-DD')
    .option('--root <cc>', 'CAMEO root code (two digits)')
    .option('--code <code>', 'CAMEO code')
    .option('--quad <n>', 'GDELT quad class 1-4')
    .option('--modality <list>', 'comma list of asserted, negated, future, hypothetical, or all', 'all')
    .option('--dataset <name>', `one of ${DATASETS.join(', ')}`)
    .option('--text <words>', 'evidence contains these words (case-insensitive)')
    .option('--order <o>', 'desc (newest first) or asc', 'desc')
    .option('--limit <n>', 'at most n events')
    .option('--format <f>', 'jsonl, csv or table', 'jsonl')
    .action(async (opts: EventsOptions) => {
      const format = parseFormat(opts.format);
      const query = eventQuery(opts);
      const max = opts.limit ? parseCount('--limit', opts.limit) : Infinity;
      const store = await openStore({ path: opts.db, readOnly: true });
      const out = new RowWriter(format, COLUMNS, storedEventJson);
      try {
        let cursor: string | null = null;
        let written = 0;
        do {
          const page = await store.listEvents({ ...query, limit: Math.min(1000, max - written), cursor });
          for (const e of page.items) out.add(e);
          written += page.items.length;
          cursor = page.nextCursor;
        } while (cursor !== null && written < max);
        out.end();
      } finally {
        await store.close();
      }
    });
}
