/**
 * The route table of Dyad's HTTP API and the OpenAPI 3.1 document built from it
 * (served at /openapi.json). Parameters and bodies come from the zod schemas in
 * schemas.ts, so what is validated is what is documented; a test checks that the
 * app serves exactly these routes.
 */
import { z } from 'zod';
import * as S from './schemas.js';

export type Method = 'get' | 'post';

export interface RouteSpec {
  readonly method: Method;
  /** OpenAPI path template, e.g. /api/dyads/{a}/{b}/series. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description?: string;
  readonly tag: string;
  readonly pathParams?: z.ZodType;
  readonly query?: z.ZodType;
  /** Media types of the request body, for POST routes. */
  readonly body?: { readonly types: readonly string[]; readonly description: string };
  /** Success response: a JSON schema from schemas.ts, or other media types. */
  readonly response: z.ZodType | { readonly types: readonly string[]; readonly description: string };
}

export const API_VERSION = '1.0.0';

/** Every route, in the order of the document. */
export const ROUTES: readonly RouteSpec[] = Object.freeze([
  {
    method: 'get',
    path: '/api/articles',
    operationId: 'listArticles',
    summary: 'Stored articles, newest publication first',
    tag: 'articles',
    query: S.PageParams,
    response: S.ArticlesPage,
  },
  {
    method: 'get',
    path: '/api/articles/{id}',
    operationId: 'getArticle',
    summary: 'One article with its text, sentences, events (as coded in it), facts and designations',
    tag: 'articles',
    pathParams: S.ArticlePath,
    response: S.ArticleDetail,
  },
  {
    method: 'get',
    path: '/api/events',
    operationId: 'listEvents',
    summary: 'Events matching every filter given, by event date, with a stable cursor',
    description:
      'The cursor is a keyset position (date, id): pages stay consistent while new events arrive. ' +
      'Undated events never match a date filter and sort last (desc) or first (asc).',
    tag: 'events',
    query: S.EventsParams,
    response: S.EventsPage,
  },
  {
    method: 'get',
    path: '/api/events/{id}',
    operationId: 'getEvent',
    summary: 'One event with every report of it: article, sentence, and spans to highlight',
    tag: 'events',
    pathParams: S.EventPath,
    response: S.EventDetail,
  },
  {
    method: 'get',
    path: '/api/facts',
    operationId: 'listFacts',
    summary: 'Figures (trade, financing, aid...) with their periods and evidence, oldest period first',
    description:
      'from/to select facts whose period overlaps the range; an undated fact counts at its ' +
      "article's publication date.",
    tag: 'facts',
    query: S.FactsParams,
    response: S.FactsPage,
  },
  {
    method: 'get',
    path: '/api/designations',
    operationId: 'listDesignations',
    summary: 'Partnership labels, memberships and initiatives, as a timeline (oldest first)',
    description:
      "A designation's day is its stated date (first day of its period), else its article's " +
      'publication date; from/to filter on that day.',
    tag: 'facts',
    query: S.DesignationsParams,
    response: S.DesignationsPage,
  },
  {
    method: 'get',
    path: '/api/dyads/{a}/{b}/series',
    operationId: 'dyadSeries',
    summary: 'Event counts by quad class and root, Goldstein sum and mean, cooperative share, per period',
    description: 'Periods without events are included (zeros) between from (or the first event) and to.',
    tag: 'dyads',
    pathParams: S.DyadPath,
    query: S.SeriesParams,
    response: S.Series,
  },
  {
    method: 'get',
    path: '/api/dyads/{a}/{b}/index',
    operationId: 'dyadIndex',
    summary: 'The relationship index per period (-100..100) with its components',
    description: 'Formula: src/analysis/README.md (also returned in `formula`).',
    tag: 'dyads',
    pathParams: S.DyadPath,
    query: S.IndexParams,
    response: S.IndexSeries,
  },
  {
    method: 'get',
    path: '/api/dyads/{a}/{b}/changes',
    operationId: 'dyadChanges',
    summary: 'Periods where the index, the event mix or the volume departs from its recent baseline',
    tag: 'dyads',
    pathParams: S.DyadPath,
    query: S.ChangesParams,
    response: S.Changes,
  },
  {
    method: 'get',
    path: '/api/dyads/{a}/{b}/top-events',
    operationId: 'dyadTopEvents',
    summary: 'The most reported / most cooperative / most conflictual events of a period',
    tag: 'dyads',
    pathParams: S.DyadPath,
    query: S.TopEventsParams,
    response: S.TopEvents,
  },
  {
    method: 'get',
    path: '/api/dyads/{a}/{b}/brief',
    operationId: 'dyadBrief',
    summary: "An analyst's brief on the dyad: Markdown or self-contained HTML, every claim with evidence",
    tag: 'dyads',
    pathParams: S.DyadPath,
    query: S.BriefParams,
    response: {
      types: ['text/markdown', 'text/html'],
      description: 'the brief (format=md: text/markdown; format=html: text/html)',
    },
  },
  {
    method: 'get',
    path: '/api/compare',
    operationId: 'compareDyads',
    summary: 'The relationship index of several dyads on the same periods',
    tag: 'dyads',
    query: S.CompareParams,
    response: S.Comparison,
  },
  {
    method: 'get',
    path: '/api/actors',
    operationId: 'searchActors',
    summary: 'Actor keys for a dyad picker: countries and organisations by code prefix or name',
    tag: 'dyads',
    query: S.ActorsParams,
    response: S.ActorsJson,
  },
  {
    method: 'get',
    path: '/api/stats',
    operationId: 'stats',
    summary: 'Row counts, events per dataset, article dates, most mentioned actors',
    tag: 'store',
    query: S.StatsParams,
    response: S.StatsJson,
  },
  {
    method: 'post',
    path: '/api/ingest',
    operationId: 'ingest',
    summary: 'Read, code and store articles sent in the body (the pipeline of `dyad ingest`)',
    description:
      'Body: one article as text/plain, text/markdown or text/html, or several as JSON Lines ' +
      '(application/x-ndjson, application/jsonl). At most 5 MB (413 above). Refused with 403 when ' +
      'the server was started read-only.',
    tag: 'store',
    query: S.IngestParams,
    body: {
      types: ['text/plain', 'text/markdown', 'text/html', 'application/x-ndjson', 'application/jsonl'],
      description: 'the article(s)',
    },
    response: S.IngestResult,
  },
] satisfies RouteSpec[]);

const ERRORS: Record<string, string> = {
  '400': 'a parameter or the body is invalid (the error names it)',
  '404': 'no such route or record',
  '500': 'the server failed',
};

function schemaRef(schema: z.ZodType): Record<string, string> {
  const id = z.globalRegistry.get(schema)?.id;
  if (typeof id !== 'string') throw new Error('response schemas must carry a meta id');
  return { $ref: `#/components/schemas/${id}` };
}

/** OpenAPI parameters from a zod object schema (its input side: what the client sends). */
function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): unknown[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Record<string, unknown>>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

/** The OpenAPI 3.1 document of the routes above. */
export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const used = new Set<string>(['Error']);
  for (const r of ROUTES) {
    const response = r.response;
    let content: Record<string, unknown>;
    let description: string;
    if (response instanceof z.ZodType) {
      const ref = schemaRef(response);
      used.add(ref.$ref!.split('/').at(-1)!);
      content = { 'application/json': { schema: ref } };
      description = 'OK';
    } else {
      content = Object.fromEntries(response.types.map((t) => [t, { schema: { type: 'string' } }]));
      description = response.description;
    }
    const errors = Object.fromEntries(
      Object.entries(
        r.method === 'post' ? { ...ERRORS, '403': 'read-only server', '413': 'body too large' } : ERRORS,
      ).map(([code, text]) => [
        code,
        { description: text, content: { 'application/json': { schema: schemaRef(S.ErrorBody) } } },
      ]),
    );
    (paths[r.path] ??= {})[r.method] = {
      operationId: r.operationId,
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      tags: [r.tag],
      parameters: [...parameters(r.pathParams, 'path'), ...parameters(r.query, 'query')],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              description: r.body.description,
              content: Object.fromEntries(r.body.types.map((t) => [t, { schema: { type: 'string' } }])),
            },
          }
        : {}),
      responses: { '200': { description, content }, ...errors },
    };
  }
  const all = z.toJSONSchema(z.globalRegistry, {
    uri: (id) => `#/components/schemas/${id}`,
    io: 'output',
    unrepresentable: 'any',
  }).schemas;
  const schemas: Record<string, unknown> = {};
  const want = [...used];
  // Components referenced from the used ones are included too.
  for (let i = 0; i < want.length; i += 1) {
    const id = want[i]!;
    const { $schema: _s, $id: _i, ...schema } = all[id] as Record<string, unknown>;
    schemas[id] = schema;
    for (const m of JSON.stringify(schema).matchAll(/#\/components\/schemas\/([A-Za-z]+)/g)) {
      if (!want.includes(m[1]!)) want.push(m[1]!);
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dyad API',
      version: API_VERSION,
      description:
        'Coded political events, facts and designations between countries, with sentence-level ' +
        'evidence. Errors are JSON: {"error": {"status", "parameter", "message"}}.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas },
  };
}
