/**
 * Statements of attitude toward an act. A hope ("Minsk hopes that Moscow will send troops"), a
 * pessimistic comment, a policy option considered or a denial ("Iran denied that it attacked
 * the ship") is itself the event: CAMEO's 012 "make pessimistic comment", 013 "make
 * optimistic comment", 014 "consider policy option" and 016 "deny responsibility"
 * (cameo-codes.csv). The act the clause names was not reported as done, nor as promised by its
 * doer: it is not coded. Other statements (010 "said that ...") report the act and pass it on
 * (clause combination in coder.ts); this covers only the attitudes.
 */
import { mapPacked } from '../core/packed.js';
import type { EventActor } from '../core/types.js';

const ATTITUDES = new Set(['012', '013', '014', '016']);

/** True when a statement with `code` is an attitude toward the clause it governs. */
export function isAttitude(code: string): boolean {
  return ATTITUDES.has(code);
}

/**
 * Whom an attitude is about: the act's own targets when the act is the speaker's own ("denied
 * that it attacked the ship" -> the ship's side), else the act's doer ("hopes that Moscow will
 * send troops" -> Moscow; a thing doing it, "warned that internet use is hurting children",
 * names no one); never the speaker's own side.
 */
export function attitudeTargets(
  speakers: readonly EventActor[],
  act: { readonly sources: readonly EventActor[]; readonly targets: readonly EventActor[] },
): EventActor[] {
  const ownCountries = new Set(mapPacked(speakers, (a) => a.country).filter((c) => c !== null));
  const ownCodes = new Set(mapPacked(speakers, (a) => a.code).filter((c) => c !== null));
  const own = act.sources.some(
    (a) => a.code !== null && (ownCodes.has(a.code) || (a.country !== null && ownCountries.has(a.country))),
  );
  const about = own ? act.targets : act.sources;
  return about.filter((a) => a.code !== null && !ownCodes.has(a.code));
}
