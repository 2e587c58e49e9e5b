/**
 * Expletive "it": the "it" of "it is necessary for Ruritania to ...", "it would be difficult to
 * ...", "it may take years for the court to ...", "it seems that ..." stands for no one; the one
 * who acts is named after it, or nobody is. Resolving it to the most salient actor of the article
 * makes that actor the subject of the clause and of the infinitive that inherits it.
 *
 * Recognised: "it" + auxiliaries, modals, adverbs + a form of "be" (or "seem", "appear",
 * "remain", "become") + adverbs + an adjective + "to", "for", "that", "whether" or "if"; "it"
 * + "seem"/"appear" + "to"/"that"; "it" + "take" + a span of time + "for"/"to". A referring "it"
 * with an adjective of stance and "to" ("it is ready to talk", "it was willing to") is not
 * expletive.
 */
import type { Token } from '../core/types.js';

const LINKING = new Set(['be', 'seem', 'appear', 'remain', 'become']);
const RAISING = new Set(['seem', 'appear']);
const OPENERS = new Set(['to', 'for', 'that', 'whether', 'if']);
const TIME_NOUNS = new Set(['years', 'months', 'weeks', 'days', 'decades', 'time', 'hours', 'year', 'month']);
/** Adjectives that, after "it is", say what the party itself is ready or able to do. */
const STANCE = new Set([
  'ready',
  'willing',
  'able',
  'unable',
  'prepared',
  'eager',
  'keen',
  'determined',
  'committed',
  'reluctant',
  'unwilling',
  'free',
  'due',
  'set',
  'likely',
  'unlikely',
  'sure',
  'certain',
]);

function skippable(t: Token): boolean {
  return t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV';
}

/** True when the "it" at token `at` is expletive (it refers to no one). */
export function isExpletiveIt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== 'it') return false;
  let k = at + 1;
  // modals, "not", adverbs; the linking verb may itself be tagged AUX ("is", "would be")
  let linking: Token | null = null;
  while (k < tokens.length && k < at + 8) {
    const t = tokens[k]!;
    if (LINKING.has(t.lemma)) {
      linking = t;
      k++;
      break;
    }
    if (t.lemma === 'take') {
      const span = tokens[k + 1];
      const after = tokens[k + 2];
      return (
        span !== undefined && TIME_NOUNS.has(span.norm) && (after?.norm === 'for' || after?.norm === 'to')
      );
    }
    if (!skippable(t)) return false;
    k++;
  }
  if (!linking) return false;
  while (k < tokens.length && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k++;
  const next = tokens[k];
  if (!next) return false;
  if (RAISING.has(linking.lemma) && (next.norm === 'to' || next.norm === 'that')) return true;
  const opener = tokens[k + 1];
  if (next.pos !== 'ADJ' || opener === undefined || !OPENERS.has(opener.norm)) return false;
  // ("it is ready to talk": the party's own stance; "it is likely that ...": expletive)
  return !(STANCE.has(next.norm) && opener.norm === 'to');
}
