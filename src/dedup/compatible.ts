/**
 * The matching rule: two reports are one happening when they have the same CAMEO root,
 * the same modality (a negated, hypothetical or future report never merges with an
 * asserted one), share a source→target pair (keys.ts; reciprocal events in either
 * direction), their dates fall within the window their precisions allow (window.ts) and,
 * when both are located, their places are near each other (place.ts) and, for verbal
 * acts naming who acted, the same person acted (speakers.ts).
 */
import { sharedPairs } from './keys.js';
import { comparePlaces } from './place.js';
import { compareSpeakers } from './speakers.js';
import type { DedupItem, Verdict } from './types.js';
import { compareDates } from './window.js';

export type Comparable = Pick<
  DedupItem,
  'root' | 'modality' | 'sources' | 'targets' | 'reciprocal' | 'date' | 'place'
>;

/** Whether `a` and `b` may be one event, with the outcome of every check. */
export function compatible(a: Comparable, b: Comparable): Verdict {
  const rootOk = a.root === b.root;
  const modalityOk = a.modality === b.modality;
  const shared = sharedPairs(a, b);
  const date = compareDates(a.date, b.date);
  const place = comparePlaces(a.place, b.place);
  const speakers = compareSpeakers(a, b);
  return {
    ok: rootOk && modalityOk && shared.length > 0 && date.ok && place.ok && speakers.ok,
    root: { ok: rootOk, text: rootOk ? `same root ${a.root}` : `roots differ: ${a.root} and ${b.root}` },
    modality: {
      ok: modalityOk,
      text: modalityOk ? `both ${a.modality}` : `modalities differ: ${a.modality} and ${b.modality}`,
    },
    actors: {
      ok: shared.length > 0,
      shared,
      text: shared.length > 0 ? `actors overlap: ${shared.join(', ')}` : 'no source→target pair in common',
    },
    date,
    place,
    speakers,
  };
}

/** One line per check, for `explain-event`: "✓ same root 04", "✗ roots differ…". */
export function describeVerdict(verdict: Verdict): string[] {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  return [
    `${mark(verdict.root.ok)} ${verdict.root.text}`,
    `${mark(verdict.actors.ok)} ${verdict.actors.text}`,
    `${mark(verdict.date.ok)} ${verdict.date.text}`,
    `${mark(verdict.modality.ok)} ${verdict.modality.text}`,
    `${mark(verdict.place.ok)} ${verdict.place.text}`,
    `${mark(verdict.speakers.ok)} ${verdict.speakers.text}`,
  ];
}
