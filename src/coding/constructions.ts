import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Token } from '../core/types.js';
import { DyadError } from '../core/errors.js';
import { DEFAULT_DATA_DIR } from '../dict/index.js';
import type { VerbFrame } from './parse/structure.js';

/**
 * Events the verb dictionary cannot see because their verb is "to be":
 *   presence   "Lukashenko was in Beijing"            -> 042 (a visit), when the place lies
 *                                                        in another country than the subject's
 *   copular    "Minsk was one of the early supporters of China's initiative"
 *                                                     -> the head noun's code (data/coding/copular.tsv)
 * Each returns the code and where the other party is, for the coder to resolve.
 */
export interface CopularHead {
  readonly head: string;
  readonly code: string;
  readonly id: string;
}

export interface CopularTable {
  readonly heads: ReadonlyMap<string, CopularHead>;
  readonly version: string;
}

/** Parses copular.tsv; a bad line is reported as `file:line: problem` (all of them at once). */
export function parseCopular(text: string, file: string): { value: CopularTable; errors: string[] } {
  const heads = new Map<string, CopularHead>();
  const errors: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line === '' || line.startsWith('#') || line.startsWith('head\t')) return;
    const [head, code] = line.split('\t');
    if (!head || !code || !/^\d{3,4}$/.test(code)) {
      errors.push(`${file}:${i + 1}: expected "head<TAB>code<TAB>note" with a 3- or 4-digit CAMEO code`);
      return;
    }
    heads.set(head.toLowerCase(), { head: head.toLowerCase(), code, id: `${file}:${i + 1}` });
  });
  return { value: { heads, version: file }, errors };
}

export function loadCopular(path = join(DEFAULT_DATA_DIR, 'coding', 'copular.tsv')): CopularTable {
  const file = path.split('/').pop() ?? path;
  const { value, errors } = parseCopular(readFileSync(path, 'utf8'), file);
  if (errors.length > 0) throw new DyadError(path, `${errors.length} bad line(s):\n${errors.join('\n')}`);
  return value;
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re"]);

/** True when the frame's verbs are all forms of "to be". */
export function isCopula(tokens: readonly Token[], frame: VerbFrame): boolean {
  return frame.verbs.every((v) => BE.has(tokens[v]!.norm) || tokens[v]!.lemma === 'be');
}

/**
 * The copular reading of a "be" frame: the head noun after the copula ("one of the supporters
 * of Y" reads the head of the "of" phrase after "one"), and the group naming the other party.
 */
export function copularHead(
  tokens: readonly Token[],
  frame: VerbFrame,
  table: CopularTable,
): { head: CopularHead; partyAt: number } | null {
  const member = frame.object?.members[0];
  if (!member) return null;
  let np = member;
  const headWord = tokens[member.np.head]!.norm;
  if ((headWord === 'one' || headWord === 'among') && member.attachments[0]?.prep === 'of') {
    np = member.attachments[0].object.members[0] ?? member;
  }
  const head = table.heads.get(tokens[np.np.head]!.norm);
  if (!head) return null;
  const of = np.attachments.find((a) => a.prep === 'of');
  if (!of) return null;
  return { head, partyAt: of.object.start };
}
