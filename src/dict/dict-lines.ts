/**
 * The comment rules shared by PETRARCH's dictionary files:
 *
 * - `#` starts a comment anywhere on a line (PETRARCH 2 cuts at the first `#`);
 * - `;` does too (the KEDS/TABARI legacy rule PETRARCH's documentation keeps);
 * - `<!-- ... -->` is removed inside a line, and a line starting `<!` without a
 *   closing `-->` opens a comment that runs to the next line containing `-->`;
 *   a line starting `<!` that contains `-->` is wholly a comment (PETRARCH
 *   skips any line starting `<!`, including the suite's `<! -- ... -->`);
 * - blank lines are skipped.
 */

export interface DictLine {
  /** 1-based line number in the file. */
  readonly line: number;
  /** The line with comments removed and whitespace trimmed (never empty). */
  readonly text: string;
  /** The line as written, without its end-of-line. */
  readonly raw: string;
  /** The `#` comment of the line, trimmed ('' when none). */
  readonly comment: string;
}

export interface DictLines {
  readonly lines: readonly DictLine[];
  readonly errors: readonly string[];
}

/** Splits a dictionary file into its meaningful lines. */
export function dictLines(text: string, fileName: string): DictLines {
  const rawLines = text.split(/\r?\n/);
  const lines: DictLine[] = [];
  const errors: string[] = [];
  let openComment = 0;
  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i] ?? '';
    const n = i + 1;
    if (openComment) {
      if (raw.includes('-->')) openComment = 0;
      continue;
    }
    let body = raw;
    const trimmedStart = body.trimStart();
    if (trimmedStart.startsWith('<!')) {
      if (!trimmedStart.includes('-->')) openComment = n;
      continue;
    }
    while (body.includes('<!--')) {
      const start = body.indexOf('<!--');
      const end = body.indexOf('-->', start);
      if (end < 0) {
        openComment = n;
        body = body.slice(0, start);
        break;
      }
      body = body.slice(0, start) + ' ' + body.slice(end + 3);
    }
    const hash = body.indexOf('#');
    const comment = hash >= 0 ? body.slice(hash + 1).trim() : '';
    if (hash >= 0) body = body.slice(0, hash);
    const semi = body.indexOf(';');
    if (semi >= 0) body = body.slice(0, semi);
    const content = body.trim();
    if (content.length > 0) lines.push({ line: n, text: content, raw, comment });
  }
  if (openComment) errors.push(`${fileName}:${openComment}: comment "<!--" is never closed by "-->"`);
  return { lines, errors };
}
