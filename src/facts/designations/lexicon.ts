/**
 * The designation extractor's word tables, from data/facts: orgs.tsv (organisation names → codes),
 * statuses.tsv (status phrases → normalised status) and initiatives.tsv (initiative names → canonical
 * name and owner state).
 */
import { join } from 'node:path';
import { FACTS_DATA_DIR, loadWords, readDataFile } from '../load.js';
import { compilePhrase } from '../phrases.js';
import { listCell, parseTsv, sortedErrors, throwIfErrors, type Parsed } from '../tsv.js';
import type { Phrase, WordSets } from '../types.js';

export interface OrgName {
  readonly code: string;
  readonly phrase: Phrase;
}

export interface StatusPhrase {
  readonly phrase: Phrase;
  readonly status: string;
  readonly position: 'before' | 'after';
  readonly id: string;
}

export interface InitiativeName {
  readonly initiative: string;
  readonly owner: string;
  readonly phrase: Phrase;
}

export interface DesignationLexicon {
  readonly orgs: readonly OrgName[];
  readonly statuses: readonly StatusPhrase[];
  readonly initiatives: readonly InitiativeName[];
  readonly words: WordSets;
}

export function parseOrgs(text: string, file: string): Parsed<readonly OrgName[]> {
  const table = parseTsv(text, file, ['code', 'names']);
  const errors = [...table.errors];
  const out: OrgName[] = [];
  for (const row of table.value) {
    const at = `${file}:${row.line}`;
    const code = row.cells['code'] ?? '';
    if (!/^IGO[A-Z0-9]{2,}$/.test(code)) errors.push(`${at}: code '${code}' is not an IGO code`);
    const names = listCell(row.cells['names']);
    if (names.length === 0) errors.push(`${at}: no names`);
    if (errors.some((e) => e.startsWith(`${at}:`))) continue;
    for (const name of names) out.push(Object.freeze({ code, phrase: compilePhrase(name, at) }));
  }
  return { value: Object.freeze(out), errors: sortedErrors(errors) };
}

export function parseStatuses(text: string, file: string): Parsed<readonly StatusPhrase[]> {
  const table = parseTsv(text, file, ['phrase', 'status', 'position', 'id']);
  const errors = [...table.errors];
  const out: StatusPhrase[] = [];
  for (const row of table.value) {
    const at = `${file}:${row.line}`;
    const phrase = row.cells['phrase'] ?? '';
    const status = row.cells['status'] ?? '';
    const position = row.cells['position'] ?? '';
    const id = row.cells['id'] ?? '';
    if (phrase.length === 0 || status.length === 0) errors.push(`${at}: empty phrase or status`);
    else if (position !== 'before' && position !== 'after')
      errors.push(`${at}: position '${position}' is not before or after`);
    else if (!/^membership\/[a-z-]+$/.test(id)) errors.push(`${at}: id '${id}' is not membership/name`);
    else out.push(Object.freeze({ phrase: compilePhrase(phrase, at), status, position, id }));
  }
  return { value: Object.freeze(out), errors: sortedErrors(errors) };
}

export function parseInitiatives(text: string, file: string): Parsed<readonly InitiativeName[]> {
  const table = parseTsv(text, file, ['initiative', 'owner', 'names']);
  const errors = [...table.errors];
  const out: InitiativeName[] = [];
  for (const row of table.value) {
    const at = `${file}:${row.line}`;
    const initiative = row.cells['initiative'] ?? '';
    const owner = row.cells['owner'] ?? '';
    const names = listCell(row.cells['names']);
    if (initiative.length === 0 || names.length === 0) errors.push(`${at}: empty initiative or names`);
    else if (!/^[A-Z]{3}$/.test(owner)) errors.push(`${at}: owner '${owner}' is not an ISO3 code`);
    else
      for (const name of names)
        out.push(Object.freeze({ initiative, owner, phrase: compilePhrase(name, at) }));
  }
  return { value: Object.freeze(out), errors: sortedErrors(errors) };
}

/** Loads orgs.tsv, statuses.tsv, initiatives.tsv and words.tsv; throws a DyadError naming `file:line`. */
export function loadDesignationLexicon(dir: string = FACTS_DATA_DIR): DesignationLexicon {
  const read = <T>(name: string, parse: (text: string, file: string) => Parsed<T>): T => {
    const path = join(dir, name);
    const parsed = parse(readDataFile(path), path);
    throwIfErrors(parsed.errors);
    return parsed.value;
  };
  return Object.freeze({
    orgs: read('orgs.tsv', parseOrgs),
    statuses: read('statuses.tsv', parseStatuses),
    initiatives: read('initiatives.tsv', parseInitiatives),
    words: loadWords(dir),
  });
}
