/**
 * Whom a bare statement is made to. CAMEO's 010 ("make statement, not specified below") is
 * what CAMEO.2.0.txt's EXPLAIN_VERBAL block gives "said", "added", "argued" ... when none of
 * its patterns names what was said. Verbs like "say" take what is said as their object, never
 * the party it is said to: "the spokesman said Ruritania had delayed the payment" reports a
 * clause whose subject is Ruritania; "said talks with Ruritania must go on" or "say anything
 * against Ruritania" name Ruritania inside what was said. The one party a statement of this
 * kind is made to is an addressee introduced by "to" ("said in a letter to the Ruritanian
 * king"), unless what is said names a relation with a party ("said talks with Ruritania had
 * failed" is about Ruritania); a verb taking its addressee as object ("told", "informed") is not in this list.
 * Only the bare statement (010) is concerned: a comment a verb block codes itself ("believes
 * Ruritania can cope" as a pessimistic comment, 012) is about the one it names.
 */
import type { Token } from '../core/types.js';
import type { VerbFrame } from './parse/structure.js';

/** Lemmas of verbs whose object is the content of the statement. */
const CONTENT_OBJECT_SPEECH = new Set([
  'say',
  'add',
  'state',
  'claim',
  'argue',
  'insist',
  'assert',
  'note',
  'mention',
  'remark',
  'contend',
  'maintain',
  'believe',
  'think',
]);

/**
 * True when the frame's verb is a statement verb whose object is what is said, coded 010 with
 * no pattern: its target is only an addressee named by a "to" phrase.
 */
export function addresseeOnly(
  tokens: readonly Token[],
  frame: VerbFrame,
  code: string | null,
  patternFired: boolean,
): boolean {
  if (code !== '010' || patternFired || frame.passive) return false;
  const head = tokens[frame.head];
  return head !== undefined && CONTENT_OBJECT_SPEECH.has(head.lemma) && !namesRelation(tokens, frame.head);
}

/** Nouns of a relation between parties: "said talks with Gondor had failed" is about Gondor. */
const RELATION_NOUNS = new Set([
  'talks',
  'relations',
  'ties',
  'negotiations',
  'agreement',
  'deal',
  'dispute',
  'cooperation',
  'contacts',
  'dialogue',
  'partnership',
  'meeting',
  'trade',
  'border',
  'conflict',
  'war',
]);

/**
 * Whether what is said after the verb at `verb` names a relation with a party ("talks with",
 * "relations between"): such a statement is about that party (reported-clause.ts keeps it).
 */
function namesRelation(tokens: readonly Token[], verb: number): boolean {
  const sentence = tokens[verb]!.sentence;
  for (let k = verb + 2; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const norm = tokens[k]!.norm;
    if ((norm === 'with' || norm === 'between') && RELATION_NOUNS.has(tokens[k - 1]!.norm)) return true;
  }
  return false;
}
