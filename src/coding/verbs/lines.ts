/**
 * Splits a dictionary file into content lines: comments removed, line numbers kept.
 *
 * Comments, as the PETRARCH documentation describes them: `#` to the end of the line
 * (anywhere on the line), `;` to the end of the line (the KEDS/TABARI legacy rule), and
 * `<!-- ... -->`, on one line or spanning several. Blank lines are dropped.
 */

export interface ContentLine {
  /** 1-based line number in the file. */
  readonly line: number;
  /** The line without comments, trimmed. */
  readonly content: string;
  /** The text of a `#` or `;` comment, trimmed, or null. */
  readonly comment: string | null;
}

/** Removes `<!-- -->` spans; returns the kept text and whether a comment is still open. */
function stripXmlComments(text: string, open: boolean): { text: string; open: boolean } {
  let kept = '';
  let rest = text;
  let inside = open;
  while (rest.length > 0) {
    if (inside) {
      const end = rest.indexOf('-->');
      if (end < 0) return { text: kept, open: true };
      rest = rest.slice(end + 3);
      inside = false;
    } else {
      const start = rest.indexOf('<!--');
      if (start < 0) return { text: kept + rest, open: false };
      kept += rest.slice(0, start);
      rest = rest.slice(start + 4);
      inside = true;
    }
  }
  return { text: kept, open: inside };
}

export interface ContentLines {
  readonly lines: readonly ContentLine[];
  /** Line where a `<!--` comment opened and never closed, or null. */
  readonly unclosedComment: number | null;
}

/** The content lines of `text`, in order. */
export function contentLines(text: string): ContentLines {
  const out: ContentLine[] = [];
  const raw = text.split(/\r\n|\r|\n/);
  let open = false;
  let openedAt: number | null = null;
  for (let index = 0; index < raw.length; index += 1) {
    const wasOpen = open;
    const stripped = stripXmlComments(raw[index] ?? '', open);
    open = stripped.open;
    if (open && !wasOpen) openedAt = index + 1;
    let content = stripped.text;
    let comment: string | null = null;
    const cut = content.search(/[#;]/);
    if (cut >= 0) {
      comment = content.slice(cut + 1).trim();
      content = content.slice(0, cut);
    }
    content = content.trim();
    if (content.length === 0) continue;
    out.push({ line: index + 1, content, comment: comment === null || comment === '' ? null : comment });
  }
  return { lines: out, unclosedComment: open ? openedAt : null };
}

/** Number of lines in `text` (a final newline does not start a new line). */
export function lineCount(text: string): number {
  if (text.length === 0) return 0;
  const lines = text.split(/\r\n|\r|\n/);
  return lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
}
