/** What every view gets from the app: the API, navigation, and the shared evidence panel. */
import type { Api } from './api/client.js';
import type { EventJson } from './api/types.js';
import type { ViewState } from './state.js';

export interface NavigateOptions {
  /** Replace the history entry instead of adding one. */
  readonly replace?: boolean;
  /** The element that asked (focus returns to it when the evidence panel closes). */
  readonly opener?: Element | null;
}

export interface Ctx {
  readonly api: Api;
  /** CAMEO code → name. */
  readonly cameo: Readonly<Record<string, string>>;
  state(): ViewState;
  navigate(patch: Partial<ViewState>, options?: NavigateOptions): void;
  /** Opens the evidence panel on a list of events (a chart period, a place) and shows the first. */
  openList(title: string, load: (signal: AbortSignal) => Promise<EventJson[]>, opener: Element | null): void;
  /** Marks the form field of an API parameter as refused. */
  invalid(parameter: string, message: string): void;
}

/** One load at a time: starting a new one aborts the previous. */
export class Latest {
  private controller: AbortController | null = null;
  start(): AbortSignal {
    this.controller?.abort();
    this.controller = new AbortController();
    return this.controller.signal;
  }
}

/** Every item of a cursor listing, up to `max`. */
export async function allPages<T>(
  api: Api,
  path: string,
  query: Readonly<Record<string, string>>,
  signal: AbortSignal,
  max = 5000,
): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: T[]; nextCursor: string | null } = await api.get(
      path,
      { ...query, limit: '1000', ...(cursor ? { cursor } : {}) },
      signal,
    );
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null && out.length < max);
  return out;
}
