/**
 * The API's response shapes, taken (types only, nothing bundled) from the zod contract in
 * src/api/schemas.ts: when the API changes shape, the dashboard stops type-checking.
 */
import type { z } from 'zod';
import type * as S from '../../../src/api/schemas.js';

export type EventJson = z.output<typeof S.Event>;
export type ActorJson = z.output<typeof S.Actor>;
export type EventsPage = z.output<typeof S.EventsPage>;
export type EventDetail = z.output<typeof S.EventDetail>;
export type EventReport = z.output<typeof S.EventReport>;
export type Highlight = z.output<typeof S.Highlight>;
export type FactJson = z.output<typeof S.FactJson>;
export type FactsPage = z.output<typeof S.FactsPage>;
export type DesignationJson = z.output<typeof S.DesignationJson>;
export type DesignationsPage = z.output<typeof S.DesignationsPage>;
export type ArticleDetail = z.output<typeof S.ArticleDetail>;
export type ArticleRef = z.output<typeof S.ArticleRef>;
export type Series = z.output<typeof S.Series>;
export type SeriesPoint = z.output<typeof S.SeriesPointJson>;
export type IndexSeries = z.output<typeof S.IndexSeries>;
export type IndexPoint = z.output<typeof S.IndexPointJson>;
export type Actors = z.output<typeof S.ActorsJson>;
export type ActorItem = Actors['items'][number];
export type Stats = z.output<typeof S.StatsJson>;
export type ErrorBody = z.output<typeof S.ErrorBody>;
