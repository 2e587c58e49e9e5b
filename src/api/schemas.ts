/**
 * The API contract in zod: every query parameter the routes accept (validated at run
 * time) and every response body (documented in /openapi.json and checked by the tests).
 * Extend, don't change: the dashboard is written against these shapes.
 */
import { z } from 'zod';
import { isIsoDay } from '../store/query.js';

// ---------------------------------------------------------------------------
// Parameters (query strings arrive as strings; these schemas check and convert them)

export const MAX_PAGE = 1000;
/** Actor keys: an ISO alpha-3 country or a whole actor code for actors without one (IGOEUREEC). */
export const ACTOR_KEY = /^[A-Z][A-Z0-9]{2,15}$/;
export const MODALITIES = ['asserted', 'negated', 'future', 'hypothetical'] as const;
/** Analytics count these by default: negated and hypothetical events did not happen. */
export const DEFAULT_MODALITIES = ['asserted', 'future'] as const;
export const INTERVALS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const DATASETS = ['dyad', 'gdelt', 'icews', 'plover'] as const;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: (i) => `must be a day YYYY-MM-DD, got "${String(i.input)}"` })
  .refine(isIsoDay, { error: (i) => `must be a real day YYYY-MM-DD, got "${String(i.input)}"` })
  .describe('a day, YYYY-MM-DD (inclusive)');

const actorKey = z
  .string()
  .regex(ACTOR_KEY, { error: (i) => `must be an actor key like CHN or IGOEUREEC, got "${String(i.input)}"` })
  .describe('ISO alpha-3 country (CHN) or, for actors without a country, the whole code (IGOEUREEC)');

const dyadParam = z
  .string()
  .regex(/^[A-Z][A-Z0-9]{2,15}-[A-Z][A-Z0-9]{2,15}$/, {
    error: (i) => `must be two actor keys joined by "-", e.g. CHN-BLR; got "${String(i.input)}"`,
  })
  .transform((s) => s.split('-') as [string, string])
  .describe('two actor keys, source first: CHN-BLR');

const limit = (fallback: number, max: number) =>
  z.coerce
    .number({ error: (i) => `must be an integer, got "${String(i.input)}"` })
    .int({ error: 'must be an integer' })
    .min(1, { error: 'must be at least 1' })
    .max(max, { error: `must be at most ${max}` })
    .default(fallback)
    .describe(`page size, 1..${max}`);

const cursor = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,2000}$/, { error: 'not a cursor returned by this listing' })
  .describe('opaque: the nextCursor of the previous page');

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true');

const modalityList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
      if (value === 'all') return [...MODALITIES];
      const parts = value.split(',').map((p) => p.trim());
      for (const p of parts) {
        if (!(MODALITIES as readonly string[]).includes(p)) {
          ctx.addIssue({
            code: 'custom',
            message: `must be "all" or a comma list of ${MODALITIES.join(', ')}; got "${p}"`,
          });
          return z.NEVER;
        }
      }
      return [...new Set(parts)] as (typeof MODALITIES)[number][];
    })
    .describe(`comma list of ${MODALITIES.join(', ')}, or "all"; default ${fallback}`);

const direction = z
  .enum(['both', 'ab', 'ba'], { error: 'must be both, ab or ba' })
  .default('both')
  .describe('both: either direction (undirected); ab: source A, target B; ba: the reverse');

const interval = z
  .enum(INTERVALS, { error: `must be one of ${INTERVALS.join(', ')}` })
  .default('month')
  .describe('period length; weeks start on Monday');

const dataset = z
  .enum(DATASETS, { error: `must be one of ${DATASETS.join(', ')}` })
  .optional()
  .describe('only events from this source');

/** Refuses from > to, naming `to`. */
function ordered<T extends { from?: string | undefined; to?: string | undefined }>(
  value: T,
  ctx: z.RefinementCtx,
): void {
  if (value.from !== undefined && value.to !== undefined && value.from > value.to) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: `must not be before from (${value.from} > ${value.to})`,
    });
  }
}

const range = { from: day.optional(), to: day.optional() };

export const PageParams = z.strictObject({ limit: limit(100, MAX_PAGE), cursor: cursor.optional() });

export const EventsParams = z
  .strictObject({
    dyad: dyadParam.optional(),
    direction,
    actor: actorKey.optional().describe('events with this actor key among sources or targets'),
    ...range,
    root: z
      .string()
      .regex(/^\d{2}$/, { error: 'must be a two-digit CAMEO root' })
      .optional(),
    code: z
      .string()
      .regex(/^\d{2,4}$/, { error: 'must be a CAMEO code of 2 to 4 digits' })
      .optional(),
    quad: z
      .enum(['1', '2', '3', '4'], { error: 'must be 1, 2, 3 or 4' })
      .transform((q) => Number(q) as 1 | 2 | 3 | 4)
      .optional(),
    modality: modalityList('all'),
    dataset,
    q: z
      .string()
      .min(1, { error: 'must not be empty' })
      .max(200, { error: 'must be at most 200 characters' })
      .optional()
      .describe('text search in the evidence (case-insensitive substring)'),
    order: z.enum(['asc', 'desc'], { error: 'must be asc or desc' }).default('desc'),
    limit: limit(100, MAX_PAGE),
    cursor: cursor.optional(),
  })
  .superRefine(ordered);

export const FactsParams = z
  .strictObject({
    dyad: dyadParam.optional().describe('both keys among the parties (either order)'),
    party: actorKey.optional(),
    kind: z
      .string()
      .regex(/^[a-z_]{1,40}$/, { error: 'must be a fact kind like trade_volume' })
      .optional(),
    article: z
      .string()
      .regex(/^[0-9a-f]{32}$/, { error: 'must be an article id (32 hex digits)' })
      .optional(),
    ...range,
    limit: limit(100, MAX_PAGE),
    cursor: cursor.optional(),
  })
  .superRefine(ordered);

export const DesignationsParams = z
  .strictObject({
    dyad: dyadParam.optional().describe('both keys among the parties (either order)'),
    party: actorKey.optional(),
    kind: z
      .enum(['partnership', 'membership', 'initiative'], {
        error: 'must be partnership, membership or initiative',
      })
      .optional(),
    ...range,
    limit: limit(100, MAX_PAGE),
    cursor: cursor.optional(),
  })
  .superRefine(ordered);

export const DyadPath = z.strictObject({ a: actorKey, b: actorKey });
export const EventPath = z.strictObject({ id: z.string().min(1).max(200) });
export const ArticlePath = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{32}$/, { error: 'must be an article id (32 hex digits)' }),
});

const seriesShape = {
  interval,
  ...range,
  direction,
  modality: modalityList(DEFAULT_MODALITIES.join(',')),
  dataset,
};

export const SeriesParams = z.strictObject(seriesShape).superRefine(ordered);

const reference = bool(true).describe(
  "also use Dyad's reference table of partnership upgrades (data/partnerships) for the level",
);

export const IndexParams = z.strictObject({ ...seriesShape, reference }).superRefine(ordered);

export const CompareParams = z
  .strictObject({
    dyads: z
      .string()
      .transform((value, ctx) => {
        const parts = value.split(',').map((p) => p.trim());
        if (parts.length > 12) {
          ctx.addIssue({ code: 'custom', message: 'at most 12 dyads' });
          return z.NEVER;
        }
        const out: [string, string][] = [];
        for (const p of parts) {
          const parsed = dyadParam.safeParse(p);
          if (!parsed.success) {
            ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]?.message ?? 'bad dyad' });
            return z.NEVER;
          }
          out.push(parsed.data);
        }
        return out;
      })
      .describe('comma list of dyads, e.g. CHN-BLR,CHN-RUS,BLR-IGOEUREEC (at most 12)'),
    ...seriesShape,
    reference,
  })
  .superRefine(ordered);

export const ChangesParams = z
  .strictObject({
    ...seriesShape,
    reference,
    window: z.coerce
      .number({ error: 'must be an integer' })
      .int({ error: 'must be an integer' })
      .min(3, { error: 'must be at least 3' })
      .max(104, { error: 'must be at most 104' })
      .default(6)
      .describe('baseline length in periods'),
    threshold: z.coerce
      .number({ error: 'must be a number' })
      .min(1, { error: 'must be at least 1' })
      .max(10, { error: 'must be at most 10' })
      .default(2)
      .describe('z-score above which a period is flagged'),
    drivers: limit(5, 20).describe('events listed per change'),
  })
  .superRefine(ordered);

export const TopEventsParams = z
  .strictObject({
    ...range,
    direction,
    modality: modalityList(DEFAULT_MODALITIES.join(',')),
    dataset,
    order: z
      .enum(['salience', 'cooperative', 'conflictual'], {
        error: 'must be salience, cooperative or conflictual',
      })
      .default('salience')
      .describe('salience: mentions then |Goldstein|; cooperative/conflictual: weighted Goldstein'),
    limit: limit(10, 100),
  })
  .superRefine(ordered);

export const BriefParams = z
  .strictObject({
    ...range,
    format: z.enum(['md', 'html'], { error: 'must be md or html' }).default('md'),
    interval: interval.optional().describe('index chart period; default chosen from the date range'),
    reference,
  })
  .superRefine(ordered);

export const ActorsParams = z.strictObject({
  q: z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(100, { error: 'must be at most 100 characters' })
    .optional()
    .describe('code prefix or part of a name'),
  limit: limit(20, 100),
});

export const StatsParams = z.strictObject({ top: limit(10, 100).describe('length of the top lists') });

export const IngestParams = z.strictObject({
  published: day.optional().describe('publication date for articles that lack one'),
  format: z
    .enum(['text', 'markdown', 'html', 'jsonl', 'feed'], {
      error: 'must be text, markdown, html, jsonl or feed',
    })
    .optional()
    .describe('body format; default from Content-Type, else sniffed'),
  title: z.string().min(1).max(500).optional().describe('title for a text body'),
});

// ---------------------------------------------------------------------------
// Responses

const nullableString = z.string().nullable();
const nullableNumber = z.number().nullable();
const int = z.number().int();

export const ErrorBody = z
  .strictObject({
    error: z.strictObject({
      status: int,
      /** The query/path parameter or body part at fault, or null. */
      parameter: nullableString,
      message: z.string(),
    }),
  })
  .meta({ id: 'Error' });

export const ArticleRef = z
  .strictObject({ id: z.string(), title: nullableString, url: nullableString, published: nullableString })
  .meta({ id: 'ArticleRef' });

export const Actor = z
  .strictObject({
    code: nullableString,
    country: nullableString,
    sector: nullableString,
    name: nullableString,
    text: nullableString,
    /** UTF-16 offsets into the article text (null for imported events). */
    start: int.nullable(),
    end: int.nullable(),
    via: z.string().optional(),
  })
  .meta({ id: 'Actor' });

const EventDate = z.strictObject({
  value: z.string(),
  precision: z.string(),
  start: z.string(),
  end: z.string(),
});
const Location = z.strictObject({
  name: z.string(),
  country: nullableString,
  lat: nullableNumber,
  lon: nullableNumber,
});
const Plover = z.strictObject({ type: nullableString, mode: nullableString });

/** A stored (canonical) event: the CLI's event JSON plus its id, dataset, counts, article and origin. */
export const Event = z
  .strictObject({
    id: z.string(),
    dataset: z.enum(DATASETS),
    externalId: nullableString,
    code: nullableString,
    root: nullableString,
    quad: int.nullable(),
    goldstein: nullableNumber,
    plover: Plover,
    sources: z.array(Actor),
    targets: z.array(Actor),
    reciprocal: z.boolean(),
    modality: z.enum(MODALITIES),
    date: EventDate.nullable(),
    location: Location.nullable(),
    evidence: z
      .strictObject({
        text: z.string(),
        start: int.nullable(),
        end: int.nullable(),
        articleId: nullableString,
        sentence: int.nullable(),
        url: nullableString.optional().describe('imported events: the document the evidence is in'),
        offsets: z
          .strictObject({ actor1: int.nullable(), actor2: int.nullable(), action: int.nullable() })
          .nullable()
          .optional()
          .describe('imported GDELT events: character offsets in that document'),
      })
      .nullable(),
    sentence: int.nullable(),
    rule: z.strictObject({ id: z.string(), dictionary: z.string() }).nullable(),
    counts: z.strictObject({ mentions: int, articles: int, sources: int }),
    article: ArticleRef.nullable(),
    sourceUrl: nullableString,
    origin: z
      .strictObject({ file: z.string(), line: int.nullable() })
      .nullable()
      .describe('imported events: the file and line they were read from'),
    extra: z
      .record(z.string(), z.unknown())
      .nullable()
      .describe('imported events: dataset-specific fields kept for a faithful export'),
  })
  .meta({ id: 'Event' });

export const EventsPage = z
  .strictObject({ items: z.array(Event), nextCursor: nullableString })
  .meta({ id: 'EventsPage' });

/** A character range to highlight, as UTF-16 offsets into the article text. */
export const Highlight = z
  .strictObject({
    kind: z.enum(['source', 'target', 'verb', 'evidence', 'date', 'place']),
    start: int,
    end: int,
    text: z.string(),
  })
  .meta({ id: 'Highlight' });

export const SentenceJson = z
  .strictObject({ index: int, start: int, end: int, text: z.string(), paragraph: int })
  .meta({ id: 'Sentence' });

/** An event as coded in one report (the CLI's event JSON, `dyad code`). */
export const CodedEvent = z
  .strictObject({
    code: z.string(),
    root: z.string(),
    quad: int,
    goldstein: z.number(),
    plover: Plover,
    sources: z.array(Actor),
    targets: z.array(Actor),
    reciprocal: z.boolean(),
    modality: z.enum(MODALITIES),
    date: EventDate.nullable(),
    location: Location.nullable(),
    evidence: z.strictObject({ text: z.string(), start: int, end: int }),
    verb: z
      .strictObject({ text: z.string(), start: int, end: int })
      .nullable()
      .describe('the verb phrase the rule matched; null on reports stored before it was recorded'),
    sentence: int,
    rule: z.strictObject({ id: z.string(), dictionary: z.string() }),
  })
  .meta({ id: 'CodedEvent' });

export const EventReport = z
  .strictObject({
    id: z.string(),
    eventId: z.string(),
    article: ArticleRef.nullable(),
    sentence: SentenceJson.nullable(),
    event: CodedEvent,
    highlights: z.array(Highlight),
  })
  .meta({ id: 'EventReport' });

export const EventDetail = z
  .strictObject({ event: Event, mentions: z.array(EventReport) })
  .meta({ id: 'EventDetail' });

const Counts = z.strictObject({
  sentences: int,
  mentions: int,
  events: int,
  facts: int,
  designations: int,
});

export const ArticleSummary = z
  .strictObject({
    id: z.string(),
    title: nullableString,
    source: nullableString,
    url: nullableString,
    published: nullableString,
    readerVersion: z.string(),
    ingestedAt: z.string(),
    counts: Counts,
  })
  .meta({ id: 'ArticleSummary' });

export const ArticlesPage = z
  .strictObject({ items: z.array(ArticleSummary), nextCursor: nullableString })
  .meta({ id: 'ArticlesPage' });

const Evidence = z.strictObject({ text: z.string(), start: int, end: int });

export const FactJson = z
  .strictObject({
    articleId: z.string(),
    ordinal: int,
    kind: z.string(),
    value: z.number(),
    valueEnd: nullableNumber,
    unit: z.string(),
    parties: z.array(z.string()),
    direction: nullableString,
    period: z.strictObject({
      start: nullableString,
      end: nullableString,
      precision: z.string(),
      value: z.string(),
    }),
    qualifier: nullableString,
    subject: nullableString,
    evidence: Evidence,
    sentence: int,
    sentenceText: nullableString,
    rule: z.strictObject({ id: z.string(), partiesFrom: z.string() }),
    article: ArticleRef,
  })
  .meta({ id: 'Fact' });

export const FactsPage = z
  .strictObject({ items: z.array(FactJson), nextCursor: nullableString })
  .meta({ id: 'FactsPage' });

export const DesignationJson = z
  .strictObject({
    articleId: z.string(),
    ordinal: int,
    kind: z.enum(['partnership', 'membership', 'initiative']),
    parties: z.array(z.string()),
    label: z.string(),
    level: nullableString,
    rank: int.nullable(),
    date: z.strictObject({ value: z.string(), precision: z.string() }),
    /** First day the designation is known to hold: its stated date, else the article's publication date. */
    day: nullableString,
    evidence: Evidence,
    sentence: int,
    sentenceText: nullableString,
    rule: z.strictObject({ id: z.string(), partiesFrom: nullableString }),
    article: ArticleRef,
  })
  .meta({ id: 'Designation' });

export const DesignationsPage = z
  .strictObject({ items: z.array(DesignationJson), nextCursor: nullableString })
  .meta({ id: 'DesignationsPage' });

export const ArticleDetail = z
  .strictObject({
    article: ArticleSummary.extend({
      text: z.string(),
      publishedSource: z.string(),
      language: z.string(),
    }),
    sentences: z.array(SentenceJson),
    events: z.array(EventReport),
    facts: z.array(FactJson),
    designations: z.array(DesignationJson),
  })
  .meta({ id: 'ArticleDetail' });

const Quads = z.tuple([int, int, int, int]).describe('events per GDELT quad class 1..4');

export const SeriesPointJson = z
  .strictObject({
    period: z.string().describe('first day of the period'),
    end: z.string().describe('last day of the period'),
    events: int,
    quads: Quads,
    roots: z.record(z.string(), int).describe('events per CAMEO root code'),
    goldstein: z.strictObject({ sum: z.number(), mean: nullableNumber }),
    cooperative: nullableNumber.describe('share of events in quad classes 1 and 2'),
    mentions: int.describe('reports of the events (NumMentions)'),
    articles: int.describe('distinct stored articles reporting the events'),
  })
  .meta({ id: 'SeriesPoint' });

const DyadJson = z.tuple([z.string(), z.string()]);

export const Series = z
  .strictObject({
    dyad: DyadJson,
    direction: z.enum(['both', 'ab', 'ba']),
    interval: z.enum(INTERVALS),
    modalities: z.array(z.enum(MODALITIES)),
    points: z.array(SeriesPointJson),
  })
  .meta({ id: 'Series' });

export const LevelJson = z
  .strictObject({
    score: z.number().describe('0..1'),
    rank: int.nullable(),
    label: nullableString,
    since: nullableString,
    source: z.enum(['designation', 'reference']).nullable(),
    /** For source 'designation': the article and sentence that state it. */
    evidence: z
      .strictObject({ article: ArticleRef, sentence: int, text: z.string(), sentenceText: nullableString })
      .nullable(),
    /** For source 'reference': the data file row (file:line). */
    reference: nullableString,
  })
  .meta({ id: 'Level' });

export const IndexPointJson = z
  .strictObject({
    period: z.string(),
    end: z.string(),
    index: z.number().describe('-100..100'),
    components: z.strictObject({
      events: int,
      weight: z.number(),
      tone: nullableNumber,
      balance: nullableNumber,
      confidence: z.number(),
      eventScore: z.number(),
      level: LevelJson,
    }),
  })
  .meta({ id: 'IndexPoint' });

export const IndexSeries = z
  .strictObject({
    dyad: DyadJson,
    direction: z.enum(['both', 'ab', 'ba']),
    interval: z.enum(INTERVALS),
    modalities: z.array(z.enum(MODALITIES)),
    formula: z.string(),
    points: z.array(IndexPointJson),
  })
  .meta({ id: 'IndexSeries' });

export const Comparison = z
  .strictObject({
    interval: z.enum(INTERVALS),
    formula: z.string(),
    dyads: z.array(IndexSeries),
  })
  .meta({ id: 'Comparison' });

export const Signal = z
  .strictObject({
    kind: z.enum(['index', 'mix', 'volume']),
    direction: z.enum(['up', 'down']),
    value: z.number(),
    baseline: z.number(),
    /** z-score for index and volume; total variation distance (0..1) for mix. */
    score: z.number(),
    detail: z.string(),
  })
  .meta({ id: 'Signal' });

export const Change = z
  .strictObject({
    period: z.string(),
    end: z.string(),
    signals: z.array(Signal),
    drivers: z.array(Event),
  })
  .meta({ id: 'Change' });

export const Changes = z
  .strictObject({
    dyad: DyadJson,
    interval: z.enum(INTERVALS),
    method: z.strictObject({
      name: z.string(),
      window: int,
      threshold: z.number(),
      description: z.string(),
    }),
    changes: z.array(Change),
  })
  .meta({ id: 'Changes' });

export const TopEvents = z.strictObject({ items: z.array(Event) }).meta({ id: 'TopEvents' });

export const ActorsJson = z
  .strictObject({
    items: z.array(
      z.strictObject({
        code: z.string(),
        name: nullableString,
        kind: z.enum(['country', 'organisation', 'actor']),
        events: int.describe('stored events with this key as a source or target'),
      }),
    ),
  })
  .meta({ id: 'Actors' });

export const StatsJson = z
  .strictObject({
    schemaVersion: z.string(),
    counts: z.strictObject({
      articles: int,
      sentences: int,
      mentions: int,
      events: int,
      eventMentions: int,
      eventPairs: int,
      facts: int,
      designations: int,
    }),
    eventsByDataset: z.record(z.string(), int),
    articleDates: z.strictObject({ first: z.string(), last: z.string() }).nullable(),
    topActors: z.array(z.strictObject({ code: z.string(), name: nullableString, mentions: int })),
    topCountries: z.array(z.strictObject({ country: z.string(), mentions: int })),
  })
  .meta({ id: 'Stats' });

export const IngestResult = z
  .strictObject({
    articles: z.array(
      z.strictObject({
        id: z.string(),
        title: nullableString,
        status: z.enum(['new', 'unchanged', 'updated', 'failed']),
        events: int,
        facts: int,
        designations: int,
        error: z.string().optional(),
      }),
    ),
    errors: z.array(z.strictObject({ input: z.string(), message: z.string() })),
  })
  .meta({ id: 'IngestResult' });
