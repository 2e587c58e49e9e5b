/**
 * Loading verb files from disk. `loadVerbDictionary` throws one DyadError listing every bad
 * line of every file, unless `allowErrors` is set (the PETRARCH validation suite's own
 * verb file contains deliberately malformed lines).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../../core/errors.js';
import { parseVerbDictionaries } from './parse.js';
import type { VerbText } from './parse.js';
import type { VerbDictionary, VerbIssue } from './types.js';

export interface LoadVerbOptions {
  /** Build the dictionary from the good lines even when some lines are bad. */
  readonly allowErrors?: boolean;
}

export interface LoadedVerbDictionary {
  readonly dictionary: VerbDictionary;
  readonly errors: readonly VerbIssue[];
}

function readVerbText(path: string): VerbText {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new DyadError(path, `cannot read verb dictionary (${reason})`);
  }
  return {
    text: bytes.toString('utf8'),
    file: basename(path),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/**
 * Reads verb files (lowest precedence first) and returns the dictionary and its bad lines.
 * Throws DyadError listing all bad lines unless `allowErrors`.
 */
export function loadVerbFiles(
  paths: string | readonly string[],
  options: LoadVerbOptions = {},
): LoadedVerbDictionary {
  const list = typeof paths === 'string' ? [paths] : paths;
  if (list.length === 0) throw new DyadError('verbs', 'no verb dictionary file given');
  const names = list.map((p) => basename(p));
  const clash = names.find((n, i) => names.indexOf(n) !== i);
  if (clash !== undefined)
    throw new DyadError(clash, 'two verb files with the same name; ids (file:line) would clash');
  const result = parseVerbDictionaries(list.map(readVerbText));
  if (result.errors.length > 0 && options.allowErrors !== true) {
    const where = list.length === 1 ? (list[0] ?? 'verbs') : list.join(', ');
    const lines = result.errors.map((e) => `  ${e.text}`).join('\n');
    throw new DyadError(where, `${result.errors.length} bad line(s) in the verb dictionary:\n${lines}`);
  }
  return { dictionary: result.value, errors: result.errors };
}

/** Reads verb files and returns the dictionary; throws DyadError listing every bad line. */
export function loadVerbDictionary(
  paths: string | readonly string[],
  options: LoadVerbOptions = {},
): VerbDictionary {
  return loadVerbFiles(paths, options).dictionary;
}

/** Folder holding Dyad's verb files (`data/verbs`). */
export const verbDataDir = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'data',
  'verbs',
);

/** Dyad's default verb files, lowest precedence first: CAMEO.2.0.txt, then Dyad.verbs.txt. */
export function defaultVerbFiles(): readonly string[] {
  return [join(verbDataDir, 'CAMEO.2.0.txt'), join(verbDataDir, 'Dyad.verbs.txt')];
}

/** Loads CAMEO.2.0.txt with Dyad's additions (see data/verbs/README.md). */
export function loadDefaultVerbDictionary(): VerbDictionary {
  return loadVerbDictionary(defaultVerbFiles());
}
