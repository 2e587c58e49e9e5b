/**
 * First-character gates: the characters a set of written forms can start with, to skip a sticky
 * pattern at a position where none of them can start. A gate never changes what the pattern finds:
 * it only says "cannot match here" when that is certain.
 */

export interface FirstChars {
  /** Character codes a form may start with (both cases of ASCII letters when case is ignored). */
  readonly codes: ReadonlySet<number>;
  /** Case is ignored: a non-ASCII character may then fold to an ASCII letter (U+212A to "k"). */
  readonly ignoreCase: boolean;
}

/**
 * The gate for forms starting with `starts` (one string per form), or null (no gate) when a start is
 * empty, or is not ASCII while case is ignored (an ASCII letter might then fold to it).
 */
export function firstChars(starts: Iterable<string>, ignoreCase: boolean): FirstChars | null {
  const codes = new Set<number>();
  for (const start of starts) {
    if (start === '') return null;
    const code = start.charCodeAt(0);
    if (ignoreCase && code >= 128) return null;
    codes.add(code);
    if (ignoreCase && isAsciiLetter(code)) {
      codes.add(code | 32);
      codes.add(code & ~32);
    }
  }
  return { codes, ignoreCase };
}

/** False only when no form of `gate` can start at `position` of `text` (a null gate always allows). */
export function mayStartAt(gate: FirstChars | null, text: string, position: number): boolean {
  if (gate === null || position >= text.length) return true;
  const code = text.charCodeAt(position);
  return gate.codes.has(code) || (gate.ignoreCase && code >= 128);
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A space or a no-break space, the spaces the unit and currency patterns allow. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || code === 0xa0;
}

/** A hyphen, as the unit patterns write it: [-\u2010\u2011]. */
export function isHyphenCode(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

/** The position after the run of spaces starting at `position` (itself when there is none). */
export function afterSpaces(text: string, position: number): number {
  let at = position;
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}
