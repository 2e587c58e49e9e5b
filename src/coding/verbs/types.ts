/**
 * The verb dictionary as Dyad holds it after reading one or more PETRARCH-2 verb files
 * (CAMEO.2.0.txt, the validation suite's verbs, Dyad's own additions).
 *
 * Every record carries its id `file:line` (file = base name of the file it came from),
 * so a coded event can name the dictionary entry that produced it. Words are stored
 * upper-case, as the files write them; look-ups upper-case their input.
 */

/** A `[...]` code: the code in the active voice and the code when the verb is passive. */
export interface VerbCode {
  /** CAMEO code in the active voice, or null for `---` / an empty active part (`[:173]`). */
  readonly active: string | null;
  /**
   * Code when the verb is passive. Without a colon the same code applies in both voices
   * (`[042]` -> 042 / 042); `[042:043]` -> 042 / 043; `[:173]` -> null / 173.
   */
  readonly passive: string | null;
  /** The text between the brackets, normalised (e.g. `042:043`, `---`). */
  readonly text: string;
}

/** A word in a pattern; `TO/FOR` is written as one word and matches either. */
export interface WordTerm {
  readonly kind: 'word';
  /** As written, upper-case (`TO/FOR`). */
  readonly text: string;
  /** The alternatives (`['TO', 'FOR']`); one element for an ordinary word. */
  readonly anyOf: readonly string[];
}

/** A reference to a synonym set (`&CURRENCY`), by normalised name (`CURRENCY`). */
export interface SynsetTerm {
  readonly kind: 'synset';
  readonly name: string;
}

export type Term = WordTerm | SynsetTerm;

/**
 * A noun phrase: a bare word (`AID`, its own head), a synset (`&FOOD`), or a braced phrase
 * (`{ARMS SHIPMENT}`) whose last word is the head and the others are modifiers.
 * Words joined by `_` (`{AIR_STRIKE}`, `SPECIAL_CLAUSE`) form a phrase whose words must be
 * consecutive.
 */
export interface NounElement {
  readonly kind: 'noun';
  readonly words: readonly Term[];
  readonly head: Term;
  readonly modifiers: readonly Term[];
  /** True when every word boundary was written with `_` (the words must be consecutive). */
  readonly consecutive: boolean;
  readonly text: string;
}

/**
 * TABARI-era markers inside patterns: `$` source, `+` target, `%` compound actor (both
 * source and target), `^` skip a noun phrase. PETRARCH-2 takes actors from the parse; the
 * markers are kept so a coder can use them to decide which noun is which actor.
 */
export interface MarkerElement {
  readonly kind: 'source' | 'target' | 'compound' | 'skip';
  readonly text: '$' | '+' | '%' | '^';
}

/** A prepositional phrase `(FOR {FINANCIAL AID})`: the preposition and what it governs. */
export interface PrepElement {
  readonly kind: 'prep';
  /** A word (`TO`, `TO/FOR`) or a synset of prepositions. */
  readonly preposition: Term;
  /** The objects in order; empty for `(TO)` (any object). */
  readonly objects: readonly (NounElement | MarkerElement)[];
  readonly text: string;
}

export type PatternElement = NounElement | PrepElement | MarkerElement;

/** `- [pre-verb elements] * [post-verb elements] [code] # comment`. */
export interface VerbPattern {
  /** `file:line`. */
  readonly id: string;
  /** Id of the block the pattern belongs to. */
  readonly block: string;
  readonly pre: readonly PatternElement[];
  readonly post: readonly PatternElement[];
  readonly code: VerbCode;
  /** The text after `#` (TABARI-era files name the verb the pattern was written for). */
  readonly comment: string | null;
  /** Canonical text of the elements (`* (FOR {FINANCIAL AID})`); equal keys = same pattern. */
  readonly key: string;
  /** Normalised synset names the pattern uses. */
  readonly synsets: readonly string[];
  /** Ids of patterns with the same key this one replaced (a later line, or a later file). */
  readonly overrides: readonly string[];
}

/** One surface form of a verb: single word (`SAID`) or multi-word (`CAME AFTER`). */
export interface VerbForm {
  /** Words joined by one space (`CAME AFTER`). */
  readonly text: string;
  readonly words: readonly string[];
  /** Index in `words` of the word the parser tags as the verb (the one marked `+`). */
  readonly verbIndex: number;
  /** `base`: the form the line starts with; `irregular`: listed in `{...}`; `regular`: generated. */
  readonly kind: 'base' | 'irregular' | 'regular';
  /** For generated forms: which ending, and whether PETRARCH-2 generates the same form. */
  readonly rule?: 's' | 'ed' | 'ing';
  readonly petrarch?: boolean;
}

/** A verb line inside a block: its base form, its own or inherited code and all its forms. */
export interface VerbEntry {
  /** `file:line`. */
  readonly id: string;
  /** Id of the block. */
  readonly block: string;
  /** The base form, words joined by a space (`COME AFTER`, `RE-ADMIT`). */
  readonly lemma: string;
  readonly words: readonly string[];
  readonly verbIndex: number;
  /** The verb's own `[code]`, or the code of the block header it was listed under. */
  readonly code: VerbCode;
  readonly ownCode: boolean;
  readonly forms: readonly VerbForm[];
}

/**
 * A verb block (`---  VISIT   [042:043]  ---`). Headers with the same name, in one file or
 * across files, make one block, as in PETRARCH-2 where patterns belong to the block name.
 */
export interface VerbBlock {
  /** `file:line` of the first header with this name. */
  readonly id: string;
  readonly name: string;
  /** The first header's code. */
  readonly code: VerbCode;
  /** Ids of every header merged into this block. */
  readonly headers: readonly string[];
  readonly verbs: readonly VerbEntry[];
  /** In precedence order: later files first, then file order. */
  readonly patterns: readonly VerbPattern[];
}

/** Where a surface form leads: the form, its verb entry and block, and the code to use. */
export interface FormRef {
  readonly form: VerbForm;
  readonly entry: VerbEntry;
  readonly block: string;
  readonly blockName: string;
  readonly code: VerbCode;
}

export interface SynsetMember {
  /** `file:line`. */
  readonly id: string;
  readonly kind: 'words' | 'prep' | 'synset';
  readonly text: string;
  /** For `words`: the words (`PRIME_MINISTER` -> PRIME, MINISTER). */
  readonly words?: readonly string[];
  /** For `words`: the generated plural, or null when suppressed (`_`) or not formed. */
  readonly plural?: readonly string[] | null;
  /** For `prep`: the parsed phrase (`+(TO THE END)`). */
  readonly prep?: PrepElement;
  /** For `synset`: the referenced synset's normalised name (`+&TIETYPES`). */
  readonly ref?: string;
}

/** `&NAME` followed by `+member` lines; a trailing `_` on the label suppresses plurals. */
export interface Synset {
  /** `file:line` of the (first) label. */
  readonly id: string;
  /** Normalised name: upper-case, without `&` and trailing `_` (`AUXVERB1`). */
  readonly name: string;
  /** The label as first written (`&AUXVERB1_`). */
  readonly label: string;
  readonly noPlurals: boolean;
  readonly members: readonly SynsetMember[];
  /** Every word sequence the synset stands for: members, plurals and nested synsets. */
  readonly phrases: readonly (readonly string[])[];
  /** Prepositional-phrase members, including those of nested synsets. */
  readonly preps: readonly PrepElement[];
}

/** A slot of a transformation: a variable (`a`), `.` (no actor) or `_` (any actor). */
export type TransformSlot =
  { readonly kind: 'var'; readonly name: string } | { readonly kind: 'none' } | { readonly kind: 'any' };

/** `(source target VERB)`, where the target may itself be an event. */
export interface TransformEvent {
  readonly source: TransformSlot;
  readonly target: TransformSlot | TransformEvent;
  /** The verb's words (`WILL_ATTACK` -> WILL, ATTACK), or null for `Q` (any code). */
  readonly verb: readonly string[] | null;
}

/** `~ a (b . ATTACK) SAY = a b 112`: a verb–verb construction rewritten to one event. */
export interface Transformation {
  readonly id: string;
  readonly pattern: TransformEvent;
  readonly result: {
    readonly source: TransformSlot;
    readonly target: TransformSlot;
    /** A CAMEO code, or null for `Q` (the embedded event's code). */
    readonly code: string | null;
  };
  readonly text: string;
}

/** A problem found while reading; `text` is the one-line `file:line: problem` message. */
export interface VerbIssue {
  readonly file: string;
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly text: string;
}

export interface VerbSource {
  /** Base name, used in ids. */
  readonly file: string;
  /** Hex sha256 of the file's bytes (of the UTF-8 text when parsed from a string). */
  readonly sha256: string;
  readonly lines: number;
}

export interface VerbDictionary {
  /** The files read, lowest precedence first. */
  readonly sources: readonly VerbSource[];
  /** sha256 of the single file, or of `file sha256` lines when several were combined. */
  readonly version: string;
  /** By block id, in reading order. */
  readonly blocks: ReadonlyMap<string, VerbBlock>;
  /** Block name -> block id. */
  readonly blockNames: ReadonlyMap<string, string>;
  /** Verb lemma (`COME AFTER`) -> ids of the blocks that list it, in precedence order. */
  readonly lemmas: ReadonlyMap<string, readonly string[]>;
  /** Every surface form (`CAME AFTER`, `SAID`) -> where it leads, in precedence order. */
  readonly forms: ReadonlyMap<string, readonly FormRef[]>;
  /** The word tagged as the verb (`CAME`) -> every form built on it, longest first. */
  readonly formsByVerbWord: ReadonlyMap<string, readonly FormRef[]>;
  /** By pattern id. */
  readonly patterns: ReadonlyMap<string, VerbPattern>;
  /** By normalised name. */
  readonly synsets: ReadonlyMap<string, Synset>;
  readonly transformations: readonly Transformation[];
  /** Lines read with a stated interpretation (see the README); never fatal. */
  readonly warnings: readonly VerbIssue[];
}

/** What the pure parser returns: the dictionary built from the good lines, and the bad ones. */
export interface VerbParseResult {
  readonly value: VerbDictionary;
  readonly errors: readonly VerbIssue[];
  readonly warnings: readonly VerbIssue[];
}
