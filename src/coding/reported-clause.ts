import type { Token } from '../core/types.js';
import type { SentenceStructure, VerbFrame } from './parse/structure.js';

/**
 * "Officials say 30 people died", "the ministry said the navy and the police have rescued ...":
 * after a verb of saying with no "that", the noun phrase the parse takes as its object is the
 * subject of the reported clause, which a verb group follows (after any other subjects listed
 * with it). Nobody is addressed: a plain statement (CAMEO 01x) takes no target from it, and with
 * no other party it is not coded (one-sided.ts). A statement about a relation ("said that talks
 * with Gondor failed") is unaffected: its party comes from the phrase, not from an object.
 */
const SAYING = new Set([
  'say',
  'says',
  'said',
  'saying',
  'state',
  'states',
  'stated',
  'claim',
  'claims',
  'claimed',
  'report',
  'reports',
  'reported',
  'confirm',
  'confirms',
  'confirmed',
  'allege',
  'alleges',
  'alleged',
  'add',
  'adds',
  'added',
]);

/** True when `frame` is a verb of saying whose "object" is the subject of a reported clause. */
export function objectOpensReport(
  tokens: readonly Token[],
  structure: SentenceStructure,
  frame: VerbFrame,
): boolean {
  if (!frame.object || frame.passive || !SAYING.has(tokens[frame.head]!.norm)) return false;
  // (with "that", the clause's party comes from its phrases: "said that talks with Gondor failed")
  if (tokens[frame.group.end]?.norm === 'that') return false;
  const { chunks } = structure;
  let c = chunks.findIndex((ch) => ch.start >= frame.object!.end);
  // other subjects listed with it (", the police and the army") and the phrases qualifying them
  // ("a bombing outside a police station in Tarsk killed ...")
  while (c >= 0 && c < chunks.length && ['NP', 'CC', 'PUNCT', 'P'].includes(chunks[c]!.kind)) {
    const t = tokens[chunks[c]!.start]!;
    if (chunks[c]!.kind === 'PUNCT' && t.text !== ',') return false;
    // ("said talks with Gondor had failed": the statement is about that relation, as with "that")
    if (chunks[c]!.kind === 'P' && (t.norm === 'with' || t.norm === 'between')) return false;
    c++;
  }
  const next = c >= 0 ? chunks[c] : undefined;
  if (!next || next.kind !== 'VG') return false;
  // a participle qualifies the object ("reported clashes involving ..."), an infinitive is its aim
  const first = tokens[next.start]!;
  return first.norm !== 'to' && !first.norm.endsWith('ing');
}
