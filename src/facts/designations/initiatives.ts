/**
 * Initiative designations: a state named as taking part in an initiative of initiatives.tsv — a cue
 * of words.tsv `initiative-cue-before` ending at most CUE_GAP (3) tokens before the initiative's name
 * ("one of the early supporters of China's New Silk Road", "joined the Belt and Road Initiative")
 * or `initiative-cue-after` right after it ("BRI partner countries"). The participant is chosen as
 * for memberships (members.ts), never the initiative's owner; the parties are [participant, owner]
 * and the level "<initiative> participant" (supporters, signatories and members alike).
 */
import type { Designation } from '../../core/types.js';
import { findPhrases, matchesAt, phrasesOf, type PhraseMatch } from '../phrases.js';
import { clauseAt, spanOf, type SentenceView } from '../sentence-view.js';
import { designationDate } from './dates.js';
import type { DesignationLexicon, InitiativeName } from './lexicon.js';
import { membersFor } from './members.js';

const CUE_GAP = 3;
const NEGATION_REACH = 4;

interface NameMatch {
  readonly name: InitiativeName;
  readonly start: number;
  readonly end: number;
}

function namesIn(view: SentenceView, lexicon: DesignationLexicon): NameMatch[] {
  return findPhrases(phrasesOf(lexicon.initiatives), view.tokens, view.first, view.last).flatMap((m) => {
    const name = lexicon.initiatives.find((i) => i.phrase === m.phrase);
    if (!name) return [];
    const end = view.tokens[m.end]?.norm === 'initiative' && m.end < view.last ? m.end + 1 : m.end;
    return [{ name, start: m.start, end }];
  });
}

function cueFor(view: SentenceView, name: NameMatch, lexicon: DesignationLexicon): PhraseMatch | null {
  const clause = clauseAt(view, name.start);
  const before = findPhrases(
    lexicon.words['initiative-cue-before'],
    view.tokens,
    view.first,
    name.start,
  ).filter((m) => name.start - m.end <= CUE_GAP && clauseAt(view, m.start) === clause);
  const nearest = before[before.length - 1];
  if (nearest) return nearest;
  for (const cue of lexicon.words['initiative-cue-after']) {
    if (matchesAt(cue, view.tokens, name.end, view.last)) {
      return { phrase: cue, start: name.end, end: name.end + cue.words.length };
    }
  }
  return null;
}

export function initiativesIn(
  views: readonly SentenceView[],
  index: number,
  text: string,
  lexicon: DesignationLexicon,
): Designation[] {
  const view = views[index];
  if (!view) return [];
  const out: Designation[] = [];
  for (const name of namesIn(view, lexicon)) {
    const cue = cueFor(view, name, lexicon);
    if (!cue) continue;
    const from = Math.max(view.first, Math.min(cue.start, name.start) - NEGATION_REACH);
    if (findPhrases(lexicon.words.negation, view.tokens, from, Math.min(cue.start, name.start)).length > 0)
      continue;
    const owner = name.name.owner;
    const anchor = { start: Math.min(cue.start, name.start), end: Math.max(cue.end, name.end) };
    const isOwner = (a: { mention: { actor: { country: string | null } } }): boolean =>
      a.mention.actor.country === owner;
    for (const member of membersFor(view, anchor, isOwner, lexicon.words)) {
      const country = member.mention.actor.country ?? '';
      if (out.some((d) => d.parties[0] === country && d.level === `${name.name.initiative} participant`))
        continue;
      const label = spanOf(view, name.start, name.end);
      const clause = clauseAt(view, anchor.start);
      const sameClause = clauseAt(view, member.start) === clause;
      const evidence = spanOf(
        view,
        sameClause ? Math.min(member.start, anchor.start) : anchor.start,
        sameClause ? Math.max(member.end, anchor.end) : anchor.end,
      );
      out.push({
        kind: 'initiative',
        parties: [country, owner],
        label: text.slice(label.start, label.end),
        level: `${name.name.initiative} participant`,
        rank: null,
        date: designationDate(views, index, name, lexicon.words),
        evidence: {
          text: text.slice(evidence.start, evidence.end),
          start: evidence.start,
          end: evidence.end,
        },
        sentence: view.sentence.index,
        rule: {
          id: `initiative/${cue.end <= name.start ? 'cue-before' : 'cue-after'}`,
          partiesFrom: 'sentence',
        },
      });
    }
  }
  return out;
}
