/**
 * Events that need no second party. Yielding (CAMEO 08) and exhibiting force posture (15) can be
 * done with no one named on the other side: "two hundred rebels surrendered" (0874), "the
 * minister resigned" (0831), "the army raised its alert level" (152). Every other event
 * needs a target.
 *
 * Only a specific code stands alone. The bare root code (080 "yield, not specified", 150
 * "demonstrate military or police power") is what a verb block gives when no pattern said
 * what was yielded or shown: "the parliament passes a law", "approves a bill", "allowed the
 * measure to take effect", "stepped up efforts to build ties". The CAMEO manual's usage notes
 * (cameo-codes.csv) say 080 "is not coded except when distinctions among codes 081-087 cannot
 * be made" — a concession someone received, not any approval — and that the targets of 15x are
 * "actors against whom the source mobilizes its military capabilities". A bare 080 or 150
 * with no target names neither the concession nor the party facing it: it is not coded.
 */
import { mapPacked } from '../core/packed.js';
import type { EventActor } from '../core/types.js';
import { rootOf } from './ontology.js';

const ONE_SIDED_ROOTS = new Set(['08', '15']);

/** True when `code` may be coded with no target. */
export function standsAlone(code: string): boolean {
  const root = rootOf(code);
  return ONE_SIDED_ROOTS.has(root) && code !== `${root}0`;
}

/**
 * Sectors that can receive a concession from their own country's authorities: "the government
 * allowed the opposition to rally" (CAMEO 082, "ease political dissent"), "permitted refugees
 * to return" (0833).
 */
const CONCESSION_SECTORS = new Set(['OPP', 'REB', 'INS', 'SEP', 'REF', 'HRI', 'MED', 'NGO', 'CRM', 'UAF']);

/**
 * A bare 080 between actors of one country names no concession either: "the parliament
 * approves a bill banning phones for children", "the agency approves a vaccine for people over
 * 50", "the assembly approves a new government". The concession the manual asks of 080 is
 * received by a party conceded to; an approval at home is one only when its target is such a
 * party (the opposition, rebels, refugees ...). True when the event is such a domestic approval.
 */
export function domesticApproval(
  code: string,
  sources: readonly EventActor[],
  targets: readonly EventActor[],
): boolean {
  if (code !== '080') return false;
  const countries = new Set(mapPacked(sources, (a) => a.country).filter((c) => c !== null));
  const coded = targets.filter((a) => a.code !== null);
  return (
    countries.size > 0 &&
    coded.length > 0 &&
    coded.every(
      (a) => a.country !== null && countries.has(a.country) && !CONCESSION_SECTORS.has(a.sector ?? ''),
    )
  );
}
