/** Small hand-made reports for the dedup tests (fictional countries, as in the store fixtures). */
import type { DedupActor, DedupDate, DedupItem } from './types.js';

export function actor(code: string, country: string | null = code.slice(0, 3)): DedupActor {
  return { code, country };
}

export function day(iso: string): DedupDate {
  return { precision: 'day', start: iso, end: iso };
}

export function inferred(iso: string): DedupDate {
  return { precision: 'inferred', start: iso, end: iso };
}

let counter = 0;

/** A report of "ARN met GON" on 2024-03-05 unless overridden. */
export function report(overrides: Partial<DedupItem> = {}): DedupItem {
  counter += 1;
  const articleId = overrides.articleId ?? `article-${counter}`;
  const ordinal = overrides.ordinal ?? 0;
  return {
    id: `${articleId}:${ordinal}`,
    root: '04',
    code: '043',
    modality: 'asserted',
    reciprocal: true,
    sources: [actor('ARNGOV'), actor('GONGOV')],
    targets: [actor('ARNGOV'), actor('GONGOV')],
    date: day('2024-03-05'),
    place: null,
    articleId,
    ordinal,
    published: '2024-03-06',
    evidenceLength: 40,
    ...overrides,
  };
}
