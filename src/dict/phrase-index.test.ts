import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PhraseIndex, type IndexMatch, type PhraseEnding } from './phrase-index.js';
import { normParts, singularCandidates } from './text.js';

interface Phrase {
  readonly parts: readonly string[];
  readonly ending: PhraseEnding;
}

const STEM_ENDINGS = ['y', 'ies', 'er', 'ers', 'ry', 'ries', 'or', 'ors'];

/** Whether a token's last part may end a phrase whose last part is `word`, under `ending`. */
function lastPartMatches(word: string, part: string, ending: PhraseEnding): boolean {
  if (part === word) return true;
  if (ending === 'prefix') return part.startsWith(word);
  if (ending === 'exact') return false;
  if (singularCandidates(part).includes(word)) return true;
  if (ending !== 'stem') return false;
  return STEM_ENDINGS.some(
    (e) =>
      part.length - e.length >= 5 &&
      part.endsWith(e) &&
      part.slice(0, -e.length) === word &&
      /^[a-z]+$/.test(word),
  );
}

/** The index's documented behaviour, by brute force over every phrase and length. */
function reference(phrases: readonly Phrase[], norms: readonly string[], i: number): IndexMatch[] {
  const found: IndexMatch[] = [];
  const parts: string[] = [];
  for (let t = i; t < norms.length; t++) {
    const own = normParts(norms[t]!);
    if (own.length === 0) break;
    parts.push(...own);
    const ids = phrases.flatMap((p, id) => {
      if (p.parts.length !== parts.length) return [];
      const head = p.parts.slice(0, -1).every((w, k) => w === parts[k]);
      return head && lastPartMatches(p.parts[p.parts.length - 1]!, parts[parts.length - 1]!, p.ending)
        ? [id]
        : [];
    });
    if (ids.length > 0) found.push({ length: t - i + 1, ids });
  }
  return found.reverse();
}

function indexOf(phrases: readonly Phrase[]): PhraseIndex {
  const index = new PhraseIndex();
  phrases.forEach((p, id) => index.add(p.parts, id, p.ending));
  return index;
}

test('phrases match whole tokens, longest first, with their endings', () => {
  const phrases: Phrase[] = [
    { parts: ['united', 'states'], ending: 'exact' },
    { parts: ['united'], ending: 'exact' },
    { parts: ['militia'], ending: 'plural' },
    { parts: ['minist'], ending: 'stem' },
    { parts: ['socc'], ending: 'prefix' },
    { parts: ['z'], ending: 'prefix' },
    { parts: ['world', 'cu'], ending: 'prefix' },
    { parts: ['anti', '-', 'drug'], ending: 'exact' },
  ];
  const index = indexOf(phrases);
  const at = (text: string, i = 0): IndexMatch[] => index.matchAt(text.split(' '), i);
  assert.deepEqual(at('united states army'), [
    { length: 2, ids: [0] },
    { length: 1, ids: [1] },
  ]);
  assert.deepEqual(at('militias'), [{ length: 1, ids: [2] }]);
  assert.deepEqual(at('ministries'), [{ length: 1, ids: [3] }]);
  assert.deepEqual(at('ministerial'), []);
  assert.deepEqual(at('soccer'), [{ length: 1, ids: [4] }]);
  assert.deepEqual(at('zone'), [{ length: 1, ids: [5] }]);
  assert.deepEqual(at('world cup'), [{ length: 2, ids: [6] }]);
  assert.deepEqual(at('world'), []);
  assert.deepEqual(at('anti-drug'), [{ length: 1, ids: [7] }]);
  assert.deepEqual(at('anti - drug'), [{ length: 3, ids: [7] }]);
  assert.deepEqual(at('the united', 1), [{ length: 1, ids: [1] }]);
  assert.deepEqual(at('united', 1), []);
});

test('matchAt agrees with a brute-force reading of the rules', () => {
  const word = fc.constantFrom(
    'a',
    'ab',
    'abc',
    'sabc',
    'minist',
    'ministry',
    'ministers',
    'churches',
    'city',
    'cities',
  );
  const token = fc.oneof(
    word,
    fc.constantFrom('abcs', 'ministries', 'ab-abc', "abc's", 'a-', 'zz', 'abcdefs'),
  );
  const ending = fc.constantFrom<PhraseEnding>('exact', 'plural', 'stem', 'prefix');
  const phrase = fc.record({ parts: fc.array(word, { minLength: 1, maxLength: 3 }), ending });
  fc.assert(
    fc.property(
      fc.array(phrase, { minLength: 1, maxLength: 12 }),
      fc.array(token, { minLength: 1, maxLength: 5 }),
      (phrases, norms) => {
        const index = indexOf(phrases);
        for (let i = 0; i <= norms.length; i++) {
          // twice: the second answer comes from what the index remembered of the first
          for (let round = 0; round < 2; round++) {
            assert.deepEqual(index.matchAt(norms, i), i < norms.length ? reference(phrases, norms, i) : []);
          }
        }
      },
    ),
    { numRuns: 400 },
  );
});

test('phrases added after matching began are matched', () => {
  const index = new PhraseIndex();
  index.add(['united', 'states'], 0, 'exact');
  assert.deepEqual(index.matchAt(['united', 'nations'], 0), []);
  // enough phrases to outgrow what the index worked out for the first walk
  for (let n = 1; n <= 200; n++) index.add(['united', `n${n}`], n, 'exact');
  index.add(['united', 'nations'], 201, 'exact');
  index.add(['world', 'c'], 202, 'prefix');
  assert.deepEqual(index.matchAt(['united', 'nations'], 0), [{ length: 2, ids: [201] }]);
  assert.deepEqual(index.matchAt(['united', 'n150'], 0), [{ length: 2, ids: [150] }]);
  assert.deepEqual(index.matchAt(['world', 'cup'], 0), [{ length: 2, ids: [202] }]);
  assert.deepEqual(index.matchAt(['united', 'states'], 0), [{ length: 2, ids: [0] }]);
});
