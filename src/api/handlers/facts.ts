import type { z } from 'zod';
import { designationJson, factJson } from '../json.js';
import type { DesignationsParams, FactsParams } from '../schemas.js';
import type { Handlers } from './types.js';

export const factHandlers: Handlers = (api) => ({
  async listFacts(_c, { query }) {
    const q = query as z.output<typeof FactsParams>;
    if (q.dyad) for (const key of q.dyad) await api.requireKnown(key, 'dyad');
    if (q.party) await api.requireKnown(q.party, 'party');
    const page = await api.store.listFacts({
      ...(q.dyad ? { dyad: q.dyad } : {}),
      ...(q.party !== undefined ? { party: q.party } : {}),
      ...(q.kind !== undefined ? { kind: q.kind } : {}),
      ...(q.article !== undefined ? { articleId: q.article } : {}),
      ...(q.from !== undefined ? { from: q.from } : {}),
      ...(q.to !== undefined ? { to: q.to } : {}),
      limit: q.limit,
      cursor: q.cursor ?? null,
    });
    return { items: page.items.map(factJson), nextCursor: page.nextCursor };
  },

  async listDesignations(_c, { query }) {
    const q = query as z.output<typeof DesignationsParams>;
    if (q.dyad) for (const key of q.dyad) await api.requireKnown(key, 'dyad');
    if (q.party) await api.requireKnown(q.party, 'party');
    const page = await api.store.listDesignations({
      ...(q.dyad ? { dyad: q.dyad } : {}),
      ...(q.party !== undefined ? { party: q.party } : {}),
      ...(q.kind !== undefined ? { kind: q.kind } : {}),
      ...(q.from !== undefined ? { from: q.from } : {}),
      ...(q.to !== undefined ? { to: q.to } : {}),
      limit: q.limit,
      cursor: q.cursor ?? null,
    });
    return { items: page.items.map(designationJson), nextCursor: page.nextCursor };
  },
});
