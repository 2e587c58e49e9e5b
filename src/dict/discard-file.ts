/**
 * Pure parser of PETRARCH discard lists (`Phoenix.discards.txt`): one phrase per
 * line; a leading `+` discards the whole story, otherwise only the sentence.
 * PETRARCH's documentation: "If the string ends with '_', the matched string
 * must also end with a blank or punctuation mark; otherwise it is treated as a
 * stem" — so an open last word matches any word it begins ("CHAMPION" matches
 * "championship"), a trailing `_` requires the whole word. Matching is not case
 * sensitive.
 */
import { dictLines } from './dict-lines.js';
import type { ParseResult } from './parse-result.js';

export interface DiscardEntry {
  /** `file:line`. */
  readonly id: string;
  readonly phrase: string;
  readonly scope: 'sentence' | 'story';
  /** True when the phrase ended with `_` (whole last word); false = stem. */
  readonly exact: boolean;
}

export interface DiscardFile {
  readonly file: string;
  readonly entries: readonly DiscardEntry[];
}

/** Parses a discard list. Never throws. */
export function parseDiscardFile(text: string, fileName: string): ParseResult<DiscardFile> {
  const { lines, errors: commentErrors } = dictLines(text, fileName);
  const errors: string[] = [...commentErrors];
  const entries: DiscardEntry[] = [];
  for (const { line, text: body } of lines) {
    const story = body.startsWith('+');
    const written = (story ? body.slice(1) : body).trim();
    const exact = written.endsWith('_');
    const phrase = written.replace(/_+$/, '');
    if (!/[\p{L}\p{N}]/u.test(phrase)) {
      errors.push(`${fileName}:${line}: empty discard phrase`);
      continue;
    }
    if (/[[\]]/.test(phrase)) {
      errors.push(`${fileName}:${line}: discard phrases take no [code]`);
      continue;
    }
    entries.push({ id: `${fileName}:${line}`, phrase, scope: story ? 'story' : 'sentence', exact });
  }
  return { value: { file: fileName, entries }, errors, warnings: [] };
}
