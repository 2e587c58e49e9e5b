import type { Command } from 'commander';
import { DyadError } from '../../core/errors.js';
import { openStore, type StoreStats } from '../../store/index.js';
import { parseCount } from './output.js';

function text(s: StoreStats, location: string): string {
  const lines = [`database: ${location} (schema ${s.schemaVersion})`];
  const c = s.counts;
  lines.push(
    `articles: ${c.articles}${s.articleDates ? ` (published ${s.articleDates.first} to ${s.articleDates.last})` : ''}`,
    `sentences: ${c.sentences}, mentions: ${c.mentions}`,
    `events: ${c.events} (${
      Object.entries(s.eventsByDataset)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }), reports: ${c.eventMentions}, dyadic pairs: ${c.eventPairs}`,
    `facts: ${c.facts}, designations: ${c.designations}`,
  );
  if (s.topCountries.length > 0) {
    lines.push(
      `most mentioned countries: ${s.topCountries.map((t) => `${t.country} ${t.mentions}`).join(', ')}`,
    );
  }
  if (s.topActors.length > 0) {
    lines.push(
      `most mentioned actors: ${s.topActors.map((t) => `${t.code}${t.name ? ` (${t.name})` : ''} ${t.mentions}`).join(', ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `dyad stats`: what a database holds. */
export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('show what a database holds: counts, events per dataset, dates, most mentioned actors')
    .option('--db <file>', 'DuckDB database file', './dyad.duckdb')
    .option('--top <n>', 'length of the top lists', '10')
    .option('--format <f>', 'text or json', 'text')
    .action(async (opts: { db: string; top: string; format: string }) => {
      if (opts.format !== 'text' && opts.format !== 'json') {
        throw new DyadError('--format', `must be text or json; got "${opts.format}"`);
      }
      const top = parseCount('--top', opts.top);
      const store = await openStore({ path: opts.db, readOnly: true });
      try {
        const stats = await store.stats({ top });
        const integrity = await store.checkIntegrity();
        process.stdout.write(
          opts.format === 'json'
            ? `${JSON.stringify({ ...stats, integrity }, null, 2)}\n`
            : text(stats, store.location) +
                `integrity: ${integrity.incomplete.length} incomplete articles, ${Object.values(integrity.orphans).reduce((s, n) => s + n, 0)} orphaned rows\n`,
        );
      } finally {
        await store.close();
      }
    });
}
