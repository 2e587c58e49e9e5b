import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { createActorDirectory } from '../../api/actors.js';
import { buildBrief, renderHtml, renderMarkdown } from '../../brief/index.js';
import { DyadError } from '../../core/errors.js';
import { loadDictionaries } from '../../dict/index.js';
import type { SeriesInterval } from '../../store/index.js';
import { openStore } from '../../store/index.js';
import { parseDateOption } from '../options.js';
import { checkRange, parseActorOption } from './output.js';

interface BriefCliOptions {
  db: string;
  from?: string;
  to?: string;
  format: string;
  out?: string;
  interval?: string;
  reference: boolean;
}

const INTERVALS = ['day', 'week', 'month', 'quarter', 'year'];

/** `dyad brief A B`: an analyst's brief on a dyad, every claim with its evidence. */
export function registerBrief(program: Command): void {
  program
    .command('brief')
    .description(
      "write an analyst's brief on two actors (Markdown or self-contained HTML), every claim with its evidence",
    )
    .argument('<a>', 'first actor key, e.g. CHN')
    .argument('<b>', 'second actor key, e.g. BLR or IGOEUREEC')
    .option('--db <file>', 'DuckDB database file', './dyad.duckdb')
    .option('--from <date>', 'first day, YYYY-MM-DD')
    .option('--to <date>', 'last day, YYYY-MM-DD')
    .option('--format <f>', 'md or html', 'md')
    .option('--out <file>', 'write to this file instead of standard output')
    .option(
      '--interval <i>',
      'index chart period: day, week, month, quarter or year (default from the range)',
    )
    .option(
      '--no-reference',
      "use only designations found in articles for the partnership level, not Dyad's table",
    )
    .action(async (a: string, b: string, opts: BriefCliOptions) => {
      if (opts.format !== 'md' && opts.format !== 'html') {
        throw new DyadError('--format', `must be md or html; got "${opts.format}"`);
      }
      if (opts.interval && !INTERVALS.includes(opts.interval)) {
        throw new DyadError('--interval', `must be one of ${INTERVALS.join(', ')}; got "${opts.interval}"`);
      }
      const from = opts.from ? parseDateOption('--from', opts.from) : undefined;
      const to = opts.to ? parseDateOption('--to', opts.to) : undefined;
      checkRange(from, to);
      const dyad: [string, string] = [parseActorOption('<a>', a), parseActorOption('<b>', b)];
      const dicts = loadDictionaries();
      const directory = createActorDirectory(dicts);
      const store = await openStore({ path: opts.db, readOnly: true });
      try {
        const brief = await buildBrief(store, {
          dyad,
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
          ...(opts.interval ? { interval: opts.interval as SeriesInterval } : {}),
          partnerships: opts.reference ? dicts.partnerships : null,
          nameOf: (key) => directory.get(key)?.name ?? null,
          codeName: (code) => dicts.cameo.get(code)?.name ?? null,
        });
        const text = opts.format === 'html' ? renderHtml(brief) : renderMarkdown(brief);
        if (opts.out) writeFileSync(opts.out, text);
        else process.stdout.write(text);
      } finally {
        await store.close();
      }
    });
}
