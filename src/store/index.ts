export { openStore, DEFAULT_STORE_PATH } from './open.js';
export { expandPairs, actorKey, type EventPair } from './pairs.js';
export { checkBundle } from './validate.js';
export type * from './types.js';
export { DATASETS } from './types.js';
