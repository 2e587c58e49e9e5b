import type { z } from 'zod';
import type { DateMention, PlaceMention } from '../../core/types.js';
import type { Page, StoredDesignation, StoredFact } from '../../store/types.js';
import { ApiError } from '../errors.js';
import { articleSummaryJson, designationJson, factJson, reportJson, sentenceJson } from '../json.js';
import type { ArticlePath, PageParams } from '../schemas.js';
import type { Handlers } from './types.js';

async function all<T>(list: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await list(cursor);
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

export const articleHandlers: Handlers = (api) => ({
  async listArticles(_c, { query }) {
    const q = query as z.output<typeof PageParams>;
    const page = await api.store.listArticles({ limit: q.limit, cursor: q.cursor ?? null });
    return { items: page.items.map(articleSummaryJson), nextCursor: page.nextCursor };
  },

  async getArticle(_c, { params }) {
    const { id } = params as z.output<typeof ArticlePath>;
    const [summary, bundle] = await Promise.all([api.store.getArticle(id), api.store.getBundle(id)]);
    if (!summary || !bundle) throw new ApiError(404, 'id', `no article ${id}`);
    const [reports, facts, designations] = await Promise.all([
      api.store.listEventReports({ articleId: id }),
      all<StoredFact>((cursor) => api.store.listFacts({ articleId: id, limit: 1000, cursor })),
      all<StoredDesignation>((cursor) => api.store.listDesignations({ articleId: id, limit: 1000, cursor })),
    ]);
    const context = bundle.mentions.filter(
      (m): m is DateMention | PlaceMention => m.kind === 'date' || m.kind === 'place',
    );
    const a = bundle.article;
    return {
      article: {
        ...articleSummaryJson(summary),
        text: a.text,
        publishedSource: a.publishedSource,
        language: a.language,
      },
      sentences: bundle.sentences.map(sentenceJson),
      events: reports.map((r) => reportJson(r, context)),
      facts: facts.map(factJson),
      designations: designations.map(designationJson),
    };
  },
});

export { all };
