/**
 * Messages between the analysis pool (pool.ts) and its worker threads (worker.ts). Only
 * structured-clone data crosses: an article's text and date going in, the rows the store
 * keeps coming back (never the reading's tokens, which the store does not need).
 */
import type { StoredAnalysis } from './analyze.js';

/** What each worker builds its engine from (the CLI's `--dictionaries`). */
export interface WorkerSetup {
  readonly dictionaries?: string;
}

export interface AnalyzeRequest {
  readonly id: number;
  readonly text: string;
  readonly published: string | null;
}

export type WorkerMessage =
  | { readonly kind: 'ready'; readonly readerVersion: string; readonly warnings: readonly string[] }
  | { readonly kind: 'setup-failed'; readonly message: string }
  | { readonly kind: 'analysis'; readonly id: number; readonly analysis: StoredAnalysis }
  | { readonly kind: 'error'; readonly id: number; readonly message: string };
