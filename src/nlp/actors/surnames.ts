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
    const nameWords = p.entry.name.toLowerCase().split(/[\s_]+/);
    const matched = new Set(norms.slice(p.start, p.end));
    const words = nameWords.filter((w) => matched.has(w) && /^\p{L}[\p{L}'-]+$/u.test(w));
    if (words.length === 0) continue;
    const familyFirst = FAMILY_NAME_FIRST.has(countryOf(p.entry) ?? '');
    const surname = familyFirst ? words[0]! : words[words.length - 1]!;
    if (surname.length < 2 || isCommonWord(surname)) continue;
    next ??= new Map(aliases);
    next.set(surname, p.entry);
  }
  return next ?? aliases;
}
