/** A sentence with its highlighted spans as <mark> elements (text nodes only). */
import { h } from '../dom.js';
import { layoutHighlights, type Piece, type Span } from '../highlight.js';

export const KIND_NAMES: Readonly<Record<string, string>> = Object.freeze({
  evidence: 'event words',
  source: 'source actor',
  target: 'target actor',
  verb: 'verb',
  date: 'date',
  place: 'place',
});

function render(piece: Piece): Node {
  if (piece.type === 'text') return document.createTextNode(piece.text);
  return h(
    'mark',
    {
      class: `hl hl-${piece.kind}`,
      attrs: { 'data-kind': piece.kind, title: KIND_NAMES[piece.kind] ?? piece.kind },
    },
    ...piece.children.map(render),
  );
}

/** The sentence `text` (starting at article offset `base`) with `spans` marked. */
export function sentenceElement(text: string, base: number, spans: readonly Span[]): HTMLElement {
  return h('blockquote', { class: 'sentence' }, ...layoutHighlights(text, base, spans).map(render));
}

/** A key to the colours of the kinds present. */
export function legend(kinds: Iterable<string>): HTMLElement {
  const present = new Set(kinds);
  return h(
    'ul',
    { class: 'legend', attrs: { 'aria-label': 'Highlight colours' } },
    ...Object.keys(KIND_NAMES)
      .filter((k) => present.has(k))
      .map((k) => h('li', {}, h('mark', { class: `hl hl-${k}` }, KIND_NAMES[k] ?? k))),
  );
}
