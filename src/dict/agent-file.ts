/**
 * Pure parser of PETRARCH agent dictionaries (`Phoenix.agents.txt` format):
 *
 *   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     substitution set (define before use)
 *   MINISTER [~GOV]                               agent noun and its code
 *   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   explicit plural in {...}
 *   POLICE {} [~COP]                              {} = no plural form
 *   CONGRESS!PERSON! [~LEG]                       one agent per substitution, no plurals
 *   HUMAN_RIGHTS_BODY [NGO~]                      code before the actor code
 *
 * Codes: `[~GOV]` adds GOV after the actor's code (Belarusian + minister →
 * BLRGOV); `[NGO~]` puts NGO before it. Without `{...}` the regular plural of
 * the last word is added (PETRARCH's rule, with English spelling: y→ies after
 * a consonant, +es after s/x/z/ch/sh, else +s). A trailing `_` (an exact word
 * for TABARI) is noted; the last word is a stem otherwise (see agent-index.ts).
 * A line without a code is skipped with a warning, as PETRARCH does.
 */
import { dictLines } from './dict-lines.js';
import type { ParseResult } from './parse-result.js';
import { regularPlural } from './text.js';

export interface AgentPhrase {
  readonly text: string;
  /** False for the phrase as written, true for its plural forms. */
  readonly plural: boolean;
  /** True when the written phrase ended with `_` or the line gave its plural in {...}: no stem. */
  readonly exact: boolean;
}

export interface AgentEntry {
  /** `file:line`. */
  readonly id: string;
  /** The agent as written, e.g. "FOREIGN_MINISTER" (substitutions expanded per entry). */
  readonly name: string;
  /** The sector code without `~`, e.g. "GOV", "GOVMED", "NGO". */
  readonly code: string;
  /** `suffix`: appended to the actor code (`[~GOV]`); `prefix`: put before it (`[NGO~]`). */
  readonly position: 'suffix' | 'prefix';
  readonly phrases: readonly AgentPhrase[];
}

export interface AgentFile {
  readonly file: string;
  readonly entries: readonly AgentEntry[];
}

function expandMarkers(text: string, sets: ReadonlyMap<string, readonly string[]>): string[] | string {
  const m = /!([^!\s]+)!/.exec(text);
  if (!m) return [text];
  const set = sets.get(m[1] ?? '');
  if (!set) return `substitution marker !${m[1]}! is not defined above`;
  const out: string[] = [];
  for (const item of set) {
    const rest = expandMarkers(text.slice(0, m.index) + item + text.slice(m.index + m[0].length), sets);
    if (typeof rest === 'string') return rest;
    out.push(...rest);
  }
  return out;
}

function phrase(text: string, plural: boolean): AgentPhrase {
  const trimmed = text.trim();
  const exact = trimmed.endsWith('_');
  const clean = trimmed.replace(/_+$/, '');
  return { text: clean, plural, exact };
}

/** Parses an agent dictionary. Never throws. */
export function parseAgentFile(text: string, fileName: string): ParseResult<AgentFile> {
  const { lines, errors: commentErrors } = dictLines(text, fileName);
  const errors: string[] = [...commentErrors];
  const warnings: string[] = [];
  const sets = new Map<string, readonly string[]>();
  const entries: AgentEntry[] = [];

  for (const { line, text: body } of lines) {
    const where = `${fileName}:${line}`;
    const definition = /^!([^!\s]+)!\s*=(.*)$/.exec(body);
    if (definition) {
      const items = (definition[2] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      if (items.length === 0) errors.push(`${where}: substitution set !${definition[1]}! is empty`);
      else sets.set(definition[1] ?? '', items);
      continue;
    }
    const open = body.indexOf('[');
    if (open < 0) {
      warnings.push(`${where}: agent "${body}" has no [code]; line skipped`);
      continue;
    }
    let close = body.indexOf(']', open);
    if (close < 0) {
      close = body.indexOf('}', open);
      if (close < 0) {
        errors.push(`${where}: "[" without "]"`);
        continue;
      }
      warnings.push(`${where}: code "${body.slice(open, close + 1)}" closed by "}"; read as "]"`);
    }
    if (body.slice(close + 1).trim())
      warnings.push(`${where}: text after the code ignored: "${body.slice(close + 1).trim()}"`);
    const rawCode = body.slice(open + 1, close).trim();
    const codeMatch = /^~([A-Za-z0-9]+)$|^([A-Za-z0-9]+)~$/.exec(rawCode);
    if (!codeMatch) {
      errors.push(`${where}: agent code "${rawCode}" must be [~CODE] or [CODE~]`);
      continue;
    }
    const code = (codeMatch[1] ?? codeMatch[2] ?? '').toUpperCase();
    const position = codeMatch[1] ? 'suffix' : 'prefix';
    let head = body.slice(0, open).trim();
    let plurals: string[] | null = null;
    const brace = head.indexOf('{');
    if (brace >= 0) {
      const end = head.indexOf('}', brace);
      if (end < 0) {
        errors.push(`${where}: "{" without "}"`);
        continue;
      }
      const inside = head.slice(brace + 1, end).trim();
      plurals = inside ? [inside] : [];
      head = (head.slice(0, brace) + ' ' + head.slice(end + 1)).trim();
    } else if (head.includes('}')) {
      errors.push(`${where}: "}" without "{"`);
      continue;
    }
    if (!head) {
      errors.push(`${where}: agent phrase is empty`);
      continue;
    }
    const expanded = expandMarkers(head, sets);
    if (typeof expanded === 'string') {
      errors.push(`${where}: ${expanded}`);
      continue;
    }
    const hasMarker = expanded.length > 1 || expanded[0] !== head;
    for (const form of expanded) {
      // With {...} the plural forms are given, so the written phrase matches only itself.
      const written = phrase(form, false);
      const phrases: AgentPhrase[] = [plurals ? { ...written, exact: true } : written];
      const pluralForms = plurals ?? (hasMarker ? [] : [regularPlural(form.trim().replace(/_+$/, ''))]);
      for (const p of pluralForms) phrases.push(phrase(p, true));
      if (phrases.some((p) => !/[\p{L}\p{N}]/u.test(p.text))) {
        errors.push(`${where}: agent phrase "${form}" has no words`);
        continue;
      }
      entries.push({ id: where, name: form.trim().replace(/_+$/, ''), code, position, phrases });
    }
  }
  return { value: { file: fileName, entries }, errors, warnings };
}
