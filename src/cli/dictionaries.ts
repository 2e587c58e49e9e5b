import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { loadDictionaries, type Dictionaries } from '../dict/index.js';

/**
 * `--dictionaries DIR`: a folder whose file names contain `actors`, `agents`, `discards`
 * and `verbs` (as the PETRARCH validation suite's folder does). Files found replace Dyad's
 * own of that kind; dates, places, countries and the CAMEO table stay Dyad's.
 */
export interface DictionaryFolder {
  readonly actors: readonly string[];
  readonly agents: readonly string[];
  readonly discards: readonly string[];
  readonly verbs: readonly string[];
}

export function scanDictionaryFolder(dir: string): DictionaryFolder {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    throw new DyadError(
      dir,
      `cannot read the dictionaries folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const pick = (kind: string): string[] =>
    names.filter((n) => n.toLowerCase().includes(kind) && !n.startsWith('.')).map((n) => join(dir, n));
  const folder = {
    actors: pick('actors'),
    agents: pick('agents'),
    discards: pick('discards'),
    verbs: pick('verbs'),
  };
  if (Object.values(folder).every((list) => list.length === 0)) {
    throw new DyadError(dir, 'no file name contains "actors", "agents", "discards" or "verbs"');
  }
  return folder;
}

/** Loads Dyad's dictionaries, with a user folder's files in place of Dyad's own where given. */
export function loadCliDictionaries(dir: string | undefined): {
  dicts: Dictionaries;
  folder: DictionaryFolder | null;
} {
  if (!dir) return { dicts: loadDictionaries(), folder: null };
  const folder = scanDictionaryFolder(dir);
  const dicts = loadDictionaries({
    ...(folder.actors.length ? { actors: [...folder.actors] } : {}),
    ...(folder.agents.length ? { agents: [...folder.agents] } : {}),
    ...(folder.discards.length ? { discards: [...folder.discards] } : {}),
  });
  return { dicts, folder };
}
