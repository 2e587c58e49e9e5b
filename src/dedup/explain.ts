/**
 * Why a group holds each of its reports: every member is compared with the lead
 * (the rule that grouped it), so the explanation is the rule's own verdict.
 */
import type { CodedEvent, EventActor } from '../core/types.js';
import { compatible, describeVerdict } from './compatible.js';
import { describeLead } from './lead.js';
import type { DedupActor, DedupItem, Verdict } from './types.js';

/** An event actor as the rule sees it (its person only when it names one). */
const dedupActor = (a: EventActor): DedupActor =>
  a.person ? { code: a.code, country: a.country, person: a.person } : { code: a.code, country: a.country };

/** A coded event as a report to compare. */
export function itemFromCoded(
  coded: Pick<
    CodedEvent,
    'root' | 'code' | 'modality' | 'reciprocal' | 'sources' | 'targets' | 'date' | 'location' | 'evidence'
  >,
  where: {
    readonly id: string;
    readonly articleId: string;
    readonly ordinal: number;
    readonly published: string | null;
  },
): DedupItem {
  return {
    id: where.id,
    root: coded.root,
    code: coded.code,
    modality: coded.modality,
    reciprocal: coded.reciprocal,
    sources: coded.sources.map(dedupActor),
    targets: coded.targets.map(dedupActor),
    date: coded.date
      ? { precision: coded.date.precision, start: coded.date.start, end: coded.date.end }
      : null,
    place: coded.location
      ? { name: coded.location.name, lat: coded.location.lat, lon: coded.location.lon }
      : null,
    articleId: where.articleId,
    ordinal: where.ordinal,
    published: where.published,
    evidenceLength: coded.evidence.text.length,
  };
}

export interface MemberExplanation {
  readonly id: string;
  readonly lead: boolean;
  /** The member compared with the lead; null for the lead itself. */
  readonly verdict: Verdict | null;
  /** One line per reason. */
  readonly lines: readonly string[];
}

/**
 * Explains each member of a group against its lead. A member the current rule would
 * not merge (the rule changed since it was stored) says so in its lines.
 */
export function explainGroup(lead: DedupItem, members: readonly DedupItem[]): MemberExplanation[] {
  return members.map((m) => {
    if (m.id === lead.id) return { id: m.id, lead: true, verdict: null, lines: [describeLead(lead)] };
    const verdict = compatible(lead, m);
    const lines = describeVerdict(verdict);
    return {
      id: m.id,
      lead: false,
      verdict,
      lines: verdict.ok ? lines : [...lines, 'the current rule would not merge this report with the lead'],
    };
  });
}
