import type { Context } from 'hono';
import type { ApiContext } from '../context.js';

/** Validated path parameters and query of a request. */
export interface HandlerInput {
  readonly params: Record<string, unknown>;
  readonly query: Record<string, unknown>;
}

/** A route's handler: JSON-able data, or a finished Response. */
export type Handler = (c: Context, input: HandlerInput) => Promise<unknown>;

export type Handlers = (api: ApiContext) => Record<string, Handler>;
