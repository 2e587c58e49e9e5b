/**
 * The speaker check: statements are acts of the person who makes them. Two verbal
 * reports (CAMEO roots 01–05 and 10–14: statements, appeals, intents, consultations,
 * diplomatic cooperation, demands, disapproval, rejections, threats, protests) that
 * both name the persons who acted are one event only if they share one of them:
 * the German finance minister and the German chancellor speaking about China on the
 * same day made two statements. A report naming no person ("Germany said", "Berlin
 * warned") stays compatible with any: it may be either of them.
 *
 * Who counts: the persons among the sources; for meetings and other two-sided acts
 * (a reciprocal report, root 04), among all participants, since "A met B" and "B met A"
 * are one meeting. Material acts are left to the other checks: "the president ordered
 * strikes" and "the army struck" are one happening with different persons named.
 */
import type { DedupActor, DedupItem } from './types.js';

const VERBAL_ROOTS = new Set(['01', '02', '03', '04', '05', '10', '11', '12', '13', '14']);

/** The outcome of the speaker check, with the persons behind it. */
export interface SpeakerVerdict {
  readonly ok: boolean;
  /** The persons compared on each side (empty when the check does not apply). */
  readonly persons: readonly [readonly string[], readonly string[]];
  readonly text: string;
}

type Speaking = Pick<DedupItem, 'root' | 'sources' | 'targets' | 'reciprocal'>;

const personsOf = (actors: readonly DedupActor[]): string[] =>
  actors.flatMap((a) => (a.person ? [a.person] : []));

/** The persons whose act a report records, sorted and distinct; empty for material roots. */
export function speakers(item: Speaking): string[] {
  if (!VERBAL_ROOTS.has(item.root)) return [];
  const named =
    item.reciprocal || item.root === '04'
      ? [...personsOf(item.sources), ...personsOf(item.targets)]
      : personsOf(item.sources);
  return [...new Set(named)].sort();
}

/** True unless both lists name persons and none is shared (the fast form of `compareSpeakers`). */
export function speakersAgree(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  for (const p of a) if (b.includes(p)) return true;
  return false;
}

/** Whether two reports may be acts of the same persons, explained. */
export function compareSpeakers(a: Speaking, b: Speaking): SpeakerVerdict {
  const x = speakers(a);
  const y = speakers(b);
  const ok = speakersAgree(x, y);
  const text =
    x.length === 0 && y.length === 0
      ? VERBAL_ROOTS.has(a.root)
        ? 'neither names the person who acted'
        : 'speakers not compared (material act)'
      : x.length === 0 || y.length === 0
        ? `only one names the person who acted (${[...x, ...y].join(', ')})`
        : ok
          ? `same person acted: ${x.filter((p) => y.includes(p)).join(', ')}`
          : `different persons acted: ${x.join(', ')} and ${y.join(', ')}`;
  return { ok, persons: [x, y], text };
}
