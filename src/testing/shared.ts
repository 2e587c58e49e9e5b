import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Root of the read-only shared data: $DYAD_SHARED, else ../shared beside the project. */
export const sharedRoot = resolve(process.env.DYAD_SHARED ?? join(projectRoot, '..', 'shared'));

/**
 * Path of a file under ../shared, or null when it is absent. Tests use it as
 * `const f = sharedFile('corpus/seed/x.txt'); test('...', { skip: skipReason(f) }, ...)`.
 */
export function sharedFile(relative: string): string | null {
  const path = join(sharedRoot, relative);
  return existsSync(path) ? path : null;
}

/** A skip message naming the missing shared file, or false when present. */
export function skipUnlessShared(relative: string): string | false {
  return sharedFile(relative) ? false : `../shared/${relative} is absent: test skipped`;
}
