import { createHash } from 'node:crypto';
import type { Engine } from './engine.js';

/** Dyad's code version; bump when reading or coding changes what is stored. */
export const CODE_VERSION = '0.1.0';

/**
 * Identifies what produced an article's derived rows: the code version and the sha256 of
 * every dictionary read. Re-ingesting with the same reader version changes nothing.
 */
export function readerVersion(engine: Engine): string {
  const hash = createHash('sha256');
  hash.update(CODE_VERSION);
  for (const [file, sha] of Object.entries(engine.dicts.versions).sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(`\n${file} ${sha}`);
  }
  hash.update(`\nverbs ${engine.verbs.version}`);
  return `${CODE_VERSION}+${hash.digest('hex').slice(0, 16)}`;
}
