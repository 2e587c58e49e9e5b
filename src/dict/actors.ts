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
import { PhraseIndex, type IndexMatch } from './phrase-index.js';
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
  /** The first of `matchAt`'s matches (the longest), without building the others. */
  firstAt(norms: readonly string[], i: number, texts?: readonly string[]): ActorMatch | undefined;
  /** Whether a phrase may begin at a token whose first part (see text.ts) is `first`; false: `matchAt` finds none there. */
  begins(first: string): boolean;
  /** The code the entry has on an ISO day (null date = the undated default). */
  codeOn(entry: ActorEntry, isoDate: string | null): string | null;
}

/** The actor code that applies on a day; see dated-code.ts for the rules. */
export function codeOn(entry: ActorEntry, isoDate: string | null): string | null {
  return codeOnDate(entry.codes, isoDate);
}

/** Where each phrase id of the index points. */
interface PhraseRefs {
  /** How many phrase ids there are. */
  readonly count: number;
  /** Entry number (over all files) of a phrase id. */
  entryOf(id: number): number;
  /** Phrase number within its entry. */
  phraseOf(id: number): number;
  /** File name of an entry number. */
  fileOf(entry: number): string;
}

/** What a phrase id stands for: its entry (and entry number), its phrase and that phrase's `file:line`. */
interface PhraseRef {
  readonly k: number;
  readonly entry: ActorEntry;
  readonly phrase: ActorPhrase | undefined;
  readonly phraseId: string;
}

function dictionary(
  files: readonly string[],
  index: PhraseIndex,
  entryAt: (k: number) => ActorEntry,
  all: () => readonly ActorEntry[],
  refs: PhraseRefs,
): ActorDictionary {
  // what each phrase id matched stands for, worked out once (it depends on the dictionary only):
  // one object to read per id matched instead of the entry number, the entry, its phrase list and
  // the phrase's `file:line` one after the other
  const resolved: (PhraseRef | undefined)[] = Array.from({ length: refs.count }, () => undefined);
  const resolve = (id: number): PhraseRef => {
    const k = refs.entryOf(id);
    const entry = entryAt(k);
    const phrase = entry.phrases[refs.phraseOf(id)];
    return { k, entry, phrase, phraseId: phrase ? `${refs.fileOf(k)}:${phrase.line}` : '' };
  };
  /**
   * The matches of one index match `m` at token i, in order, pushed to `out`; with `out` null,
   * the first of them is returned instead (no list is built for `firstAt`).
   */
  const collect = (
    m: IndexMatch,
    norms: readonly string[],
    i: number,
    texts: readonly string[] | undefined,
    out: ActorMatch[] | null,
  ): ActorMatch | undefined => {
    const commonWord = m.length === 1 && isCommonWord(norms[i] ?? '');
    if (commonWord && texts && !casingAllows(norms[i] ?? '', texts[i] ?? '')) return undefined;
    // an entry listed twice for one key (two of its phrases fold alike) is matched once
    const seen = m.ids.length > 1 ? new Set<number>() : null;
    for (const id of m.ids) {
      const ref = (resolved[id] ??= resolve(id));
      if (seen) {
        if (seen.has(ref.k)) continue;
        seen.add(ref.k);
      }
      const { entry, phrase } = ref;
      if (!phrase) continue;
      const match: ActorMatch = {
        start: i,
        length: m.length,
        entry,
        phrase,
        phraseId: ref.phraseId,
        commonWord,
      };
      if (out === null) return match;
      out.push(match);
    }
    return undefined;
  };
  const matchAt = (norms: readonly string[], i: number, texts?: readonly string[]): ActorMatch[] => {
    const out: ActorMatch[] = [];
    for (const m of index.matchAt(norms, i)) collect(m, norms, i, texts, out);
    return out;
  };
  const firstAt = (
    norms: readonly string[],
    i: number,
    texts?: readonly string[],
  ): ActorMatch | undefined => {
    // the longest index match nearly always gives the first match: the others are listed only
    // when it gives none (a common word in lower case)
    const longest = index.longestAt(norms, i);
    if (longest === null) return undefined;
    const first = collect(longest, norms, i, texts, null);
    if (first !== undefined) return first;
    const found = index.matchAt(norms, i);
    for (let n = 1; n < found.length; n++) {
      const match = collect(found[n]!, norms, i, texts, null);
      if (match !== undefined) return match;
    }
    return undefined;
  };
  return Object.freeze({
    files: Object.freeze([...files]),
    get entries() {
      return all();
    },
    matchAt,
    firstAt,
    begins: (first: string) => index.begins(first),
    codeOn,
  });
}

function endingOf(exact: boolean, stems: StemMode): 'plural' | 'prefix' | 'stem' {
  return exact ? 'plural' : stems === 'tabari' ? 'prefix' : 'stem';
}

/** Builds the index over parsed actor files (in priority order). */
export function buildActorDictionary(
  files: readonly ActorFile[],
  stems: StemMode = 'bounded',
): ActorDictionary {
  const index = new PhraseIndex();
  const entries: ActorEntry[] = [];
  const entryOf: number[] = [];
  const phraseOf: number[] = [];
  const fileOfEntry: number[] = [];
  files.forEach((file, f) => {
    for (const entry of file.entries) {
      entry.phrases.forEach((phrase, p) => {
        const id = entryOf.length;
        entryOf.push(entries.length);
        phraseOf.push(p);
        index.addKey(phraseParts(phrase.text).join(' '), id, endingOf(phrase.exact, stems));
      });
      entries.push(entry);
      fileOfEntry.push(f);
    }
  });
  Object.freeze(entries);
  return dictionary(
    files.map((f) => f.file),
    index,
    (k) => entries[k] as ActorEntry,
    () => entries,
    {
      count: entryOf.length,
      entryOf: (id) => entryOf[id] ?? -1,
      phraseOf: (id) => phraseOf[id] ?? -1,
      fileOf: (k) => files[fileOfEntry[k] ?? 0]?.file ?? '',
    },
  );
}

/**
 * Entries given lazily: `count` entries, `phrases(k)` tells the index key and
 * exactness of each phrase of entry k, `entry(k)` builds the entry on demand.
 * Used by the compiled cache so that loading does not build 28,000 entries.
 */
export interface LazyActorSource {
  readonly files: readonly string[];
  /** Entries per file, in file order. */
  readonly counts: readonly number[];
  phrases(k: number): readonly { readonly key: string; readonly exact: boolean }[];
  entry(k: number): ActorEntry;
}

export function buildLazyActorDictionary(
  source: LazyActorSource,
  stems: StemMode = 'bounded',
): ActorDictionary {
  const index = new PhraseIndex();
  const total = source.counts.reduce((a, b) => a + b, 0);
  const entryOf: number[] = [];
  const phraseOf: number[] = [];
  const fileOfEntry = new Uint16Array(total);
  let k = 0;
  source.counts.forEach((count, f) => {
    for (let e = 0; e < count; e++, k++) {
      fileOfEntry[k] = f;
      source.phrases(k).forEach((p, n) => {
        const id = entryOf.length;
        entryOf.push(k);
        phraseOf.push(n);
        index.addKey(p.key, id, endingOf(p.exact, stems));
      });
    }
  });
  const cache: (ActorEntry | undefined)[] = new Array<ActorEntry | undefined>(total);
  const entryAt = (n: number): ActorEntry => (cache[n] ??= source.entry(n));
  let everything: readonly ActorEntry[] | null = null;
  const all = (): readonly ActorEntry[] =>
    (everything ??= Object.freeze(Array.from({ length: total }, (_, n) => entryAt(n))));
  return dictionary(source.files, index, entryAt, all, {
    count: entryOf.length,
    entryOf: (id) => entryOf[id] ?? -1,
    phraseOf: (id) => phraseOf[id] ?? -1,
    fileOf: (n) => source.files[fileOfEntry[n] ?? 0] ?? '',
  });
}
