/**
 * A token trie over folded phrase parts (see text.ts), shared by the actor,
 * agent, discard, country and place indexes.
 *
 * How the last word of a phrase may match the token's last part:
 * - `exact`: only itself;
 * - `plural`: itself or its regular plural (TABARI's noun endings: +s, +es,
 *   y→ies), for words of 4+ letters;
 * - `stem`: as `plural`, and for words of 5+ letters also followed by one of
 *   the endings -y, -ies, -er, -ers, -ry, -ries, -or, -ors ("MINIST" matches
 *   minister, ministries; "AUTHORIT" matches authority). This bounds TABARI's
 *   open-ended stems so that short open entries ("PLA", "GOA") do not match
 *   "play" or "goal";
 * - `prefix`: TABARI's stem proper: any word the last word begins.
 *
 * A match always starts at the first part of token i and ends at the last part
 * of some token, so a hyphenated token ("anti-drug") is consumed whole or not at
 * all, whichever way the tokenizer split it.
 */
import { CodeFilter, mixHash, stringCode } from './code-filter.js';
import { HASH_BASIS, hashStep } from './hash.js';
import { singularCandidates } from './text.js';
import { partsAt, tokenPartsMemo } from './token-parts.js';

export type PhraseEnding = 'exact' | 'plural' | 'stem' | 'prefix';

/** Endings a bounded stem may take (see `stem` above). */
const STEM_ENDINGS = ['y', 'ies', 'er', 'ers', 'ry', 'ries', 'or', 'ors'];
const MIN_STEM = 5;
/** Separates parts inside an index key (parts never contain whitespace). */
export const SEP = ' ';

const SEP_CODE = SEP.charCodeAt(0);

/** Most keys an index remembers the matching of (see `PhraseIndex.roots`). */
const MAX_KEY_NODES = 500_000;

/** A key walked by matching: its folded parts joined by SEP, and what it matches. */
interface KeyNode {
  readonly key: string;
  /** The key without its last part ('' for a first part). */
  readonly before: string;
  /** Its last part. */
  readonly part: string;
  /** Ids of the phrases this key completes, once looked up. */
  ids: readonly number[] | undefined;
  /** Whether some phrase begins with this key and goes on, once looked up. */
  continues: boolean | undefined;
  children: Map<string, KeyNode> | undefined;
  /** For a first part: most parts of a phrase starting with it (see `reachOf`); else 0. */
  readonly reach: number;
  /** The hash of the key and a separator after it (see `hashPart`). */
  readonly hash: number;
}

/**
 * A key node with every field present from the start: nodes filled in later keep one hidden
 * class, so the matchers that walk them stay monomorphic (adding `ids` or `children` to a node
 * afterwards gave each node one of several shapes, and the optimised matchers deoptimised).
 */
function keyNode(
  key: string,
  before: string,
  part: string,
  reach: number,
  ids: readonly number[] | undefined,
  continues: boolean | undefined,
  hash: number,
): KeyNode {
  return { key, before, part, ids, continues, children: undefined, reach, hash };
}

/** FNV-1a over a part's characters and a separator after them, on from `h`. */
function hashPart(h: number, part: string): number {
  for (let k = 0; k < part.length; k++) h = hashStep(h, part.charCodeAt(k));
  return hashStep(h, SEP_CODE);
}

/**
 * The code (see CodeFilter) standing for "a part beginning with the characters `c0`, `c1` (0 for
 * a part of one character) after the key whose hash (see `hashPart`) is `h`".
 */
function followCode(h: number, c0: number, c1: number): number {
  return mixHash(hashStep(hashStep(h, c0), c1));
}

/** A match of the index at a token position: `length` tokens, payload ids in insertion order. */
export interface IndexMatch {
  readonly length: number;
  readonly ids: readonly number[];
}

// not frozen: a frozen array has another map than the id lists beside it, and the walk reading
// `length` from both would turn polymorphic (its type keeps it read-only)
const NO_IDS: readonly number[] = [];

function addTo(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
}

/**
 * Phrases are stored flat, by the key of all their parts: matching at a token
 * builds the key part by part, up to the longest phrase that starts with the
 * token's first part (`reach`), and looks each complete-token key up.
 */
export class PhraseIndex {
  /** Key → ids of the phrases with that key (whatever their ending). */
  private readonly exact = new Map<string, number[]>();
  /** Id → its ending: 0 exact, 1 plural, 2 stem (see ENDING_CODE). */
  private readonly endings: number[] = [];
  private hasEndings = false;
  private readonly prefix = new Map<string, number[]>();
  /** Keys of the proper leading parts of every phrase ("united", "united states"). */
  private readonly prefixes = new Set<string>();
  /** First part → most parts of a phrase starting with it. */
  private readonly reach = new Map<string, number>();
  /** First part → most parts of a prefix-stem phrase of 2+ parts starting with it. */
  private readonly prefixReach = new Map<string, number>();
  /** Prefix-stem phrases of one part: a token's first part may begin with any of them. */
  private readonly prefixStems = new Set<string>();
  /** The first one or two character codes of the one-part prefix stems (see mayBeginWithStem). */
  private readonly stemHeads = new Set<number>();
  /** The codes (see CodeFilter) of the one-part prefix stems (see stemReach). */
  private readonly stems = new CodeFilter();
  /** The codes of the keys of `reach` and `prefixReach` (see reachOf). */
  private readonly firsts = new CodeFilter();
  /**
   * For every proper leading key of a phrase, the first one or two characters of the part that
   * follows it there, as `followCode`s: a part whose own do not follow a key (nearly all parts
   * after a phrase's first word: "china said") extends it to a key that completes no phrase and
   * begins none, which is known without building that key (see `mayFollow`).
   */
  private readonly follows = new CodeFilter();
  /** Whether a phrase of several parts ends in a one-character prefix stem (see `mayFollow`). */
  private shortStemFollows = false;
  private size = 0;

  /** Adds a phrase (its folded parts) with a payload id. Ids must be added in priority order. */
  add(parts: readonly string[], id: number, ending: PhraseEnding): void {
    if (parts.length > 0) this.addKey(parts.join(SEP), id, ending);
  }

  /** Adds a phrase by its key (folded parts joined by a space). */
  addKey(key: string, id: number, ending: PhraseEnding): void {
    if (key.length === 0) return;
    let count = 1;
    for (let k = key.indexOf(SEP); k >= 0; k = key.indexOf(SEP, k + 1)) count++;
    // every proper prefix (in whole parts) of the key, so matching can stop as soon as
    // the tokens read so far begin no phrase
    for (let k = key.indexOf(SEP); k >= 0; k = key.indexOf(SEP, k + 1)) this.prefixes.add(key.slice(0, k));
    this.addFollows(key, ending);
    if (ending === 'prefix') {
      addTo(this.prefix, key, id);
      if (count === 1) {
        this.prefixStems.add(key);
        this.stems.add(stringCode(key));
        // one character: -(code + 1); more: both codes (see mayBeginWithStem)
        const c0 = key.charCodeAt(0);
        this.stemHeads.add(key.length === 1 ? -c0 - 1 : c0 * 0x10000 + key.charCodeAt(1));
      } else {
        const first = key.slice(0, key.indexOf(SEP));
        if ((this.prefixReach.get(first) ?? 0) < count) this.prefixReach.set(first, count);
        this.firsts.add(stringCode(first));
      }
    } else {
      addTo(this.exact, key, id);
      const code = ending === 'exact' ? 0 : ending === 'plural' ? 1 : 2;
      this.endings[id] = code;
      if (code > 0) this.hasEndings = true;
      const firstSep = key.indexOf(SEP);
      const first = firstSep < 0 ? key : key.slice(0, firstSep);
      if ((this.reach.get(first) ?? 0) < count) this.reach.set(first, count);
      this.firsts.add(stringCode(first));
    }
    this.size++;
  }

  /** Adds to `follows` the start of each part of `key` after its first, after the key before it. */
  private addFollows(key: string, ending: PhraseEnding): void {
    let h = HASH_BASIS;
    for (let k = 0; k < key.length; k++) {
      const c = key.charCodeAt(k);
      h = hashStep(h, c);
      if (c !== SEP_CODE || k + 1 >= key.length) continue;
      const c0 = key.charCodeAt(k + 1);
      const short = k + 2 >= key.length || key.charCodeAt(k + 2) === SEP_CODE;
      this.follows.add(followCode(h, c0, short ? 0 : key.charCodeAt(k + 2)));
      if (short && ending === 'prefix' && key.indexOf(SEP, k + 1) < 0) this.shortStemFollows = true;
    }
  }

  /**
   * Whether the key of `parent` followed by `part` may complete or begin a phrase: false when
   * no phrase has, after that key, a part beginning as `part` does. Every way a last part may
   * match (itself, a plural, a bounded stem's ending: all of 4+ letters; a prefix stem that
   * `part` begins with) keeps its first two characters, but for a prefix stem of one character.
   */
  private mayFollow(parent: KeyNode, part: string): boolean {
    if (part.length === 0) return true;
    const c0 = part.charCodeAt(0);
    if (part.length === 1) return this.follows.mayHave(followCode(parent.hash, c0, 0));
    return (
      this.follows.mayHave(followCode(parent.hash, c0, part.charCodeAt(1))) ||
      (this.shortStemFollows && this.follows.mayHave(followCode(parent.hash, c0, 0)))
    );
  }

  /** Number of phrases added. */
  get phraseCount(): number {
    return this.size;
  }

  /**
   * Matches at token `i` of `norms`, longest first. `partsOf` may be given to
   * reuse the parts of tokens already split.
   */
  matchAt(norms: readonly string[], i: number, partsOf?: (t: number) => readonly string[]): IndexMatch[] {
    const found: IndexMatch[] = [];
    this.walk(norms, i, partsOf, found, 0);
    return found.reverse();
  }

  /**
   * The longest match at token `i` (the first of `matchAt`'s), or null when there is none or it
   * is not longer than `longerThan` tokens. The dictionaries' `firstAt` mostly needs this one
   * only: walking for it builds no list.
   */
  longestAt(norms: readonly string[], i: number, longerThan = 0): IndexMatch | null {
    return this.walk(norms, i, undefined, null, longerThan);
  }

  /**
   * Walks the keys of the tokens from `i` on: every match is pushed to `found` (shortest first)
   * when it is given; the longest is returned when it is null and longer than `longerThan` tokens
   * (else null).
   */
  private walk(
    norms: readonly string[],
    i: number,
    partsOf: ((t: number) => readonly string[]) | undefined,
    found: IndexMatch[] | null,
    longerThan: number,
  ): IndexMatch | null {
    if (i >= norms.length) return null;
    const memo = partsOf ? null : tokenPartsMemo(norms);
    const firstParts = memo ? partsAt(memo, norms, i) : partsOf!(i);
    const first = firstParts[0];
    if (first === undefined) return null;
    const root = this.rootOf(first);
    if (root === null) return null;
    const reach = root.reach;
    // a match spans at most as many tokens as it has parts: none can be long enough
    if (reach <= longerThan) return null;
    let node: KeyNode | null = null;
    let count = 0;
    let longest: readonly number[] | null = null;
    let longestLength = 0;
    for (let t = i; t < norms.length && count < reach; t++) {
      const parts = t === i ? firstParts : memo ? partsAt(memo, norms, t) : partsOf!(t);
      if (parts.length === 0 || count + parts.length > reach) break;
      for (const part of parts) {
        node = node === null ? root : this.childNode(node, part);
        count++;
      }
      const at = node!;
      const ids = (at.ids ??= this.lookup(at.key, at.before, at === root, at.part));
      if (ids.length > 0) {
        if (found !== null) found.push({ length: t - i + 1, ids });
        longest = ids;
        longestLength = t - i + 1;
      }
      // endings and stems apply to a phrase's last part only: to go on, the key must begin a phrase
      at.continues ??= this.prefixes.has(at.key);
      if (!at.continues) break;
    }
    return found === null && longest !== null && longestLength > longerThan
      ? { length: longestLength, ids: longest }
      : null;
  }

  /**
   * Whether some phrase may begin at a token whose first part is `first`: when false, `matchAt`
   * finds nothing at such a token (a true answer promises nothing).
   */
  begins(first: string): boolean {
    // (not `rootOf`: nearly every word asked is new, and is not among the roots; the walks at
    // the words that begin a phrase make their roots)
    return this.reachOf(first) > 0;
  }

  /**
   * How many parts a phrase starting with `first` (or the word it may inflect, or a prefix
   * stem it begins with) can have. Most parts begin no phrase: the filters (see CodeFilter) say
   * so before any map is probed; only words that may be inflected or may begin with a stem take
   * the slower ways, which the filters mostly cut short too. (Not remembered here: the
   * vocabulary asks once per word, and a walk once per root.)
   */
  private reachOf(first: string): number {
    let reach = this.directReach(first);
    // a stem gives a reach of 1 (see stemReach): only a word that begins no phrase may need it
    if (reach === 0 && this.prefixStems.size > 0 && this.mayBeginWithStem(first))
      reach = this.stemReach(first);
    if (this.hasEndings && mayBeInflected(first)) reach = Math.max(reach, this.inflectedReach(first));
    return reach;
  }

  /** How many parts a phrase (a prefix-stem phrase of 2+ parts included) starting with `word` has at most. */
  private directReach(word: string): number {
    // most words asked begin no phrase: the filter spares them the maps (and their hashing)
    if (!this.firsts.mayHave(stringCode(word))) return 0;
    const reach = this.reach.get(word) ?? 0;
    return this.prefixReach.size > 0 ? Math.max(reach, this.prefixReach.get(word) ?? 0) : reach;
  }

  /**
   * The keys matching has walked from first parts that begin some phrase, as a trie over
   * parts, so that going on by one part is one map lookup (no key string is built or hashed),
   * with each key's `lookup` result and whether it begins a phrase worked out once. A root
   * holds its first part's reach, so that matching at a token that begins a phrase looks one
   * map up, not three. It only depends on the index; it stops growing at `MAX_KEY_NODES`
   * (further keys are worked out each time, with the same result).
   */
  private readonly roots = new Map<string, KeyNode>();
  private keyNodes = 0;

  /** The root of the keys starting with `first`, or null when no phrase may begin with it. */
  private rootOf(first: string): KeyNode | null {
    const known = this.roots.get(first);
    if (known !== undefined) return known;
    const reach = this.reachOf(first);
    if (reach === 0) return null;
    const node = keyNode(first, '', first, reach, undefined, undefined, hashPart(HASH_BASIS, first));
    if (this.keyNodes < MAX_KEY_NODES) {
      this.roots.set(first, node);
      this.keyNodes++;
    }
    return node;
  }

  /**
   * The node of every key that completes no phrase and begins none ("china said", most keys
   * walked): no key extending it does either, so matching stops there. One node stands for them
   * all, so that the trie keeps no node and key string per word met after a phrase's first
   * words (four fifths of its nodes were such), and the walk finds this one at hand.
   */
  private readonly deadEnd = keyNode('', '', '', 0, NO_IDS, false, 0);

  private childNode(parent: KeyNode, part: string): KeyNode {
    // (a dead end is reached inside a token of several parts: "anti-drug" after "china")
    if (parent === this.deadEnd) return parent;
    // most parts walked lead to a dead end, known here by reading a bit: the part's string is
    // neither hashed nor joined to the key, and the trie keeps no entry for it
    if (!this.mayFollow(parent, part)) return this.deadEnd;
    let node = parent.children?.get(part);
    if (node === undefined) {
      const key = parent.key + SEP + part;
      const ids = this.lookup(key, parent.key, false, part);
      const continues = this.prefixes.has(key);
      node =
        ids.length === 0 && !continues
          ? this.deadEnd
          : keyNode(key, parent.key, part, 0, ids, continues, hashPart(parent.hash, part));
      if (this.keyNodes < MAX_KEY_NODES) {
        (parent.children ??= new Map()).set(part, node);
        this.keyNodes++;
      }
    }
    return node;
  }

  /** 1 when `first` begins with a one-part prefix stem, else 0. */
  private stemReach(first: string): number {
    if (this.prefixStems.size === 0) return 0;
    // the codes of the leading strings of `first`, one character longer each time: only those the
    // filter may hold are cut out and looked up
    let h = HASH_BASIS;
    for (let k = 0; k < first.length; k++) {
      h = hashStep(h, first.charCodeAt(k));
      if (this.stems.mayHave(mixHash(h)) && this.prefixStems.has(first.slice(0, k + 1))) return 1;
    }
    return 0;
  }

  /** Whether a one-part prefix stem may begin `first`, by its first one or two characters. */
  private mayBeginWithStem(first: string): boolean {
    const c0 = first.charCodeAt(0);
    return (
      this.stemHeads.has(-c0 - 1) ||
      (first.length > 1 && this.stemHeads.has(c0 * 0x10000 + first.charCodeAt(1)))
    );
  }

  /** The most parts of a phrase whose first word `first` may be an inflection of. */
  private inflectedReach(first: string): number {
    let reach = 0;
    for (const s of singularCandidates(first)) reach = Math.max(reach, this.firstReach(s));
    for (const ending of STEM_ENDINGS) {
      if (first.length - ending.length >= MIN_STEM && first.endsWith(ending)) {
        reach = Math.max(reach, this.firstReach(first.slice(0, -ending.length)));
      }
    }
    return reach;
  }

  /** `reach` of a word, 0 for none, through the filter of first parts. */
  private firstReach(word: string): number {
    return this.firsts.mayHave(stringCode(word)) ? (this.reach.get(word) ?? 0) : 0;
  }

  /** Ids of phrases ending exactly at `key` (whose last part is `last`, after `before`). */
  private lookup(key: string, before: string, single: boolean, last: string): readonly number[] {
    const ids: number[] = [];
    const exact = this.exact.get(key);
    if (exact) ids.push(...exact);
    const head = single ? '' : before + SEP;
    if (this.hasEndings) {
      for (const singular of singularCandidates(last)) {
        const p = this.exact.get(head + singular);
        if (p) for (const id of p) if ((this.endings[id] ?? 0) >= 1) ids.push(id);
      }
      // (every ending is lower-case letters and ends in s, y or r: a base is all lower-case
      // letters when the part is, and only a part that may be inflected has one)
      if (mayBeInflected(last) && /^[a-z]+$/.test(last)) {
        for (const ending of STEM_ENDINGS) {
          if (last.length - ending.length < MIN_STEM || !last.endsWith(ending)) continue;
          const s = this.exact.get(head + last.slice(0, -ending.length));
          if (s) for (const id of s) if (this.endings[id] === 2) ids.push(id);
        }
      }
    }
    if (this.prefix.size > 0) {
      for (let k = last.length; k >= 1; k--) {
        const s = this.prefix.get(head + last.slice(0, k));
        if (s) ids.push(...s);
      }
    }
    // most keys complete no phrase: they share one empty list (one object for the walk to read)
    if (ids.length === 0) return NO_IDS;
    if (ids.length === 1) return ids;
    return [...new Set(ids)].sort((a, b) => a - b);
  }
}

/**
 * Whether a word may be a regular plural or carry a bounded stem's ending (see
 * `singularCandidates` and STEM_ENDINGS: every such word has 5+ letters and ends in s, y or r).
 */
function mayBeInflected(word: string): boolean {
  if (word.length < MIN_STEM) return false;
  const last = word.charCodeAt(word.length - 1);
  return last === 115 /* s */ || last === 121 /* y */ || last === 114; /* r */
}
