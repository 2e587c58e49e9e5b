// Entry of an analysis worker thread (see pool.ts): a worker does not inherit the
// TypeScript loader the main thread registered, so it registers tsx itself, then loads
// the worker's TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
