/** What the handlers share: the store, the dictionaries' directories (loaded once, lazily), the ingest engine. */
import type { Dictionaries } from '../dict/index.js';
import type { Partnerships } from '../dict/partnerships.js';
import type { Store } from '../store/types.js';
import { createActorDirectory, type ActorDirectory } from './actors.js';
import { ApiError } from './errors.js';
import type { IngestEngine } from './ingest.js';

export interface ApiContext {
  readonly store: Store;
  readonly readOnly: boolean;
  readonly maxBodyBytes: number;
  /** Tells the app the store changed. */
  wrote(): void;
  directory(): ActorDirectory;
  partnerships(): Partnerships;
  /** The CAMEO name of a code (042 → "Make a visit"), or null. */
  codeName(code: string): string | null;
  engine(): Promise<IngestEngine>;
  /** Refuses (400, naming `parameter`) a key neither in the dictionaries nor among the stored events. */
  requireKnown(key: string, parameter: string): Promise<void>;
}

export interface ContextOptions {
  readonly store: Store;
  readonly dictionaries: () => Pick<Dictionaries, 'countries' | 'partnerships' | 'cameo'>;
  readonly engine?: () => IngestEngine | Promise<IngestEngine>;
  readonly readOnly?: boolean;
  readonly maxBodyBytes?: number;
  /** Called after the store was written (to drop cached responses). */
  readonly onWrite?: () => void;
}

export const DEFAULT_MAX_BODY = 5 * 1024 * 1024;

function once<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}

export function createContext(options: ContextOptions): ApiContext {
  const dicts = once(options.dictionaries);
  const directory = once(() => createActorDirectory(dicts()));
  const engine = once(async () => {
    if (!options.engine) throw new ApiError(403, null, 'this server cannot ingest (no reading engine)');
    return options.engine();
  });
  return {
    store: options.store,
    readOnly: options.readOnly ?? options.store.readOnly,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY,
    wrote: () => options.onWrite?.(),
    directory,
    partnerships: () => dicts().partnerships,
    codeName: (code) => dicts().cameo.get(code)?.name ?? null,
    engine,
    async requireKnown(key, parameter) {
      if (directory().has(key)) return;
      const found = await options.store.actorKeys({ keys: [key], limit: 1 });
      if (found.length === 0) {
        throw new ApiError(
          400,
          parameter,
          `unknown actor "${key}": not a country or organisation Dyad knows, nor in any stored event`,
        );
      }
    },
  };
}
