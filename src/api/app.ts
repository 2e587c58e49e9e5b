/**
 * The HTTP API as a hono app, testable in-process (`app.request(...)`). Routes come from
 * the table in openapi.ts; each route's path parameters and query are validated with its
 * zod schema before the handler runs. Every error is JSON (errors.ts).
 */
import { Hono, type Context } from 'hono';
import type { ZodType } from 'zod';
import { bodyLimit } from 'hono/body-limit';
import { DyadError, describeError } from '../core/errors.js';
import { ResponseCache, type CacheOptions } from './cache.js';
import { createContext, type ContextOptions } from './context.js';
import { ApiError, errorBody, fromZod } from './errors.js';
import { articleHandlers } from './handlers/articles.js';
import { dyadHandlers } from './handlers/dyads.js';
import { eventHandlers } from './handlers/events.js';
import { factHandlers } from './handlers/facts.js';
import { storeHandlers } from './handlers/store.js';
import type { Handler } from './handlers/types.js';
import { ROUTES, buildOpenApi } from './openapi.js';
import { FALLBACK_PAGE, staticFile } from './static.js';

export interface AppOptions extends ContextOptions {
  /** Cache GET responses until the next ingest (default true); false turns it off. */
  readonly cache?: boolean | CacheOptions;
  /** The dashboard's build folder (web/dist); null or missing: a plain page at `/`. */
  readonly webRoot?: string | null;
  /** Where unexpected errors are logged (default: stderr). */
  readonly log?: (line: string) => void;
}

/** `/api/dyads/{a}/{b}` → `/api/dyads/:a/:b`. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

function fail(c: Context, error: ApiError) {
  return c.json(errorBody(error.status, error.parameter, error.message), error.status);
}

export function createApp(options: AppOptions): Hono {
  const cache =
    options.cache === false ? null : new ResponseCache(options.cache === true ? {} : options.cache);
  const api = createContext({ ...options, onWrite: () => cache?.invalidate() });
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const handlers: Record<string, Handler> = {
    ...articleHandlers(api),
    ...eventHandlers(api),
    ...factHandlers(api),
    ...dyadHandlers(api),
    ...storeHandlers(api),
  };
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof ApiError) return fail(c, error);
    if (error instanceof DyadError) return fail(c, new ApiError(400, error.input, error.message));
    log(`dyad serve: ${c.req.method} ${c.req.path}: ${describeError(error)}`);
    return fail(c, new ApiError(500, null, 'internal error (see the server log)'));
  });
  app.notFound((c) => {
    if (c.req.method === 'GET' && !c.req.path.startsWith('/api/')) {
      const file = staticFile(options.webRoot ?? null, c.req.path);
      if (file) {
        return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
          'Content-Type': file.type,
          ...(file.immutable ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {}),
        });
      }
      if (c.req.path === '/') return c.html(FALLBACK_PAGE);
    }
    return fail(c, new ApiError(404, null, `no route ${c.req.method} ${c.req.path}`));
  });

  const openapi = buildOpenApi();
  app.get('/openapi.json', (c) => c.json(openapi));

  for (const route of ROUTES) {
    const handler = handlers[route.operationId];
    if (!handler) throw new Error(`no handler for ${route.operationId}`);
    const path = honoPath(route.path);
    const compute = async (c: Context): Promise<Response> => {
      const params = route.pathParams ? parse(route.pathParams, c.req.param(), 'path') : {};
      const query = route.query ? parse(route.query, singleQuery(c), 'query') : {};
      const result = await handler(c, { params, query });
      return result instanceof Response ? result : c.json(result);
    };
    const run = async (c: Context): Promise<Response> => {
      if (cache === null || route.method !== 'get') return compute(c);
      const url = new URL(c.req.url);
      url.searchParams.sort();
      const cached = await cache.get(`${url.pathname}?${url.searchParams}`, async () => {
        const res = await compute(c);
        return {
          status: res.status,
          body: await res.text(),
          type: res.headers.get('content-type') ?? 'application/json',
        };
      });
      return c.body(cached.body, cached.status as 200, { 'Content-Type': cached.type });
    };
    if (route.method === 'post') {
      app.post(
        path,
        bodyLimit({
          maxSize: api.maxBodyBytes,
          onError: (c) =>
            fail(c, new ApiError(413, 'body', `larger than the limit of ${api.maxBodyBytes} bytes`)),
        }),
        run,
      );
    } else {
      app.get(path, run);
    }
  }
  return app;
}

function parse(schema: ZodType, input: unknown, where: string): Record<string, unknown> {
  const result = schema.safeParse(input);
  if (!result.success) throw fromZod(result.error, where);
  return result.data as Record<string, unknown>;
}

/** The query as one value per name; a name given twice is refused. */
function singleQuery(c: Context): Record<string, string> {
  const all = c.req.queries();
  const out: Record<string, string> = {};
  for (const [name, values] of Object.entries(all)) {
    if (values.length > 1) throw new ApiError(400, name, 'given more than once');
    out[name] = values[0] ?? '';
  }
  return out;
}
