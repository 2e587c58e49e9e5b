/**
 * Pure parser of PETRARCH actor dictionaries (the `.actors.txt` format of the
 * Phoenix files, the PETRARCH validation suite and Dyad's own files):
 *
 *   NAME_WITH_UNDERSCORES  [CODE]          primary phrase, optional codes on the line
 *   +SYNONYM_PHRASE                        synonyms share the entry's codes
 *   	[CODE >yymmdd]                     code lines (any indentation) add dated codes
 *   # comment, ; comment, <!-- comment -->
 *
 * Words are separated by `_` or spaces and must follow each other in the text.
 * A trailing `_` marked an exact word for TABARI; a word without it was a stem
 * (TABARI matched any word starting with it). PETRARCH 2, for which the Phoenix
 * files were written, ignores the mark and matches whole words. The parser keeps
 * the mark (`exact`); actor-index.ts decides how to match (see there).
 */
import { dictLines } from './dict-lines.js';
import { parseDatedCode, type DatedCode } from './dated-code.js';
import type { ParseResult } from './parse-result.js';

export interface ActorPhrase {
  /** The phrase as written (without `+` and trailing `_`), underscores kept. */
  readonly text: string;
  /** 1-based line of the phrase. */
  readonly line: number;
  /** True when the phrase ended with `_` (TABARI: last word exact, not a stem). */
  readonly exact: boolean;
}

/**
 * What an entry names, read from its codes (a heuristic: the files do not say):
 * `country` — its current or default code is a bare 3-letter code;
 * `organisation` — IGO/NGO/NGM/MNC codes; `armed-group` — REB/INS/SEP/IMG/UAF roles;
 * `person` — any other entry with dated codes (office holders);
 * `other` — the rest (e.g. "Pentagon" → USAMIL); `none` — no code at all.
 */
export type ActorKind = 'country' | 'person' | 'organisation' | 'armed-group' | 'other' | 'none';

export interface ActorEntry {
  /** `file:line` of the primary phrase: the provenance every match carries. */
  readonly id: string;
  /** Primary phrase with spaces, e.g. "ALYAKSANDR LUKASHENKA". */
  readonly name: string;
  readonly phrases: readonly ActorPhrase[];
  readonly codes: readonly DatedCode[];
  readonly kind: ActorKind;
}

export interface ActorFile {
  readonly file: string;
  readonly entries: readonly ActorEntry[];
}

interface Draft {
  line: number;
  name: string;
  phrases: ActorPhrase[];
  codes: DatedCode[];
}

interface Groups {
  readonly groups: readonly string[];
  /** Text after the last `]` that is not a code (a comment missing its `#`). */
  readonly trailing: string;
}

/** Splits `rest` (starting at `[`) into `[...]` groups; a string when a `[` is never closed. */
function bracketGroups(rest: string): Groups | string {
  const groups: string[] = [];
  let s = rest.trim();
  while (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close < 0) return `"[" without "]" in "${s}"`;
    groups.push(s.slice(1, close));
    s = s.slice(close + 1).trim();
  }
  if (s.includes('[')) return `unexpected text "${s}" between codes`;
  return { groups, trailing: s };
}

function makePhrase(written: string, line: number): ActorPhrase {
  const trimmed = written.trim();
  const exact = trimmed.endsWith('_');
  const text = trimmed.replace(/_+$/, '');
  return { text, line, exact };
}

const ORGANISATION = /^(IGO|NGO|NGM|MNC)/;
const ARMED = /(REB|INS|SEP|IMG|UAF)/;

function kindOf(codes: readonly DatedCode[]): ActorKind {
  if (codes.length === 0) return 'none';
  const main =
    codes.find((c) => c.isDefault) ??
    [...codes].sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? 1 : -1))[0];
  const code = main?.code ?? '';
  if (/^[A-Z]{3}$/.test(code)) return 'country';
  if (ORGANISATION.test(code)) return 'organisation';
  if (codes.some((c) => ARMED.test(c.code.slice(3)))) return 'armed-group';
  if (codes.some((c) => !c.isDefault)) return 'person';
  return 'other';
}

/** Parses an actor dictionary. Never throws. */
export function parseActorFile(text: string, fileName: string): ParseResult<ActorFile> {
  const { lines, errors: commentErrors } = dictLines(text, fileName);
  const errors: string[] = [...commentErrors];
  const warnings: string[] = [];
  const drafts: Draft[] = [];
  let current: Draft | null = null;

  const addCodes = (found: Groups | string, line: number): void => {
    if (typeof found === 'string') {
      errors.push(`${fileName}:${line}: ${found}`);
      return;
    }
    if (found.trailing)
      warnings.push(`${fileName}:${line}: text after the codes ignored: "${found.trailing}"`);
    for (const g of found.groups) {
      const reading = parseDatedCode(g);
      if ('error' in reading) {
        errors.push(`${fileName}:${line}: ${reading.error}`);
        continue;
      }
      if (reading.warning) warnings.push(`${fileName}:${line}: ${reading.warning}`);
      if (reading.code) current?.codes.push(reading.code);
    }
  };

  for (const { line, text: body } of lines) {
    if (body.startsWith('[')) {
      if (!current) errors.push(`${fileName}:${line}: code line before any actor entry`);
      else addCodes(bracketGroups(body), line);
      continue;
    }
    const bracket = body.indexOf('[');
    const phraseText = (bracket < 0 ? body : body.slice(0, bracket)).trim();
    const rest = bracket < 0 ? '' : body.slice(bracket);
    const isSynonym = phraseText.startsWith('+');
    const written = isSynonym ? phraseText.slice(1) : phraseText;
    const phrase = makePhrase(written, line);
    if (!/[\p{L}\p{N}]/u.test(phrase.text)) {
      errors.push(`${fileName}:${line}: empty ${isSynonym ? 'synonym' : 'actor'} phrase`);
      continue;
    }
    if (/[\]{}]/.test(phrase.text))
      warnings.push(`${fileName}:${line}: stray bracket in phrase "${phrase.text}"`);
    if (isSynonym) {
      if (!current) {
        errors.push(`${fileName}:${line}: synonym "+${written.trim()}" before any actor entry`);
        continue;
      }
      current.phrases.push(phrase);
      if (rest) addCodes(bracketGroups(rest), line);
      continue;
    }
    current = {
      line,
      name: phrase.text.replace(/_/g, ' ').replace(/\s+/g, ' ').trim(),
      phrases: [phrase],
      codes: [],
    };
    drafts.push(current);
    if (rest) addCodes(bracketGroups(rest), line);
  }

  const entries: ActorEntry[] = drafts.map((d) => {
    if (d.codes.length === 0) warnings.push(`${fileName}:${d.line}: actor "${d.name}" has no code`);
    return {
      id: `${fileName}:${d.line}`,
      name: d.name,
      phrases: d.phrases,
      codes: d.codes,
      kind: kindOf(d.codes),
    };
  });
  return { value: { file: fileName, entries }, errors, warnings };
}
