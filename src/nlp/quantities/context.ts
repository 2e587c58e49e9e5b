/** Small, pure helpers that look around a position in a sentence. */

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
  const code = text.charCodeAt(index);
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
