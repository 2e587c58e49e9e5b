/**
 * An analysis worker thread: builds its own engine (dictionaries, verbs, wink model) once,
 * then reads and codes the groups of articles the pool sends, each group stage by stage, and
 * posts back the rows the store keeps. A failure on one article is reported for that article
 * and the worker goes on, as the sequential ingest does.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createEngine } from '../cli/engine.js';
import { readerVersion } from '../cli/reader-version.js';
import { describeError } from '../core/errors.js';
import { tryAnalyzeGroup } from './analyze.js';
import type { AnalyzeRequest, WorkerMessage, WorkerSetup } from './worker-protocol.js';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function start(setup: WorkerSetup): void {
  let engine: ReturnType<typeof createEngine>;
  try {
    engine = createEngine(setup.dictionaries ? { dictionaries: setup.dictionaries } : {});
  } catch (error) {
    post({ kind: 'setup-failed', message: describeError(error) });
    return;
  }
  parentPort?.on('message', (request: AnalyzeRequest) => {
    post({ kind: 'analysis', id: request.id, outcomes: tryAnalyzeGroup(engine.analyzer, request.articles) });
  });
  post({ kind: 'ready', readerVersion: readerVersion(engine), warnings: engine.warnings });
}

start(workerData as WorkerSetup);
