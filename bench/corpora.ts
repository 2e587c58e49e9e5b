/**
 * The corpora the throughput benchmarks read: ../shared/corpus/voa and wikipedia-current-events,
 * each as its texts with their publication dates (null where ../shared is absent).
 */
import { readFileSync } from 'node:fs';
import { sharedFile } from '../src/testing/shared.js';

export interface Doc {
  readonly text: string;
  readonly published: string | null;
}

function corpus(relative: string, date: (r: Record<string, unknown>) => string | null): Doc[] | null {
  const path = sharedFile(relative);
  if (!path) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((r) => typeof r.text === 'string' && r.text.length > 0)
    .map((r) => ({ text: r.text as string, published: date(r) }));
}

export function benchCorpora(): [string, Doc[] | null][] {
  return [
    ['voa', corpus('corpus/voa/stories.jsonl', (r) => String(r.published ?? '').slice(0, 10) || null)],
    [
      'wikipedia-current-events',
      corpus('corpus/wikipedia-current-events/items.jsonl', (r) => String(r.date ?? '') || null),
    ],
  ];
}

/**
 * The UN General Debate speeches of Belarus and China (157 speeches, about 24,000 sentences),
 * the text the sustained benchmark warms up on: other text than the measured corpora, so that
 * nothing of theirs is in any cache when they are measured. Null where ../shared is absent.
 */
export function warmUpCorpus(): Doc[] | null {
  return corpus('corpus/un-general-debate/speeches-blr-chn.jsonl', (r) =>
    typeof r.year === 'number' ? `${r.year}-09-25` : null,
  );
}
