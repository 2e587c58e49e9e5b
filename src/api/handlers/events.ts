import type { z } from 'zod';
import type { DateMention, PlaceMention } from '../../core/types.js';
import type { EventQuery } from '../../store/types.js';
import { MODALITIES } from '../schemas.js';
import { ApiError } from '../errors.js';
import { reportJson, storedEventJson } from '../json.js';
import type { EventPath, EventsParams } from '../schemas.js';
import { all } from './articles.js';
import type { Handlers } from './types.js';

/** The store's dyad filter for a direction. */
export function dyadFilter(
  dyad: readonly [string, string],
  direction: 'both' | 'ab' | 'ba',
): { dyad: readonly [string, string]; undirected: boolean } {
  return { dyad: direction === 'ba' ? [dyad[1], dyad[0]] : dyad, undirected: direction === 'both' };
}

export const eventHandlers: Handlers = (api) => ({
  async listEvents(_c, { query }) {
    const q = query as z.output<typeof EventsParams>;
    if (q.dyad) {
      await api.requireKnown(q.dyad[0], 'dyad');
      await api.requireKnown(q.dyad[1], 'dyad');
    }
    if (q.actor) await api.requireKnown(q.actor, 'actor');
    const filter: EventQuery = {
      ...(q.dyad ? dyadFilter(q.dyad, q.direction) : {}),
      ...(q.actor !== undefined ? { actor: q.actor } : {}),
      ...(q.from !== undefined ? { from: q.from } : {}),
      ...(q.to !== undefined ? { to: q.to } : {}),
      ...(q.root !== undefined ? { root: q.root } : {}),
      ...(q.code !== undefined ? { code: q.code } : {}),
      ...(q.quad !== undefined ? { quad: q.quad } : {}),
      ...(q.modality.length < MODALITIES.length ? { modalities: q.modality } : {}),
      ...(q.dataset !== undefined ? { dataset: q.dataset } : {}),
      ...(q.q !== undefined ? { text: q.q } : {}),
      order: q.order,
      limit: q.limit,
      cursor: q.cursor ?? null,
    };
    const page = await api.store.listEvents(filter);
    return { items: page.items.map(storedEventJson), nextCursor: page.nextCursor };
  },

  async getEvent(_c, { params }) {
    const { id } = params as z.output<typeof EventPath>;
    const event = await api.store.getEvent(id);
    if (!event) throw new ApiError(404, 'id', `no event ${id}`);
    const reports = await api.store.listEventReports({ eventId: id });
    const context = new Map<string, (DateMention | PlaceMention)[]>();
    for (const articleId of new Set(reports.map((r) => r.articleId).filter((x): x is string => x !== null))) {
      const mentions = await Promise.all(
        (['date', 'place'] as const).map((kind) =>
          all((cursor) => api.store.listMentions({ articleId, kind, limit: 1000, cursor })),
        ),
      );
      context.set(articleId, mentions.flat() as (DateMention | PlaceMention)[]);
    }
    return {
      event: storedEventJson(event),
      mentions: reports.map((r) => reportJson(r, r.articleId ? (context.get(r.articleId) ?? []) : [])),
    };
  },
});
