import type { Command } from 'commander';
import { DyadError } from '../../core/errors.js';
import { openStore, type StoredDesignation, type StoredFact } from '../../store/index.js';
import { designationJson, factJson } from '../../api/json.js';
import { parseDateOption } from '../options.js';
import {
  RowWriter,
  checkRange,
  parseActorOption,
  parseDyadOption,
  parseFormat,
  type Column,
} from './output.js';

interface ListOptions {
  db: string;
  dyad?: string;
  party?: string;
  kind?: string;
  from?: string;
  to?: string;
  format: string;
}

function common(opts: ListOptions) {
  const from = opts.from ? parseDateOption('--from', opts.from) : undefined;
  const to = opts.to ? parseDateOption('--to', opts.to) : undefined;
  checkRange(from, to);
  return {
    ...(opts.dyad ? { dyad: parseDyadOption(opts.dyad) } : {}),
    ...(opts.party ? { party: parseActorOption('--party', opts.party) } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

const article: Column<StoredFact | StoredDesignation>[] = [
  { name: 'evidence', value: (r) => r.evidence.text, max: 60 },
  { name: 'article_title', value: (r) => r.article.title, max: 40 },
  { name: 'article_published', value: (r) => r.article.published },
  { name: 'article_url', value: (r) => r.article.url, max: 40 },
  { name: 'sentence', value: (r) => r.sentence },
  { name: 'article_id', value: (r) => r.articleId, max: 32 },
];

const FACT_COLUMNS: readonly Column<StoredFact>[] = [
  { name: 'kind', value: (f) => f.kind },
  { name: 'value', value: (f) => f.value },
  { name: 'unit', value: (f) => f.unit, max: 20 },
  { name: 'qualifier', value: (f) => f.qualifier, max: 14 },
  { name: 'parties', value: (f) => f.parties.join(';') },
  { name: 'direction', value: (f) => f.direction },
  { name: 'period', value: (f) => f.period.value, max: 21 },
  { name: 'period_start', value: (f) => f.period.start },
  { name: 'period_end', value: (f) => f.period.end },
  { name: 'subject', value: (f) => f.subject, max: 30 },
  ...article,
];

const DESIGNATION_COLUMNS: readonly Column<StoredDesignation>[] = [
  { name: 'day', value: (d) => d.day },
  { name: 'date', value: (d) => d.date.value },
  { name: 'kind', value: (d) => d.kind },
  { name: 'parties', value: (d) => d.parties.join(';') },
  { name: 'label', value: (d) => d.label, max: 40 },
  { name: 'level', value: (d) => d.level, max: 40 },
  { name: 'rank', value: (d) => d.rank },
  ...article,
];

const listOptions = (cmd: Command, kinds: string) =>
  cmd
    .option('--db <file>', 'DuckDB database file', './dyad.duckdb')
    .option('--dyad <A-B>', 'both keys among the parties (either order), e.g. CHN-BLR')
    .option('--party <key>', 'this key among the parties')
    .option('--kind <kind>', kinds)
    .option('--from <date>', 'from this day, YYYY-MM-DD')
    .option('--to <date>', 'to this day, YYYY-MM-DD')
    .option('--format <f>', 'jsonl, csv or table', 'jsonl');

/** `dyad facts`: stored figures (trade, financing, aid...) with their periods and evidence. */
export function registerFacts(program: Command): void {
  listOptions(
    program
      .command('facts')
      .description('list stored figures with their periods and evidence, oldest period first'),
    'trade_volume, trade_growth, financing, aid, investment_growth...',
  ).action(async (opts: ListOptions) => {
    const format = parseFormat(opts.format);
    const query = { ...common(opts), ...(opts.kind ? { kind: opts.kind } : {}) };
    const store = await openStore({ path: opts.db, readOnly: true });
    const out = new RowWriter(format, FACT_COLUMNS, factJson);
    try {
      let cursor: string | null = null;
      do {
        const page = await store.listFacts({ ...query, limit: 1000, cursor });
        for (const f of page.items) out.add(f);
        cursor = page.nextCursor;
      } while (cursor !== null);
      out.end();
    } finally {
      await store.close();
    }
  });
}

/** `dyad designations`: partnership labels, memberships and initiatives as a timeline. */
export function registerDesignations(program: Command): void {
  listOptions(
    program
      .command('designations')
      .description('list stored partnership labels, memberships and initiatives, oldest first'),
    'partnership, membership or initiative',
  ).action(async (opts: ListOptions) => {
    const format = parseFormat(opts.format);
    if (opts.kind && !['partnership', 'membership', 'initiative'].includes(opts.kind)) {
      throw new DyadError('--kind', `must be partnership, membership or initiative; got "${opts.kind}"`);
    }
    const query = {
      ...common(opts),
      ...(opts.kind ? { kind: opts.kind as StoredDesignation['kind'] } : {}),
    };
    const store = await openStore({ path: opts.db, readOnly: true });
    const out = new RowWriter(format, DESIGNATION_COLUMNS, designationJson);
    try {
      let cursor: string | null = null;
      do {
        const page = await store.listDesignations({ ...query, limit: 1000, cursor });
        for (const d of page.items) out.add(d);
        cursor = page.nextCursor;
      } while (cursor !== null);
      out.end();
    } finally {
      await store.close();
    }
  });
}
