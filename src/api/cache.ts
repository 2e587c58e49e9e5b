/**
 * A bounded in-memory cache of GET responses, keyed by URL and the store's generation (bumped
 * after every ingest through this server: DuckDB lets one process write, so no write can
 * happen elsewhere while the server holds the file). Concurrent requests for the same key
 * share one computation. Least recently used entries go first.
 */

export interface CachedResponse {
  readonly status: number;
  readonly body: string;
  readonly type: string;
}

export interface CacheOptions {
  /** Most entries kept (default 2000). */
  readonly maxEntries?: number;
  /** Most body bytes kept, roughly (default 64 MB). */
  readonly maxBytes?: number;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly pending = new Map<string, Promise<CachedResponse>>();
  private bytes = 0;
  private generation = 0;
  private readonly maxEntries: number;
  private readonly maxBytes: number;

  constructor(options: CacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 2000;
    this.maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  }

  /** Forgets everything: the data changed. */
  invalidate(): void {
    this.generation += 1;
    this.entries.clear();
    this.pending.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached response for `key`, or the one `compute` makes (stored when its status is 200). */
  async get(key: string, compute: () => Promise<CachedResponse>): Promise<CachedResponse> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const running = this.pending.get(key);
    if (running) return running;
    const generation = this.generation;
    const promise = compute().finally(() => {
      if (this.pending.get(key) === promise) this.pending.delete(key);
    });
    this.pending.set(key, promise);
    const response = await promise;
    if (response.status === 200 && generation === this.generation) this.store(key, response);
    return response;
  }

  private store(key: string, response: CachedResponse): void {
    const size = response.body.length * 2;
    if (size > this.maxBytes / 4) return;
    this.entries.set(key, response);
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.body.length * 2;
    }
  }
}
