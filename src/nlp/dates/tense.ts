/**
 * Which way a date without a year (or a weekday) points. News reports the past, so such dates resolve
 * to the most recent match on or before the publication date, unless the clause around them looks
 * ahead ("will meet on Tuesday", "is scheduled for March", "In March, the leaders will..."): then the
 * first match on or after it. Weaker cues that may describe a past plan ("would", "expected",
 * "ordered to appear") take the match nearest the publication date, either side.
 */

import { mapPacked } from '../../core/packed.js';

/** Words that make a clause look ahead. */
const FUTURE_CUE =
  /\b(?:will|won['’]t|shall|going to|due to|is due|are due|scheduled|slated|set to|sets to|plans? to|planned|planning|intends? to|upcoming|to be held|ahead of|next)\b|['’]ll\b/i;

/** Words that may look ahead from a past point of view. */
const WEAK_FUTURE_CUE =
  /\b(?:would|expected|expects?|(?:ordered|agreed|promised|pledged|vowed|hopes?|hoped|aims?|aimed|threatened|invited|asked|urged|called|wants?|wanted|decided|due) to|due)\b/i;

/** Where a clause ends: punctuation that separates clauses. */
const BOUNDARY_CHARS = new Set(',;:()"“”—–[]');
/**
 * The same as a table indexed by character code (1 for a boundary), sized to the highest one, for
 * the scan back to a clause start: it tests every character of up to WINDOW, once or twice per date,
 * and a Set lookup per character showed in profiles.
 */
const BOUNDARY_TABLE: Uint8Array = (() => {
  const codes = mapPacked([...BOUNDARY_CHARS], (c) => c.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const code of codes) table[code] = 1;
  return table;
})();

function isBoundaryCode(code: number): boolean {
  return code < BOUNDARY_TABLE.length && BOUNDARY_TABLE[code] === 1;
}

/** Reporting verbs after which a following cue belongs to reported speech, not to the date's clause. */
const REPORTING = /^(?:said|says|say|told|tells|announced|reported|added|noted|stated|wrote|confirmed)$/;

/** How far the cue search looks, in characters, either side of the date. */
const WINDOW = 120;

export interface Direction {
  readonly direction: 'past' | 'future' | 'nearest';
  /** The cue word that made it future, when there is one. */
  readonly cue: string | null;
}

/** Start of the clause holding `start`: just after the nearest boundary before it, within WINDOW. */
function clauseStart(text: string, start: number): number {
  const limit = Math.max(0, start - WINDOW);
  let i = start;
  while (i > limit && !isBoundaryCode(text.charCodeAt(i - 1))) i -= 1;
  return i;
}

/** The last 15 words of the clause before `start`. */
function tokensBefore(text: string, start: number): string {
  const words = text.slice(clauseStart(text, start), start).trim().split(/\s+/);
  return words.slice(-15).join(' ');
}

/** True when only prepositions/articles stand between the clause start and the date. */
function opensClause(text: string, start: number): boolean {
  return /^\s*(?:(?:on|in|at|by|during|from|since|until|the|early|late|last|this|next)\s+)*$/i.test(
    text.slice(clauseStart(text, start), start),
  );
}

/** Up to 6 words after the date (past a comma), stopping at a boundary, a reporting or past-tense verb. */
function tokensAfter(text: string, end: number): string {
  const kept: string[] = [];
  const rest = text.slice(end, end + WINDOW).replace(/^\s*,/, '');
  for (const token of rest.trim().split(/\s+/).slice(0, 6)) {
    if (BOUNDARY_CHARS.has(token.charAt(0))) break;
    const bare = token.replace(/[^\w']/g, '');
    if (REPORTING.test(bare) || /^[a-z]+ed$/.test(bare)) break;
    kept.push(token);
    if (BOUNDARY_CHARS.has(token.charAt(token.length - 1))) break;
  }
  return kept.join(' ');
}

/** Start of the clause before the one holding `start` (the date opens its clause: "increase, on April 2,"). */
function previousClause(text: string, start: number): number {
  return Math.max(0, clauseStart(text, start) - 1);
}
function cueIn(window: string): Direction | null {
  const strong = FUTURE_CUE.exec(window);
  if (strong) return { direction: 'future', cue: strong[0] };
  const weak = WEAK_FUTURE_CUE.exec(window);
  if (weak) return { direction: 'nearest', cue: weak[0] };
  return null;
}

/** The direction of the date written at `[start, end)` of the sentence `text`. */
export function directionAt(text: string, start: number, end: number): Direction {
  const before = cueIn(tokensBefore(text, start));
  if (before) return before;
  if (opensClause(text, start)) {
    const after = cueIn(tokensAfter(text, end));
    if (after) return after;
    const clauseStart = previousClause(text, start);
    if (clauseStart > 0) {
      const previous = cueIn(tokensBefore(text, clauseStart));
      if (previous) return previous;
    }
  }
  return { direction: 'past', cue: null };
}

/** A short reason for a resolved direction. */
export function describeDirection(d: Direction): string {
  if (d.direction === 'future') return `future cue "${d.cue}": first on or after the reference date`;
  if (d.direction === 'nearest') return `cue "${d.cue}": nearest to the reference date`;
  return 'most recent on or before the reference date';
}
