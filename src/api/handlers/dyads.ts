import type { z } from 'zod';
import {
  CHANGE_METHOD,
  INDEX_FORMULA,
  compareDyads,
  dyadChanges,
  dyadIndex,
  dyadPeriods,
  dyadTopEvents,
  type DyadQuery,
} from '../../analysis/index.js';
import { buildBrief, renderHtml, renderMarkdown } from '../../brief/index.js';
import type { ApiContext } from '../context.js';
import { changeJson, indexPointJson, seriesPointJson, storedEventJson } from '../json.js';
import type {
  BriefParams,
  ChangesParams,
  CompareParams,
  DyadPath,
  IndexParams,
  SeriesParams,
  TopEventsParams,
} from '../schemas.js';
import type { Handlers } from './types.js';

type SeriesQuery = z.output<typeof SeriesParams>;

async function dyadOf(api: ApiContext, params: unknown): Promise<[string, string]> {
  const { a, b } = params as z.output<typeof DyadPath>;
  await api.requireKnown(a, 'a');
  await api.requireKnown(b, 'b');
  return [a, b];
}

function dyadQuery(dyad: readonly [string, string], q: Partial<SeriesQuery>): DyadQuery {
  return {
    dyad,
    ...(q.direction !== undefined ? { direction: q.direction } : {}),
    ...(q.interval !== undefined ? { interval: q.interval } : {}),
    ...(q.from !== undefined ? { from: q.from } : {}),
    ...(q.to !== undefined ? { to: q.to } : {}),
    ...(q.modality !== undefined ? { modalities: q.modality } : {}),
    ...(q.dataset !== undefined ? { dataset: q.dataset } : {}),
  };
}

export const dyadHandlers: Handlers = (api) => ({
  async dyadSeries(_c, { params, query }) {
    const dyad = await dyadOf(api, params);
    const q = query as SeriesQuery;
    const periods = await dyadPeriods(api.store, dyadQuery(dyad, q));
    return {
      dyad,
      direction: q.direction,
      interval: q.interval,
      modalities: q.modality,
      points: periods.map(seriesPointJson),
    };
  },

  async dyadIndex(_c, { params, query }) {
    const dyad = await dyadOf(api, params);
    const q = query as z.output<typeof IndexParams>;
    const view = await dyadIndex(api.store, dyadQuery(dyad, q), q.reference ? api.partnerships() : null);
    return {
      dyad,
      direction: q.direction,
      interval: q.interval,
      modalities: q.modality,
      formula: INDEX_FORMULA,
      points: view.points.map(indexPointJson),
    };
  },

  async dyadChanges(_c, { params, query }) {
    const dyad = await dyadOf(api, params);
    const q = query as z.output<typeof ChangesParams>;
    const changes = await dyadChanges(
      api.store,
      dyadQuery(dyad, q),
      q.reference ? api.partnerships() : null,
      {
        params: { window: q.window, threshold: q.threshold },
        drivers: q.drivers,
      },
    );
    return {
      dyad,
      interval: q.interval,
      method: {
        name: 'rolling-baseline',
        window: q.window,
        threshold: q.threshold,
        description: CHANGE_METHOD,
      },
      changes: changes.map(changeJson),
    };
  },

  async dyadTopEvents(_c, { params, query }) {
    const dyad = await dyadOf(api, params);
    const q = query as z.output<typeof TopEventsParams>;
    const events = await dyadTopEvents(api.store, { ...dyadQuery(dyad, q), order: q.order, limit: q.limit });
    return { items: events.map(storedEventJson) };
  },

  async dyadBrief(c, { params, query }) {
    const dyad = await dyadOf(api, params);
    const q = query as z.output<typeof BriefParams>;
    const directory = api.directory();
    const brief = await buildBrief(api.store, {
      dyad,
      ...(q.from !== undefined ? { from: q.from } : {}),
      ...(q.to !== undefined ? { to: q.to } : {}),
      ...(q.interval !== undefined ? { interval: q.interval } : {}),
      partnerships: q.reference ? api.partnerships() : null,
      nameOf: (key: string) => directory.get(key)?.name ?? null,
      codeName: api.codeName,
    });
    if (q.format === 'html') return c.html(renderHtml(brief));
    return c.body(renderMarkdown(brief), 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
  },

  async compareDyads(_c, { query }) {
    const q = query as z.output<typeof CompareParams>;
    for (const [a, b] of q.dyads) {
      await api.requireKnown(a, 'dyads');
      await api.requireKnown(b, 'dyads');
    }
    const views = await compareDyads(
      api.store,
      q.dyads.map((d) => dyadQuery(d, q)),
      q.reference ? api.partnerships() : null,
    );
    return {
      interval: q.interval,
      formula: INDEX_FORMULA,
      dyads: views.map((v, i) => ({
        dyad: q.dyads[i],
        direction: q.direction,
        interval: q.interval,
        modalities: q.modality,
        formula: INDEX_FORMULA,
        points: v.points.map(indexPointJson),
      })),
    };
  },
});
