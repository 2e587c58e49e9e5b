/**
 * Membership designations: a status phrase of statuses.tsv linked to an organisation — before it
 * with only linking words between ("an observer in the SCO", "joined NATO", "membership in the
 * EAEU") or right after it ("SCO observer", "EU membership") — and the state it belongs to
 * (members.ts). Organisations are found by the names in orgs.tsv, else by IGO actor mentions.
 * A negation just before the status phrase ("is not a member") drops it.
 */
import type { Designation } from '../../core/types.js';
import { findPhrases, matchesAt, phrasesOf, type PhraseMatch } from '../phrases.js';
import { clauseAt, spanOf, type SentenceView } from '../sentence-view.js';
import { designationDate } from './dates.js';
import type { DesignationLexicon, StatusPhrase } from './lexicon.js';
import { membersFor } from './members.js';

const LINKS: ReadonlySet<string> = new Set([
  'in',
  'of',
  'to',
  'at',
  'with',
  'within',
  'from',
  'the',
  "'s",
  "'",
]);
const MAX_LINKS = 3;
const NEGATION_REACH = 4;

interface OrgOccurrence {
  readonly code: string;
  readonly start: number;
  readonly end: number;
}

function orgsIn(view: SentenceView, lexicon: DesignationLexicon): OrgOccurrence[] {
  const named = findPhrases(phrasesOf(lexicon.orgs), view.tokens, view.first, view.last).map((m) => ({
    code: lexicon.orgs.find((o) => o.phrase === m.phrase)?.code ?? '',
    start: m.start,
    end: m.end,
  }));
  const fromActors = view.actors
    .filter(
      (a) =>
        a.mention.actor.code?.startsWith('IGO') && !named.some((n) => n.start < a.end && a.start < n.end),
    )
    .map((a) => ({ code: a.mention.actor.code ?? '', start: a.start, end: a.end }));
  return [...named, ...fromActors].filter((o) => o.code.length > 0).sort((a, b) => a.start - b.start);
}

interface StatusMatch {
  readonly status: StatusPhrase;
  readonly match: PhraseMatch;
}

function statusFor(view: SentenceView, org: OrgOccurrence, lexicon: DesignationLexicon): StatusMatch | null {
  let best: StatusMatch | null = null;
  const better = (candidate: StatusMatch): boolean =>
    !best || candidate.match.end - candidate.match.start > best.match.end - best.match.start;
  // Before: the phrase ends where only linking words remain before the organisation.
  for (let end = org.start; end >= Math.max(view.first, org.start - MAX_LINKS); end--) {
    const gap = view.tokens.slice(end, org.start);
    if (!gap.every((t) => LINKS.has(t.norm))) break;
    for (const status of lexicon.statuses) {
      if (status.position !== 'before') continue;
      const start = end - status.phrase.words.length;
      if (start < view.first || !matchesAt(status.phrase, view.tokens, start, end)) continue;
      const candidate = { status, match: { phrase: status.phrase, start, end } };
      if (better(candidate)) best = candidate;
    }
    if (best) return best;
  }
  // After: the phrase starts right after the organisation (or after its possessive).
  const from = view.tokens[org.end]?.norm === "'s" ? org.end + 1 : org.end;
  for (const status of lexicon.statuses) {
    if (status.position !== 'after' || !matchesAt(status.phrase, view.tokens, from, view.last)) continue;
    const candidate = {
      status,
      match: { phrase: status.phrase, start: from, end: from + status.phrase.words.length },
    };
    if (better(candidate)) best = candidate;
  }
  return best;
}

function negated(view: SentenceView, status: StatusMatch, lexicon: DesignationLexicon): boolean {
  if (status.match.phrase.words.includes('no')) return false;
  const from = Math.max(view.first, status.match.start - NEGATION_REACH);
  const clause = clauseAt(view, status.match.start);
  return findPhrases(lexicon.words.negation, view.tokens, from, status.match.start).some(
    (m) => clauseAt(view, m.start) === clause,
  );
}

export function membershipsIn(
  views: readonly SentenceView[],
  index: number,
  text: string,
  lexicon: DesignationLexicon,
): Designation[] {
  const view = views[index];
  if (!view) return [];
  const out: Designation[] = [];
  for (const org of orgsIn(view, lexicon)) {
    const status = statusFor(view, org, lexicon);
    if (!status || negated(view, status, lexicon)) continue;
    const inOrg = (a: { start: number; end: number }): boolean => a.start < org.end && org.start < a.end;
    for (const member of membersFor(view, status.match, inOrg, lexicon.words)) {
      const country = member.mention.actor.country ?? '';
      if (
        out.some(
          (d) => d.parties[0] === country && d.parties[1] === org.code && d.level === status.status.status,
        )
      ) {
        continue;
      }
      const label = spanOf(view, status.match.start, status.match.end);
      const clause = clauseAt(view, status.match.start);
      const from =
        clauseAt(view, member.start) === clause
          ? Math.min(member.start, status.match.start, org.start)
          : Math.min(status.match.start, org.start);
      const to =
        clauseAt(view, member.start) === clause
          ? Math.max(member.end, org.end, status.match.end)
          : Math.max(org.end, status.match.end);
      const evidence = spanOf(view, from, to);
      out.push({
        kind: 'membership',
        parties: [country, org.code],
        label: text.slice(label.start, label.end),
        level: status.status.status,
        rank: null,
        date: designationDate(views, index, status.match, lexicon.words),
        evidence: {
          text: text.slice(evidence.start, evidence.end),
          start: evidence.start,
          end: evidence.end,
        },
        sentence: view.sentence.index,
        rule: { id: status.status.id, partiesFrom: 'sentence' },
      });
    }
  }
  return out;
}
