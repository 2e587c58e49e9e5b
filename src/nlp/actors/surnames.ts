import type { ActorEntry } from '../../dict/index.js';
import { isCommonWord } from '../../dict/index.js';
import type { Piece } from './pieces.js';

/**
 * Actors, later mentions: once a person is named in full ("Xi Jinping", "Alexander
 * Lukashenko"), a later capitalised surname alone ("Xi", "Lukashenko") refers to them.
 * The surname is the last word of the name, or the first for names written family-name
 * first (Chinese, Korean, Vietnamese...). A newer person with the same surname wins.
 */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'PRK', 'KOR', 'VNM', 'MNG', 'KHM', 'SGP']);

/**
 * The words of each person's name that may be a surname (letters, apostrophes, hyphens), in
 * order, worked out once per dictionary entry (entries are immutable; the memo goes with them).
 */
const NAME_WORDS = new WeakMap<ActorEntry, readonly string[]>();

function nameWordsOf(entry: ActorEntry): readonly string[] {
  let words = NAME_WORDS.get(entry);
  if (words === undefined) {
    words = entry.name
      .toLowerCase()
      .split(/[\s_]+/)
      .filter((w) => /^\p{L}[\p{L}'-]+$/u.test(w));
    NAME_WORDS.set(entry, words);
  }
  return words;
}

/** The words of `entry`'s name among the norms of tokens [start, end), in the name's order. */
function matchedNameWords(entry: ActorEntry, norms: readonly string[], start: number, end: number): string[] {
  const out: string[] = [];
  for (const w of nameWordsOf(entry)) {
    for (let k = start; k < end; k++) {
      if (norms[k] === w) {
        out.push(w);
        break;
      }
    }
  }
  return out;
}

/** Adds the surnames of the persons among `pieces` to `aliases` (a new map is returned). */
export function rememberSurnames(
  aliases: ReadonlyMap<string, ActorEntry>,
  pieces: readonly Piece[],
  norms: readonly string[],
  countryOf: (entry: ActorEntry) => string | null,
): ReadonlyMap<string, ActorEntry> {
  let next: Map<string, ActorEntry> | null = null;
  for (const p of pieces) {
    if (p.kind !== 'actor' || p.entry?.kind !== 'person') continue;
    // the words of the person's own name among those matched (titles in a synonym are left out)
    const words = matchedNameWords(p.entry, norms, p.start, p.end);
    if (words.length === 0) continue;
    const familyFirst = FAMILY_NAME_FIRST.has(countryOf(p.entry) ?? '');
    const surname = familyFirst ? words[0]! : words[words.length - 1]!;
    if (surname.length < 2 || isCommonWord(surname)) continue;
    // the person already known by this surname (named again, often by the surname itself): the
    // map stays as it is, and is not copied
    if ((next ?? aliases).get(surname) === p.entry) continue;
    next ??= new Map(aliases);
    next.set(surname, p.entry);
  }
  return next ?? aliases;
}
