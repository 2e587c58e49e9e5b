/** Loads the facts stage's tables from data/facts (or another folder), frozen. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DyadError } from '../core/errors.js';
import { parseKinds } from './kinds.js';
import { throwIfErrors } from './tsv.js';
import type { FactTables, WordSets } from './types.js';
import { parseWords } from './words.js';

/** data/facts in the project. */
export const FACTS_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'facts');

/** Reads a data file, naming it in the error when it cannot be read. */
export function readDataFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new DyadError(path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** Parses and checks data/facts/words.tsv. */
export function loadWords(dir: string = FACTS_DATA_DIR): WordSets {
  const path = join(dir, 'words.tsv');
  const words = parseWords(readDataFile(path), path);
  throwIfErrors(words.errors);
  return words.value;
}

/** Parses kinds.tsv and words.tsv; throws a DyadError naming `file:line` of the first bad row. */
export function loadFactTables(dir: string = FACTS_DATA_DIR): FactTables {
  const path = join(dir, 'kinds.tsv');
  const kinds = parseKinds(readDataFile(path), path);
  throwIfErrors(kinds.errors);
  return Object.freeze({ rules: kinds.value, words: loadWords(dir) });
}
