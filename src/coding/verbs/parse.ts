/**
 * The pure reader: text in, `{ value, errors, warnings }` out. Every bad line of every file
 * is reported (`file:line: problem`); the dictionary is built from the good lines.
 */
import { createHash } from 'node:crypto';
import { assembleDictionary } from './assemble.js';
import { lineCount } from './lines.js';
import { readVerbFile } from './read-file.js';
import type { VerbParseResult } from './types.js';

export interface VerbText {
  readonly text: string;
  /** Name used in ids and messages (a base name such as `CAMEO.2.0.txt`). */
  readonly file: string;
  /** sha256 of the file's bytes; computed from the UTF-8 text when absent. */
  readonly sha256?: string;
}

/** Reads several verb files as one dictionary; later files take precedence. */
export function parseVerbDictionaries(inputs: readonly VerbText[]): VerbParseResult {
  const drafts = inputs.map((input) =>
    readVerbFile(
      input.text,
      input.file,
      input.sha256 ?? createHash('sha256').update(input.text, 'utf8').digest('hex'),
      lineCount(input.text),
    ),
  );
  const { value } = assembleDictionary(drafts);
  return {
    value,
    errors: Object.freeze(drafts.flatMap((d) => d.errors)),
    warnings: value.warnings,
  };
}

/** Reads one verb file's text; `file` names it in ids (`file:line`). */
export function parseVerbDictionary(text: string, file: string): VerbParseResult {
  return parseVerbDictionaries([{ text, file }]);
}
