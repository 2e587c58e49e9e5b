import type { Command } from 'commander';
import { DyadError } from '../../core/errors.js';
import {
  describeDate,
  explainGroup,
  itemFromCoded,
  pairKeys,
  type MemberExplanation,
} from '../../dedup/index.js';
import {
  DEFAULT_STORE_PATH,
  openStore,
  type Store,
  type StoredEvent,
  type StoredEventMention,
} from '../../store/index.js';
import { eventJson } from '../event-json.js';

/** A canonical event, its reports and why each was merged. */
export interface EventExplanation {
  readonly event: StoredEvent;
  readonly mentions: readonly {
    readonly mention: StoredEventMention;
    readonly why: MemberExplanation;
  }[];
}

/** Reads an event and explains its grouping; null when the store has no such event. */
export async function explainEvent(store: Store, id: string): Promise<EventExplanation | null> {
  const event = await store.getEvent(id);
  if (event === null) return null;
  const mentions = await store.listEventMentions(id);
  if (mentions.length === 0) return { event, mentions: [] };
  const items = mentions.map((m) =>
    itemFromCoded(m.coded, {
      id: m.id,
      articleId: m.articleId,
      ordinal: m.ordinal,
      published: m.article.published,
    }),
  );
  const leadIndex = Math.max(
    0,
    mentions.findIndex((m) => m.lead),
  );
  const why = explainGroup(items[leadIndex]!, items);
  return { event, mentions: mentions.map((mention, i) => ({ mention, why: why[i]! })) };
}

function actors(list: StoredEvent['sources']): string {
  return list
    .map((a) => (a.text && a.text !== a.code ? `${a.code ?? '?'} (${a.text})` : (a.code ?? '?')))
    .join(', ');
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function quote(text: string | null | undefined): string {
  return text ? `"${text.replace(/\s+/g, ' ').trim()}"` : '(none)';
}

/** The explanation as text for a terminal. */
export function renderExplanation(x: EventExplanation): string {
  const e = x.event;
  const out: string[] = [];
  out.push(`event ${e.id} (${e.dataset}${e.externalId ? ` ${e.externalId}` : ''})`);
  out.push(
    `  code ${e.code ?? '?'} (root ${e.root ?? '?'}, quad ${e.quad ?? '?'}, Goldstein ${e.goldstein ?? '?'}), ${e.modality}${e.reciprocal ? ', reciprocal' : ''}`,
  );
  out.push(`  ${e.reciprocal ? 'participants' : 'sources'}: ${actors(e.sources)}`);
  if (!e.reciprocal || e.targets.length > 0) out.push(`  targets: ${actors(e.targets)}`);
  out.push(`  pairs: ${pairKeys(e).join(', ') || '(none)'}`);
  out.push(`  date: ${describeDate(e.date)}`);
  if (e.location)
    out.push(`  location: ${e.location.name}${e.location.country ? ` (${e.location.country})` : ''}`);
  out.push(
    `  counts: ${count(e.counts.mentions, 'mention')}, ${count(e.counts.articles, 'article')}, ${count(e.counts.sources, 'source')}`,
  );
  out.push(`  evidence: ${quote(e.evidence?.text)}`);
  if (e.article)
    out.push(`  first article: ${e.article.title ?? e.article.id} (${e.article.published ?? 'undated'})`);
  if (e.dataset !== 'dyad') {
    out.push('');
    out.push(
      `imported from ${e.dataset}${e.origin ? ` (${e.origin.file}${e.origin.line ? `:${e.origin.line}` : ''})` : ''}: ` +
        'imported events arrive deduplicated by their dataset and are never merged',
    );
    return `${out.join('\n')}\n`;
  }
  out.push('');
  out.push(`mentions (${x.mentions.length}):`);
  x.mentions.forEach(({ mention: m, why }, i) => {
    const a = m.article;
    out.push(
      `  ${i + 1}. ${why.lead ? '[lead] ' : ''}${quote(a.title ?? m.articleId)} — ${a.source ?? 'no source'}, ` +
        `published ${a.published ?? 'unknown'} — sentence ${m.coded.sentence} (${m.id})`,
    );
    if (a.url) out.push(`     url: ${a.url}`);
    out.push(`     sentence: ${quote(m.sentenceText)}`);
    out.push(`     evidence: ${quote(m.coded.evidence.text)}`);
    out.push(
      `     coded: ${m.coded.code} ${pairKeys(m.coded).join(', ') || '(no pair)'}, ${describeDate(m.coded.date)}, ${m.coded.modality}`,
    );
    out.push(`     ${why.lead ? 'why lead' : 'why merged'}:`);
    for (const line of why.lines) out.push(`       ${line}`);
  });
  return `${out.join('\n')}\n`;
}

/** The explanation as JSON. */
export function explanationJson(x: EventExplanation): Record<string, unknown> {
  return {
    event: x.event,
    mentions: x.mentions.map(({ mention: m, why }) => ({
      id: m.id,
      lead: why.lead,
      article: { id: m.articleId, ...m.article },
      sentence: m.sentenceText,
      coded: eventJson(m.coded),
      why: { lines: why.lines, verdict: why.verdict },
    })),
  };
}

/** `dyad explain-event ID`: a canonical event, each of its reports, and why each was merged. */
export function registerExplainEvent(program: Command): void {
  program
    .command('explain-event')
    .description('show a stored event, every report merged into it, and why each was merged')
    .argument('<id>', 'event id (as listed by the API or the store)')
    .option('--db <file>', 'DuckDB database file', DEFAULT_STORE_PATH)
    .option('--json', 'print the explanation as JSON')
    .action(async (id: string, opts: { db: string; json?: boolean }) => {
      const store = await openStore({ path: opts.db, readOnly: true });
      try {
        const explanation = await explainEvent(store, id);
        if (explanation === null) throw new DyadError(id, `no such event in ${opts.db}`);
        process.stdout.write(
          opts.json
            ? `${JSON.stringify(explanationJson(explanation), null, 2)}\n`
            : renderExplanation(explanation),
        );
      } finally {
        await store.close();
      }
    });
}
