import { withPos } from '../core/token.js';
import type { Mention, Token } from '../core/types.js';
import { findVerbForms, type VerbDictionary } from './verbs/index.js';

/**
 * wink-nlp sometimes tags a verb as a noun after a name ("Arnor attacks Gondor",
 * "China protests"). A token tagged NOUN that is an inflected form in the verb dictionary,
 * right after an actor and right before a determiner, name, pronoun, number or
 * preposition, is retagged VERB, as is an -ed form tagged ADJ between a noun and a determiner
 * or pronoun ("police quelled the protests"); after a subject that follows "that" (a subjunctive: "demanded
 * that the government end curbs") a bare form may also precede a noun. Returns a new token list; the input is not changed.
 */
const FOLLOWERS = new Set(['DET', 'PROPN', 'PRON', 'NUM', 'ADP', 'ADJ']);
const BARE_FOLLOWERS = new Set(['DET', 'PROPN', 'PRON']);
/** What may follow a past tense tagged as an adjective, and end the subject before it. */
const PAST_FOLLOWERS = new Set(['DET', 'PRON']);
const SUBJECT_ENDS = new Set(['NOUN', 'PROPN', 'PRON']);

export function retagVerbs(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  dict: VerbDictionary,
): readonly Token[] {
  // only actors that can be subjects: names, not adjectives ("Western sanctions")
  const actorEnds = new Set<number>();
  for (const m of mentions) {
    if (
      m.kind === 'actor' &&
      m.actor.code !== null &&
      m.form !== 'demonym' &&
      !/^[A-Z][a-z]+(?:ern|an|ian|ese|ish|i)$/.test(m.text)
    )
      actorEnds.add(m.end);
  }
  // (found when first needed: only a noun right after an actor asks, and most articles have none)
  let subjunctiveEnds: ReadonlySet<number> | null = null;
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    // and the other way: "the Turkish and Greek sides of ..." (a plural noun tagged as a verb)
    if (
      t.pos === 'VERB' &&
      t.norm.endsWith('s') &&
      tokens[i + 1]?.norm === 'of' &&
      ['DET', 'ADJ', 'PROPN'].includes(tokens[i - 1]!.pos)
    ) {
      out ??= [...tokens];
      out[i] = withPos(t, 'NOUN');
      continue;
    }
    // a rare past tense wink guesses is an adjective from its -ed ("police quelled the
    // protests"): an adjective never comes right before a determiner or a pronoun
    if (
      t.pos === 'ADJ' &&
      t.norm.endsWith('ed') &&
      PAST_FOLLOWERS.has(tokens[i + 1]!.pos) &&
      SUBJECT_ENDS.has(tokens[i - 1]!.pos) &&
      tokens[i + 1]!.sentence === t.sentence &&
      findVerbForms(dict, t.text).length > 0
    ) {
      out ??= [...tokens];
      out[i] = withPos(t, 'VERB');
      continue;
    }
    if (t.pos !== 'NOUN') continue;
    const prev = tokens[i - 1]!;
    const next = tokens[i + 1]!;
    if (prev.sentence !== t.sentence || next.sentence !== t.sentence) continue;
    if (!actorEnds.has(prev.end) || next.norm === 'of') continue;
    subjunctiveEnds ??= subjectsAfterThat(tokens, mentions, actorEnds);
    // inflected forms may take any follower; a bare form only a determiner, name or pronoun
    const inflected = /(?:s|ed)$/.test(t.norm);
    const followers = inflected || subjunctiveEnds.has(prev.end) ? FOLLOWERS : BARE_FOLLOWERS;
    if (!followers.has(next.pos) && !(subjunctiveEnds.has(prev.end) && next.pos === 'NOUN')) continue;
    if (findVerbForms(dict, t.text).length === 0) continue;
    out ??= [...tokens];
    out[i] = withPos(t, 'VERB');
  }
  return out ?? tokens;
}

/**
 * The ends of the actors (of `actorEnds`) that are subjects right after "that" (or "that the"):
 * such a subject takes a bare (subjunctive) verb, "demanded that the government end curbs".
 */
function subjectsAfterThat(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  actorEnds: ReadonlySet<number>,
): ReadonlySet<number> {
  // (the token after each "that", or after "that the": one comparison per token of the article)
  const afterThat = new Set<number>();
  for (let j = 0; j + 1 < tokens.length; j++) {
    if (tokens[j]!.norm !== 'that') continue;
    afterThat.add(tokens[j + 1]!.start);
    if (j + 2 < tokens.length && tokens[j + 1]!.norm === 'the') afterThat.add(tokens[j + 2]!.start);
  }
  const ends = new Set<number>();
  for (const m of mentions)
    if (m.kind === 'actor' && actorEnds.has(m.end) && afterThat.has(m.start)) ends.add(m.end);
  return ends;
}
