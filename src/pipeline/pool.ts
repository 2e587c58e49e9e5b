/**
 * A pool of analysis worker threads (`dyad ingest --jobs N`): each worker holds its own
 * engine and reads and codes whole groups of articles (group.ts), so N cores work on N groups
 * at once; a group is one message each way, so a run of short items does not cost a message
 * per item. The caller keeps input order (it awaits results in the order it asked), so what is
 * stored, and every id derived from it, is the same as with one thread.
 *
 * `analyzeGroup` never rejects: an article that fails, or whose worker dies, comes back as
 * `{ ok: false, message }` and the ingest reports it as it reports any unreadable article.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DyadError } from '../core/errors.js';
import type { AnalysisInput, AnalysisOutcome } from './analyze.js';
import type { WorkerMessage, WorkerSetup } from './worker-protocol.js';

/** What the pool gives for an article: what `tryAnalyzeGroup` gives in this thread. */
export type PoolOutcome = AnalysisOutcome;

export interface AnalyzerPool {
  readonly size: number;
  /** The reader version every worker reported (they load the same dictionaries). */
  readonly readerVersion: string;
  readonly warnings: readonly string[];
  /** The outcome of each article of a group of consecutive articles, in its order. */
  analyzeGroup(inputs: readonly AnalysisInput[]): Promise<PoolOutcome[]>;
  /** One article's outcome (a group of one). */
  analyze(input: AnalysisInput): Promise<PoolOutcome>;
  close(): Promise<void>;
}

/** The most workers `--jobs auto` starts: each holds its own dictionaries (about 400 MB). */
export const MAX_AUTO_JOBS = 8;

/** `--jobs`: a positive whole number, or "auto" (one per core, at most MAX_AUTO_JOBS). */
export function parseJobs(value: string): number {
  if (value === 'auto') return Math.max(1, Math.min(availableParallelism(), MAX_AUTO_JOBS));
  if (!/^[1-9]\d{0,2}$/.test(value))
    throw new DyadError('--jobs', `"${value}" is not a number of worker threads (1-999) or "auto"`);
  return Number(value);
}

interface Slot {
  readonly worker: Worker;
  /** Per group in hand: its number of articles, and what settles it. */
  readonly waiting: Map<
    number,
    { readonly size: number; readonly settle: (outcomes: PoolOutcome[]) => void }
  >;
  dead: string | null;
}

const ENTRY = new URL('./worker-entry.js', import.meta.url);

function startWorker(
  setup: WorkerSetup,
): Promise<{ slot: Slot; ready: Extract<WorkerMessage, { kind: 'ready' }> }> {
  // execArgv [] : the entry registers the TypeScript loader itself, whatever the parent ran with
  const worker = new Worker(ENTRY, { workerData: setup, execArgv: [] });
  const slot: Slot = { worker, waiting: new Map(), dead: null };
  return new Promise((resolve, reject) => {
    let ready = false;
    const die = (why: string): void => {
      if (slot.dead !== null) return;
      slot.dead = why;
      for (const { size, settle } of slot.waiting.values())
        settle(Array.from({ length: size }, () => ({ ok: false as const, message: why })));
      slot.waiting.clear();
      if (!ready) reject(new DyadError('--jobs', why));
    };
    worker.on('message', (message: WorkerMessage) => {
      switch (message.kind) {
        case 'ready':
          ready = true;
          resolve({ slot, ready: message });
          return;
        case 'setup-failed':
          die(message.message);
          return;
        case 'analysis': {
          const waiting = slot.waiting.get(message.id);
          slot.waiting.delete(message.id);
          waiting?.settle([...message.outcomes]);
          return;
        }
      }
    });
    worker.on('error', (error) => die(`analysis worker failed: ${error.message.split('\n')[0]}`));
    worker.on('exit', (code) => die(`analysis worker exited (code ${code})`));
  });
}

/** Starts `size` workers and waits until each has loaded its engine. */
export async function createAnalyzerPool(size: number, setup: WorkerSetup = {}): Promise<AnalyzerPool> {
  const started = await Promise.allSettled(Array.from({ length: size }, () => startWorker(setup)));
  const slots = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value.slot] : []));
  const failure = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) {
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw failure.reason;
  }
  const readies = started.map(
    (s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof startWorker>>>).value.ready,
  );
  const versions = new Set(readies.map((r) => r.readerVersion));
  if (versions.size !== 1) {
    await Promise.all(slots.map((s) => s.worker.terminate()));
    throw new DyadError('--jobs', `the workers loaded different dictionaries (${[...versions].join(', ')})`);
  }
  let next = 0;
  const analyzeGroup = (inputs: readonly AnalysisInput[]): Promise<PoolOutcome[]> => {
    if (inputs.length === 0) return Promise.resolve([]);
    // the live worker with the fewest groups in hand
    const live = slots.filter((s) => s.dead === null);
    if (live.length === 0) {
      const message = slots[0]?.dead ?? 'no analysis worker';
      return Promise.resolve(inputs.map(() => ({ ok: false as const, message })));
    }
    const slot = live.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
    const id = next++;
    const articles = inputs.map((a) => ({ text: a.text, published: a.published }));
    return new Promise<PoolOutcome[]>((resolve) => {
      slot.waiting.set(id, { size: articles.length, settle: resolve });
      slot.worker.postMessage({ id, articles });
    });
  };
  return {
    size,
    readerVersion: readies[0]!.readerVersion,
    warnings: readies[0]!.warnings,
    analyzeGroup,
    analyze: async (input) => (await analyzeGroup([input]))[0]!,
    async close() {
      for (const s of slots) s.dead ??= 'closed';
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
