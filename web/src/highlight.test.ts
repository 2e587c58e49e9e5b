import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutHighlights, pieceText, type Piece } from './highlight.js';

const text = 'Xi Jinping hosted Lukashenko in Beijing on Monday.';
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

/** Every mark as [kind, text], depth first. */
function marks(pieces: readonly Piece[]): [string, string][] {
  return pieces.flatMap((p) =>
    p.type === 'mark' ? [[p.kind, pieceText(p)] as [string, string], ...marks(p.children)] : [],
  );
}

test('actors nest inside the event words, dates and places sit beside them', () => {
  const pieces = layoutHighlights(text, 0, [
    { kind: 'source', ...at('Xi Jinping') },
    { kind: 'evidence', ...at('Xi Jinping hosted Lukashenko') },
    { kind: 'target', ...at('Lukashenko') },
    { kind: 'place', ...at('Beijing') },
    { kind: 'date', ...at('Monday') },
  ]);
  assert.equal(pieces.map(pieceText).join(''), text);
  assert.deepEqual(marks(pieces), [
    ['evidence', 'Xi Jinping hosted Lukashenko'],
    ['source', 'Xi Jinping'],
    ['target', 'Lukashenko'],
    ['place', 'Beijing'],
    ['date', 'Monday'],
  ]);
  const outer = pieces[0];
  assert.equal(outer?.type === 'mark' && outer.kind, 'evidence');
});

test('offsets are article offsets: the sentence start is subtracted', () => {
  const pieces = layoutHighlights(text, 1000, [{ kind: 'target', start: 1000 + 18, end: 1000 + 28 }]);
  assert.deepEqual(marks(pieces), [['target', 'Lukashenko']]);
});

test('a span the same as the evidence goes inside it', () => {
  const pieces = layoutHighlights(text, 0, [
    { kind: 'source', ...at('Xi Jinping') },
    { kind: 'evidence', ...at('Xi Jinping') },
  ]);
  assert.deepEqual(marks(pieces), [
    ['evidence', 'Xi Jinping'],
    ['source', 'Xi Jinping'],
  ]);
});

test('crossing spans are cut at the boundary; nothing is lost', () => {
  const pieces = layoutHighlights(text, 0, [
    { kind: 'evidence', ...at('hosted Lukashenko') },
    { kind: 'date', start: text.indexOf('Lukashenko'), end: text.indexOf(' in Beijing') + 3 },
  ]);
  assert.equal(pieces.map(pieceText).join(''), text);
  assert.deepEqual(marks(pieces), [
    ['evidence', 'hosted Lukashenko'],
    ['date', 'Lukashenko'],
    ['date', ' in'],
  ]);
});

test('spans outside the sentence, empty, reversed or repeated are clipped or dropped', () => {
  const pieces = layoutHighlights(text, 10, [
    { kind: 'source', start: 0, end: 12 },
    { kind: 'target', start: 20, end: 20 },
    { kind: 'date', start: 30, end: 25 },
    { kind: 'place', start: 500, end: 600 },
    { kind: 'source', start: 0, end: 12 },
    { kind: 'place', start: Number.NaN, end: 3 },
  ]);
  assert.deepEqual(marks(pieces), [['source', 'Xi']]);
  assert.equal(pieces.map(pieceText).join(''), text);
});

test('no spans: one text piece; empty sentence: nothing', () => {
  assert.deepEqual(layoutHighlights(text, 0, []), [{ type: 'text', text, start: 0, end: text.length }]);
  assert.deepEqual(layoutHighlights('', 0, [{ kind: 'source', start: 0, end: 3 }]), []);
});

test('for any text and spans, the leaves give back the text and every mark its own slice', () => {
  const kinds = fc.constantFrom('evidence', 'source', 'target', 'date', 'place', 'other');
  fc.assert(
    fc.property(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.integer({ min: 0, max: 50 }),
      fc.array(
        fc.record({
          kind: kinds,
          start: fc.integer({ min: -5, max: 120 }),
          end: fc.integer({ min: -5, max: 120 }),
        }),
        {
          maxLength: 8,
        },
      ),
      (t, base, spans) => {
        const pieces = layoutHighlights(t, base, spans);
        assert.equal(pieces.map(pieceText).join(''), t);
        const check = (list: readonly Piece[]) => {
          for (const p of list) {
            if (p.type === 'text') assert.equal(p.text, t.slice(p.start, p.end));
            else {
              assert.equal(pieceText(p), t.slice(p.start, p.end));
              assert.ok(p.end > p.start);
              check(p.children);
            }
          }
        };
        check(pieces);
      },
    ),
  );
});
