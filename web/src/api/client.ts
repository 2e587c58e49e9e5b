/**
 * A small client for Dyad's JSON API. Every failure becomes an ApiFailure: status 0 when the
 * API cannot be reached, else the HTTP status with the parameter the API named.
 */
import type { ErrorBody } from './types.js';

export class ApiFailure extends Error {
  constructor(
    /** 0: the API could not be reached (or answered something that is not the API). */
    readonly status: number,
    /** The query or path parameter the API refused, if it named one. */
    readonly parameter: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export interface Api {
  get<T>(path: string, query?: Readonly<Record<string, string>>, signal?: AbortSignal): Promise<T>;
}

/** The URL of an API path with its query (parameters in the order given). */
export function apiUrl(path: string, query: Readonly<Record<string, string>> = {}): string {
  const params = new URLSearchParams(query).toString();
  return params === '' ? path : `${path}?${params}`;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function isErrorBody(value: unknown): value is ErrorBody {
  const e = (value as { error?: { message?: unknown } } | null)?.error;
  return typeof e === 'object' && e !== null && typeof e.message === 'string';
}

export function createApi(base = '', fetcher: typeof fetch = (...a) => fetch(...a)): Api {
  return {
    async get<T>(path: string, query: Readonly<Record<string, string>> = {}, signal?: AbortSignal) {
      let response: Response;
      try {
        response = await fetcher(base + apiUrl(path, query), {
          headers: { Accept: 'application/json' },
          ...(signal ? { signal } : {}),
        });
      } catch (error) {
        if (isAbort(error)) throw error;
        throw new ApiFailure(0, null, 'Cannot reach the Dyad API. Is `dyad serve` running?');
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch (error) {
        if (isAbort(error)) throw error;
        body = null;
      }
      if (!response.ok) {
        if (isErrorBody(body)) {
          throw new ApiFailure(response.status, body.error.parameter, body.error.message);
        }
        throw new ApiFailure(
          response.status >= 500 || response.status === 404 ? 0 : response.status,
          null,
          `The Dyad API answered ${response.status} ${response.statusText}`.trim(),
        );
      }
      if (body === null) throw new ApiFailure(0, null, 'The Dyad API answered something that is not JSON');
      return body as T;
    },
  };
}
