/**
 * Messages between the analysis pool (pool.ts) and its worker threads (worker.ts). Only
 * structured-clone data crosses: a group of consecutive articles' texts and dates going in (one
 * message per group, analysed stage by stage as in the main thread), each article's stored rows
 * or failure coming back in one message (never the reading's tokens, which the store does not
 * need).
 */
import type { AnalysisInput, AnalysisOutcome } from './analyze.js';

/** What each worker builds its engine from (the CLI's `--dictionaries`). */
export interface WorkerSetup {
  readonly dictionaries?: string;
}

export interface AnalyzeRequest {
  readonly id: number;
  readonly articles: readonly AnalysisInput[];
}

export type WorkerMessage =
  | { readonly kind: 'ready'; readonly readerVersion: string; readonly warnings: readonly string[] }
  | { readonly kind: 'setup-failed'; readonly message: string }
  | { readonly kind: 'analysis'; readonly id: number; readonly outcomes: readonly AnalysisOutcome[] };
