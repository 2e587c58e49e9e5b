/** Small, pure helpers that look around a position in a sentence. */

import { codeAt } from '../../core/bounded.js';

const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', '\u00ab', '\u2014', '\u2013', '-']);

/**
 * True when only whitespace and opening punctuation stand between the sentence start and `position`,
 * or an opening quote/bracket or a colon comes just before: a capital letter there says nothing about names.
 */
export function isSentenceInitial(text: string, position: number): boolean {
  let index = position - 1;
  let opener = false;
  while (index >= 0) {
    const char = text[index] ?? '';
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\u00a0') index--;
    else if (OPENERS.has(char)) {
      opener = true;
      index--;
    } else break;
  }
  if (index < 0 || opener) return true;
  return text[index] === ':';
}

/** True when the character at `index` exists and is a decimal digit. */
export function isDigitAt(text: string, index: number): boolean {
  const code = codeAt(text, index);
  return code >= 48 && code <= 57;
}

/** Runs a sticky regex at `position`; returns the match or null. */
export function stickyAt(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position;
  return pattern.exec(text);
}

/** Runs a regex anchored with `$` over the `window` characters before `position`; returns the match start and groups. */
export function matchBefore(
  pattern: RegExp,
  text: string,
  position: number,
  window: number,
): { readonly start: number; readonly match: RegExpExecArray } | null {
  const from = Math.max(0, position - window);
  const match = pattern.exec(text.slice(from, position));
  return match ? { start: from + match.index, match } : null;
}

/** What TOKEN_BEFORE-like scans need: the token before a position and the text matched with it. */
export interface TokenBefore {
  /** Where the match starts: the break before the token, or the window's start. */
  readonly start: number;
  /** From `start` to the position: [break] token spaces. */
  readonly whole: string;
  /** The token: characters other than space, no-break space, newline and tab. */
  readonly token: string;
}

/** A space or no-break space, as [ \u00a0] reads it. */
function isSpaceChar(code: number): boolean {
  return code === 32 || code === 0xa0;
}

/** A token break, as [ \u00a0\n\t] reads it. */
function isBreakChar(code: number): boolean {
  return code === 32 || code === 0xa0 || code === 10 || code === 9;
}

/**
 * The token that ends, after one or more spaces, just before `position`, looking back at most
 * `window` characters: what /(?:^|[ \u00a0\n\t])([^ \u00a0\n\t]+)[ \u00a0]+$/u finds in that window
 * (`start` = its index, `whole` = its match, `token` = its group), found by a scan back from
 * `position` instead of a pattern tried at every start of the window.
 */
export function tokenBefore(text: string, position: number, window: number): TokenBefore | null {
  const from = Math.max(0, position - window);
  let tokenEnd = position;
  while (tokenEnd > from && isSpaceChar(text.charCodeAt(tokenEnd - 1))) tokenEnd--;
  if (tokenEnd === position || tokenEnd === from) return null;
  let tokenStart = tokenEnd;
  while (tokenStart > from && !isBreakChar(text.charCodeAt(tokenStart - 1))) tokenStart--;
  if (tokenStart === tokenEnd) return null;
  const start = tokenStart > from ? tokenStart - 1 : from;
  return { start, whole: text.slice(start, position), token: text.slice(tokenStart, tokenEnd) };
}
