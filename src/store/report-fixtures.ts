/**
 * Small articles reporting chosen events, for the deduplication tests: one sentence per
 * report about fictional countries ("Arnor and Gondor held talks."), with the event's
 * date, modality and direction as asked. Spans slice back to the text.
 */
import { createHash } from 'node:crypto';
import type { CodedEvent, DatePrecision, EventActor, Sentence } from '../core/types.js';
import { COUNTRIES } from './fixtures.js';
import type { ArticleBundle } from './types.js';

export interface ReportSpec {
  /** Country codes from COUNTRIES (ARN, GON, ROH, MOR, ERI). */
  readonly source: string;
  readonly target: string;
  /** Default true ("A and B held talks"); false for "A accused B". */
  readonly reciprocal?: boolean;
  readonly code?: string;
  readonly modality?: CodedEvent['modality'];
  /** A day (YYYY-MM-DD) at day precision, or any date; null for undated. Default the publication day, inferred. */
  readonly date?:
    string | { readonly precision: DatePrecision; readonly start: string; readonly end: string } | null;
  /** The person the source actor names ("accused" reports: the speaker). */
  readonly speaker?: string;
}

export interface ReportArticle {
  /** Distinguishes articles: the id and text derive from it. */
  readonly key: string;
  readonly published?: string | null;
  readonly source?: string | null;
  readonly url?: string | null;
  readonly title?: string;
  readonly readerVersion?: string;
  readonly reports: readonly ReportSpec[];
}

export function reportArticleId(key: string): string {
  return createHash('sha256').update(`report article ${key}`).digest('hex').slice(0, 32);
}

const nameOf = (code: string): string => {
  const found = COUNTRIES.find(([, c]) => c === code);
  if (!found) throw new Error(`unknown fixture country ${code}`);
  return found[0];
};

/** An article whose n-th sentence reports `reports[n]`. */
export function makeReportBundle(spec: ReportArticle): ArticleBundle {
  const published = spec.published === undefined ? '2024-03-06' : spec.published;
  let text = '';
  const sentences: Sentence[] = [];
  const events: CodedEvent[] = [];
  spec.reports.forEach((r, index) => {
    if (text.length > 0) text += ' ';
    const start = text.length;
    const reciprocal = r.reciprocal ?? true;
    const actorAt = (code: string, name: string, at: number): EventActor => ({
      code: `${code}GOV`,
      country: code,
      sector: 'GOV',
      name: name.toUpperCase(),
      text: name,
      start: at,
      end: at + name.length,
    });
    const a = nameOf(r.source);
    const b = nameOf(r.target);
    const aActor = {
      ...actorAt(r.source, a, text.length),
      ...(r.speaker ? { person: r.speaker } : {}),
    };
    text += reciprocal ? `${a} and ` : `${a} accused `;
    const bActor = actorAt(r.target, b, text.length);
    text += `${b}${reciprocal ? ' held talks' : ''} (report ${index} of ${spec.key}).`;
    const end = text.length;
    sentences.push({
      index,
      start,
      end,
      text: text.slice(start, end),
      paragraph: 0,
      tokenStart: index * 10,
      tokenEnd: index * 10 + 10,
    });
    const code = r.code ?? (reciprocal ? '043' : '112');
    const date =
      r.date === null
        ? null
        : r.date === undefined
          ? published === null
            ? null
            : { value: published, precision: 'inferred' as const, start: published, end: published }
          : typeof r.date === 'string'
            ? { value: r.date, precision: 'day' as const, start: r.date, end: r.date }
            : { value: `${r.date.start}/${r.date.end}`, ...r.date };
    events.push({
      code,
      root: code.slice(0, 2),
      quad: reciprocal ? 1 : 3,
      goldstein: reciprocal ? 4 : -2,
      plover: { type: reciprocal ? 'CONSULT' : 'ACCUSE', mode: null },
      sources: reciprocal ? [aActor, bActor] : [aActor],
      targets: reciprocal ? [aActor, bActor] : [bActor],
      reciprocal,
      modality: r.modality ?? 'asserted',
      date,
      location: null,
      evidence: { text: text.slice(start, end - 1), start, end: end - 1 },
      sentence: index,
      rule: { id: `verbs/${code}`, dictionary: 'fixtures-1' },
    });
  });
  const id = reportArticleId(spec.key);
  return {
    article: {
      id,
      title: spec.title ?? `Report ${spec.key}`,
      source: spec.source === undefined ? `Outlet ${spec.key}` : spec.source,
      url: spec.url === undefined ? `https://example.org/${spec.key}` : spec.url,
      published,
      publishedSource: published === null ? 'missing' : 'file',
      language: 'en',
      text,
      origin: { path: 'reports.jsonl' },
    },
    readerVersion: spec.readerVersion ?? 'reader-1',
    sentences,
    mentions: [],
    events,
  };
}
