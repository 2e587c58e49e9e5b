/**
 * Lays out highlight spans over a sentence as a tree, so that an actor inside the event's
 * evidence renders as a mark inside a mark. Spans that cross (a date running past the end of
 * the evidence) are cut at the boundary; spans outside the sentence are clipped or dropped.
 * Pure: the DOM code turns the tree into text nodes and <mark> elements.
 */

export interface Span {
  readonly kind: string;
  /** Offsets in the same coordinates as `base` (article offsets for the API's highlights). */
  readonly start: number;
  readonly end: number;
}

export type Piece =
  | { readonly type: 'text'; readonly text: string; readonly start: number; readonly end: number }
  | {
      readonly type: 'mark';
      readonly kind: string;
      /** Offsets relative to the sentence. */
      readonly start: number;
      readonly end: number;
      readonly children: readonly Piece[];
    };

/** Outer kinds first when two spans cover the same characters. */
const ORDER = ['evidence', 'source', 'target', 'verb', 'date', 'place'];
const rank = (kind: string) => {
  const i = ORDER.indexOf(kind);
  return i < 0 ? ORDER.length : i;
};

interface Local {
  kind: string;
  start: number;
  end: number;
}

function sorted(spans: Local[]): Local[] {
  return spans.sort((x, y) => x.start - y.start || y.end - x.end || rank(x.kind) - rank(y.kind));
}

function nest(text: string, spans: Local[], from: number, to: number): Piece[] {
  const out: Piece[] = [];
  let pos = from;
  let rest = sorted(spans);
  while (rest.length > 0) {
    const s = rest.shift() as Local;
    const start = Math.max(s.start, pos);
    if (start >= s.end) continue;
    if (start > pos) out.push({ type: 'text', text: text.slice(pos, start), start: pos, end: start });
    const inner: Local[] = [];
    const after: Local[] = [];
    for (const t of rest) {
      if (t.start >= s.end) after.push(t);
      else if (t.end <= s.end) inner.push(t);
      else {
        inner.push({ ...t, end: s.end });
        after.push({ ...t, start: s.end });
      }
    }
    out.push({
      type: 'mark',
      kind: s.kind,
      start,
      end: s.end,
      children: nest(text, inner, start, s.end),
    });
    pos = s.end;
    rest = sorted(after);
  }
  if (pos < to) out.push({ type: 'text', text: text.slice(pos, to), start: pos, end: to });
  return out;
}

/**
 * The sentence `text` (which starts at offset `base`) with `spans` laid out as a tree.
 * Concatenating the text of the leaves gives back `text`, whatever the spans.
 */
export function layoutHighlights(text: string, base: number, spans: readonly Span[]): Piece[] {
  const local: Local[] = [];
  const seen = new Set<string>();
  for (const s of spans) {
    if (!Number.isFinite(s.start) || !Number.isFinite(s.end)) continue;
    const start = Math.max(0, Math.trunc(s.start) - base);
    const end = Math.min(text.length, Math.trunc(s.end) - base);
    const key = `${s.kind}:${start}:${end}`;
    if (end > start && !seen.has(key)) {
      seen.add(key);
      local.push({ kind: s.kind, start, end });
    }
  }
  return nest(text, local, 0, text.length);
}

/** The text a piece covers. */
export function pieceText(piece: Piece): string {
  return piece.type === 'text' ? piece.text : piece.children.map(pieceText).join('');
}
