import type { z } from 'zod';
import { ApiError } from '../errors.js';
import { ingestBody } from '../ingest.js';
import type { ActorsParams, IngestParams, StatsParams } from '../schemas.js';
import type { Handlers } from './types.js';

export const storeHandlers: Handlers = (api) => ({
  async searchActors(_c, { query }) {
    const q = query as z.output<typeof ActorsParams>;
    const directory = api.directory();
    if (q.q === undefined) {
      const top = await api.store.actorKeys({ limit: q.limit });
      return {
        items: top.map((k) => {
          const info = directory.describe(k.key);
          return { code: k.key, name: info.name, kind: info.kind, events: k.events };
        }),
      };
    }
    const known = directory.find(q.q, q.limit);
    const prefix = q.q.toUpperCase();
    const [counts, stored] = await Promise.all([
      api.store.actorKeys({ keys: known.map((a) => a.code), limit: q.limit }),
      /^[A-Z0-9]+$/.test(prefix) ? api.store.actorKeys({ prefix, limit: q.limit }) : Promise.resolve([]),
    ]);
    const events = new Map([...counts, ...stored].map((k) => [k.key, k.events]));
    const items = known.map((a) => ({
      code: a.code,
      name: a.name,
      kind: a.kind,
      events: events.get(a.code) ?? 0,
    }));
    for (const k of stored) {
      if (items.length >= q.limit) break;
      if (items.some((i) => i.code === k.key)) continue;
      const info = directory.describe(k.key);
      items.push({ code: k.key, name: info.name, kind: info.kind, events: k.events });
    }
    return { items };
  },

  async stats(_c, { query }) {
    const q = query as z.output<typeof StatsParams>;
    return api.store.stats({ top: q.top });
  },

  async ingest(c, { query }) {
    if (api.readOnly) throw new ApiError(403, null, 'the server was started read-only');
    const q = query as z.output<typeof IngestParams>;
    const body = await c.req.text();
    if (body.trim() === '') throw new ApiError(400, 'body', 'is empty');
    const engine = await api.engine();
    const result = ingestBody(api.store, engine, body, c.req.header('content-type'), {
      ...(q.published !== undefined ? { published: q.published } : {}),
      ...(q.format !== undefined ? { format: q.format } : {}),
      ...(q.title !== undefined ? { title: q.title } : {}),
    });
    try {
      return await result;
    } finally {
      api.wrote();
    }
  },
});
