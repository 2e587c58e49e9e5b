/**
 * The actor dictionary: entries of one or more actor files behind one token index.
 *
 * Matching semantics (see phrase-index.ts for the endings):
 * - words of a phrase match consecutive tokens, case-insensitively, diacritics
 *   folded ("Erdoğan" = "ERDOGAN");
 * - a phrase ending in `_` (exact in TABARI) also matches the regular plural of
 *   its last word ("BELARUSIAN_" matches "Belarusians"), as TABARI allowed;
 * - a phrase without `_` has an open last word: by default a *bounded* stem
 *   (plural, or -y/-ies/-er/-ers/-ry/-ries/-or/-ors after 5+ letters); with
 *   `stems: 'tabari'`, TABARI's any-continuation stem. PETRARCH 2 matched whole
 *   words only; the Phoenix files were written for it and contain short open
 *   entries ("PLA", "GOA", "GHOR") that TABARI stems would turn into "play",
 *   "goal", "Ghorbani".
 *
 * Several entries may share a phrase (files overlap); matches list them in file
 * order, and files in the order given (Dyad's own files first).
 */
import type { ActorEntry, ActorFile, ActorPhrase } from './actor-file.js';
import { casingAllows, isCommonWord } from './common-words.js';
import { codeOnDate } from './dated-code.js';
import { PhraseIndex } from './phrase-index.js';
import { phraseParts } from './text.js';

export type StemMode = 'bounded' | 'tabari';

export interface ActorMatch {
  /** Token index where the match starts. */
  readonly start: number;
  /** Number of tokens matched. */
  readonly length: number;
  readonly entry: ActorEntry;
  /** The phrase (primary or synonym) that matched. */
  readonly phrase: ActorPhrase;
  /** `file:line` of that phrase. */
  readonly phraseId: string;
  /**
   * True when the match is one token that is also a common English word
   * ("us", "pole", "turkey"): trust it only when the text is capitalised.
   * When `texts` is given to matchAt, such matches are already filtered.
   */
  readonly commonWord: boolean;
}

export interface ActorDictionary {
  readonly files: readonly string[];
  readonly entries: readonly ActorEntry[];
  /**
   * Entries whose phrases match at token `i` of `norms`, longest first. Give the
   * tokens' `texts` (original spelling) to drop common-word matches written in
   * lower case ("us" the pronoun, "turkey" the bird).
   */
  matchAt(norms: readonly string[], i: number, texts?: readonly string[]): ActorMatch[];
  /** The code the entry has on an ISO day (null date = the undated default). */
  codeOn(entry: ActorEntry, isoDate: string | null): string | null;
}

/** The actor code that applies on a day; see dated-code.ts for the rules. */
export function codeOn(entry: ActorEntry, isoDate: string | null): string | null {
  return codeOnDate(entry.codes, isoDate);
}

/**
 * Builds the index over parsed actor files (in priority order). `keys` may give
 * each phrase's index key, in file/entry/phrase order (see compiled.ts).
 */
export function buildActorDictionary(
  files: readonly ActorFile[],
  stems: StemMode = 'bounded',
  keys?: readonly string[],
): ActorDictionary {
  const index = new PhraseIndex();
  const entries: ActorEntry[] = [];
  const refs: { entry: ActorEntry; phrase: ActorPhrase; file: string }[] = [];
  for (const file of files) {
    for (const entry of file.entries) {
      entries.push(entry);
      for (const phrase of entry.phrases) {
        const id = refs.length;
        refs.push({ entry, phrase, file: file.file });
        index.addKey(
          keys?.[id] ?? phraseParts(phrase.text).join(' '),
          id,
          phrase.exact ? 'plural' : stems === 'tabari' ? 'prefix' : 'stem',
        );
      }
    }
  }
  Object.freeze(entries);

  const matchAt = (norms: readonly string[], i: number, texts?: readonly string[]): ActorMatch[] => {
    const out: ActorMatch[] = [];
    for (const m of index.matchAt(norms, i)) {
      const commonWord = m.length === 1 && isCommonWord(norms[i] ?? '');
      if (commonWord && texts && !casingAllows(norms[i] ?? '', texts[i] ?? '')) continue;
      const seen = new Set<ActorEntry>();
      for (const id of m.ids) {
        const ref = refs[id];
        if (!ref || seen.has(ref.entry)) continue;
        seen.add(ref.entry);
        out.push({
          start: i,
          length: m.length,
          entry: ref.entry,
          phrase: ref.phrase,
          phraseId: `${ref.file}:${ref.phrase.line}`,
          commonWord,
        });
      }
    }
    return out;
  };

  return Object.freeze({ files: Object.freeze(files.map((f) => f.file)), entries, matchAt, codeOn });
}
