/**
 * Records → response JSON, in the shapes of schemas.ts. Events use the one event JSON
 * of src/cli/event-json.ts.
 */
import type { ChangeView, DyadPeriod, IndexPoint, Level } from '../analysis/index.js';
import { cooperativeShare } from '../analysis/index.js';
import { eventJson } from '../cli/event-json.js';
import { storedEventJson } from '../export/event-json.js';
import type { DateMention, PlaceMention, Sentence } from '../core/types.js';
import type {
  StoredArticleSummary,
  StoredDesignation,
  StoredEvent,
  StoredEventReport,
  StoredFact,
} from '../store/types.js';

export { storedEventJson };

export function articleSummaryJson(a: StoredArticleSummary): Record<string, unknown> {
  return {
    id: a.id,
    title: a.title,
    source: a.source,
    url: a.url,
    published: a.published,
    readerVersion: a.readerVersion,
    ingestedAt: a.ingestedAt,
    counts: a.counts,
  };
}

export function sentenceJson(s: Sentence): Record<string, unknown> {
  return { index: s.index, start: s.start, end: s.end, text: s.text, paragraph: s.paragraph };
}

export type Highlight = {
  readonly kind: 'source' | 'target' | 'verb' | 'evidence' | 'date' | 'place';
  readonly start: number;
  readonly end: number;
  readonly text: string;
};

/**
 * One report of an event with the spans to highlight: its actors, verb and evidence, and the
 * date and place mentions of its sentence (`context`).
 */
export function reportJson(
  r: StoredEventReport,
  context: readonly (DateMention | PlaceMention)[] = [],
): Record<string, unknown> {
  const e = r.event;
  const highlights: Highlight[] = [
    { kind: 'evidence', start: e.evidence.start, end: e.evidence.end, text: e.evidence.text },
  ];
  const seen = new Set<string>();
  const add = (h: Highlight) => {
    const key = `${h.kind}:${h.start}:${h.end}`;
    if (h.end > h.start && !seen.has(key)) {
      seen.add(key);
      highlights.push(h);
    }
  };
  for (const a of e.sources) add({ kind: 'source', start: a.start, end: a.end, text: a.text });
  for (const a of e.targets) add({ kind: 'target', start: a.start, end: a.end, text: a.text });
  if (e.verb) add({ kind: 'verb', ...e.verb });
  for (const m of context) {
    if (m.sentence === e.sentence) add({ kind: m.kind, start: m.start, end: m.end, text: m.text });
  }
  return {
    id: r.id,
    eventId: r.eventId,
    article: r.article,
    sentence: r.sentence ? sentenceJson(r.sentence) : null,
    event: eventJson(e),
    highlights,
  };
}

export function factJson(f: StoredFact): Record<string, unknown> {
  return {
    articleId: f.articleId,
    ordinal: f.ordinal,
    kind: f.kind,
    value: f.value,
    valueEnd: f.valueEnd ?? null,
    unit: f.unit,
    parties: f.parties,
    direction: f.direction,
    period: f.period,
    qualifier: f.qualifier,
    subject: f.subject,
    evidence: f.evidence,
    sentence: f.sentence,
    sentenceText: f.sentenceText,
    rule: { id: f.rule.id, partiesFrom: f.rule.partiesFrom },
    article: f.article,
  };
}

export function designationJson(d: StoredDesignation): Record<string, unknown> {
  return {
    articleId: d.articleId,
    ordinal: d.ordinal,
    kind: d.kind,
    parties: d.parties,
    label: d.label,
    level: d.level,
    rank: d.rank,
    date: d.date,
    day: d.day,
    evidence: d.evidence,
    sentence: d.sentence,
    sentenceText: d.sentenceText,
    rule: { id: d.rule.id, partiesFrom: d.rule.partiesFrom ?? null },
    article: d.article,
  };
}

export function seriesPointJson(p: DyadPeriod): Record<string, unknown> {
  return {
    period: p.period,
    end: p.end,
    events: p.events,
    quads: p.quads,
    roots: p.roots,
    goldstein: { sum: p.goldstein.sum, mean: p.goldstein.mean },
    cooperative: cooperativeShare(p),
    mentions: p.mentions,
    articles: p.articles,
  };
}

export function levelJson(level: Level): Record<string, unknown> {
  const e = level.entry;
  const d = e?.designation ?? null;
  return {
    score: level.score,
    rank: e?.rank ?? null,
    label: e?.label ?? null,
    since: e?.day ?? null,
    source: e?.source ?? null,
    evidence: d
      ? { article: d.article, sentence: d.sentence, text: d.evidence.text, sentenceText: d.sentenceText }
      : null,
    reference: e?.reference ?? null,
  };
}

export function indexPointJson(p: IndexPoint): Record<string, unknown> {
  const c = p.components;
  return {
    period: p.period,
    end: p.end,
    index: p.index,
    components: {
      events: c.events,
      weight: c.weight,
      tone: c.tone,
      balance: c.balance,
      confidence: c.confidence,
      eventScore: c.eventScore,
      level: levelJson(c.level),
    },
  };
}

export function changeJson(c: ChangeView): Record<string, unknown> {
  return {
    period: c.period,
    end: c.end,
    signals: c.signals.map((s) => ({ ...s })),
    drivers: c.drivers.map((e: StoredEvent) => storedEventJson(e)),
  };
}
