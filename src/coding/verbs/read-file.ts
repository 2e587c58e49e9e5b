/**
 * First pass over one verb file: classifies each content line and parses it, collecting
 * every bad line (never stopping at the first). The second pass (`assemble.ts`) builds the
 * dictionary from one or more files.
 *
 * Line kinds, by their first character:
 *   ---  block header          -  pattern           &  synset label
 *   +    synset member (after a label) or multi-word verb (inside a block)
 *   ~    transformation        a letter or digit: a verb line inside a block
 */
import { parseCodeSpec } from './code-spec.js';
import { contentLines } from './lines.js';
import { parsePatternLine } from './pattern-line.js';
import type { ParsedPattern } from './pattern-line.js';
import { parseSynsetLabel, parseSynsetMember } from './synset-line.js';
import type { ParsedSynsetMember } from './synset-line.js';
import { parseTransformationLine } from './transformation-line.js';
import type { Transformation, VerbCode, VerbIssue } from './types.js';
import { parseVerbLine } from './verb-line.js';
import type { ParsedVerbLine } from './verb-line.js';

export interface DraftHeader {
  readonly id: string;
  readonly line: number;
  readonly name: string;
  readonly code: VerbCode;
}

export interface DraftVerb {
  readonly id: string;
  readonly line: number;
  readonly header: DraftHeader;
  readonly parsed: ParsedVerbLine;
}

export interface DraftPattern {
  readonly id: string;
  readonly line: number;
  readonly header: DraftHeader;
  readonly parsed: ParsedPattern;
  readonly comment: string | null;
}

export interface DraftSynsetMember {
  readonly id: string;
  readonly line: number;
  readonly parsed: ParsedSynsetMember;
}

export interface DraftSynset {
  readonly id: string;
  readonly line: number;
  readonly label: string;
  readonly name: string;
  readonly noPlurals: boolean;
  readonly members: DraftSynsetMember[];
}

export interface FileDraft {
  readonly file: string;
  readonly sha256: string;
  readonly lines: number;
  readonly headers: readonly DraftHeader[];
  readonly verbs: readonly DraftVerb[];
  readonly patterns: readonly DraftPattern[];
  readonly synsets: readonly DraftSynset[];
  readonly transformations: readonly Transformation[];
  readonly errors: readonly VerbIssue[];
  readonly warnings: readonly VerbIssue[];
}

export function issue(
  file: string,
  line: number,
  severity: VerbIssue['severity'],
  message: string,
): VerbIssue {
  return { file, line, severity, message, text: `${file}:${line}: ${message}` };
}

const NULL_CODE: VerbCode = { active: null, passive: null, text: '---' };
const HEADER = /^---\s*([^\s[]*)\s*(\[[^\]]*\]?)?[-\s]*$/;
const BLOCK_NAME = /^[A-Z0-9][A-Z0-9_'.-]*$/;

type Context =
  | { readonly kind: 'none' }
  | { readonly kind: 'synset'; readonly synset: DraftSynset }
  | { readonly kind: 'block'; readonly header: DraftHeader | null };

/** Reads one file's text. `file` names it in ids and messages; `lines` is its line count. */
export function readVerbFile(text: string, file: string, sha256: string, lines: number): FileDraft {
  const headers: DraftHeader[] = [];
  const verbs: DraftVerb[] = [];
  const patterns: DraftPattern[] = [];
  const synsets: DraftSynset[] = [];
  const transformations: Transformation[] = [];
  const errors: VerbIssue[] = [];
  const warnings: VerbIssue[] = [];
  const error = (line: number, message: string): void => {
    errors.push(issue(file, line, 'error', message));
  };
  const warn = (line: number, message: string): void => {
    warnings.push(issue(file, line, 'warning', message));
  };

  const content = contentLines(text);
  if (content.unclosedComment !== null) {
    error(content.unclosedComment, "'<!--' comment is never closed; the rest of the file is ignored");
  }

  let context: Context = { kind: 'none' };
  for (const { line, content: body, comment } of content.lines) {
    const id = `${file}:${line}`;
    const first = body[0];

    if (body.startsWith('---')) {
      const match = HEADER.exec(body);
      const name = (match?.[1] ?? '').toUpperCase();
      if (match === null || name === '' || !BLOCK_NAME.test(name)) {
        error(line, 'block header must read  ---  NAME  [code]  ---');
        context = { kind: 'block', header: null };
        continue;
      }
      let code = NULL_CODE;
      const bracket = match[2];
      if (bracket !== undefined) {
        const parsed = bracket.endsWith(']') ? parseCodeSpec(bracket.slice(1, -1)) : null;
        if (parsed === null) error(line, `block ${name}: '[' is not closed`);
        else if (!parsed.ok) error(line, `block ${name}: ${parsed.problem}`);
        else {
          code = parsed.code;
          if (parsed.warning !== null) warn(line, parsed.warning);
        }
      }
      const header: DraftHeader = { id, line, name, code };
      headers.push(header);
      context = { kind: 'block', header };
    } else if (first === '-') {
      if (context.kind !== 'block') {
        error(line, "pattern outside a verb block (no '---  NAME  ---' header before it)");
        continue;
      }
      if (context.header === null) continue; // the header's error was reported
      const parsed = parsePatternLine(body);
      if (!parsed.ok) {
        error(line, parsed.problem);
        continue;
      }
      for (const w of parsed.value.warnings) warn(line, w);
      patterns.push({ id, line, header: context.header, parsed: parsed.value, comment });
    } else if (first === '&') {
      const parsed = parseSynsetLabel(body);
      if (!parsed.ok) {
        error(line, parsed.problem);
        context = { kind: 'none' };
        continue;
      }
      const synset: DraftSynset = { id, line, ...parsed.value, members: [] };
      synsets.push(synset);
      context = { kind: 'synset', synset };
    } else if (first === '+' && context.kind === 'synset') {
      const parsed = parseSynsetMember(body);
      if (!parsed.ok) error(line, parsed.problem);
      else context.synset.members.push({ id, line, parsed: parsed.value });
    } else if (first === '~') {
      const parsed = parseTransformationLine(body, id);
      if (!parsed.ok) error(line, parsed.problem);
      else transformations.push(parsed.value);
    } else if (first === '*') {
      error(line, "a pattern line must begin with '-' (found '*')");
    } else if (first === '+' || (first !== undefined && /[A-Za-z0-9]/.test(first))) {
      if (context.kind === 'none') {
        error(
          line,
          first === '+' ? "'+' line outside a synset or verb block" : 'verb line outside a verb block',
        );
        continue;
      }
      if (context.kind === 'synset') {
        error(
          line,
          `verb line after synset ${context.synset.label}; verbs belong under a '---  NAME  ---' header`,
        );
        continue;
      }
      if (context.header === null) continue;
      const parsed = parseVerbLine(body);
      if (!parsed.ok) {
        error(line, parsed.problem);
        continue;
      }
      for (const w of parsed.verb.warnings) warn(line, w);
      verbs.push({ id, line, header: context.header, parsed: parsed.verb });
    } else {
      error(line, `unrecognised line starting with '${first ?? ''}'`);
    }
  }
  return { file, sha256, lines, headers, verbs, patterns, synsets, transformations, errors, warnings };
}
