import { mapPacked } from '../core/packed.js';
import type { EventActor } from '../core/types.js';
import { hasCoded, isNotAnActor } from './actors.js';
import type { Candidate } from './candidate.js';
import { makeEventActor } from './event-actor.js';
import { domesticApproval, standsAlone } from './one-sided.js';
import { isMutual, isSelfPair, THREATS_OF_FORCE } from './clause-rules.js';
import { crowdActedOn } from './crowd-targets.js';
import { rootOf } from './ontology.js';
import type { SentenceScope } from './scope.js';
import { victimsWhereHit } from './victims.js';

/** Codes whose actors act together when they are listed as one subject. */
const MUTUAL_ROOTS = new Set(['03', '04', '05', '06']);

/** The actors an event is recorded with. */
export interface SettledActors {
  readonly sources: readonly EventActor[];
  readonly targets: readonly EventActor[];
  readonly reciprocal: boolean;
}

/** A coded news medium (Phoenix: AFP, Reuters -> MED; a country's media -> xxxMED). */
function isNewsMedium(a: EventActor): boolean {
  return a.code !== null && (a.code.startsWith('MED') || a.sector === 'MED');
}

/** A country standing for people no one names (a protest's authorities, a crowd), at a span. */
function countryActor(country: string, text: string, start: number, end: number, via: string): EventActor {
  return makeEventActor(country, country, null, null, text, start, end, undefined, via);
}

/**
 * The sources and targets a candidate is an event between, or null when it is no event: no
 * coded source, no other party (unless the act stands alone), an actor acting on itself, a
 * domestic approval, a statement to a news medium.
 */
export function settleActors(s: SentenceScope, c: Candidate): SettledActors | null {
  let sources = c.sources.filter((a) => a.code !== null || a.text.length > 0);
  let targets = c.targets;
  // ("build ties with Indian Ocean countries": a name the dictionaries mark [---] is no party)
  if (targets.some(isNotAnActor) || sources.some(isNotAnActor)) {
    sources = sources.filter((a) => !isNotAnActor(a));
    targets = targets.filter((a) => !isNotAnActor(a));
    if (!hasCoded(targets) && !standsAlone(c.code)) return null;
  }
  let reciprocal = false;
  // "the two countries began to build the China-Belarusian park": when the only targets
  // named are the subjects themselves, they act together
  const sourceSet = new Set(mapPacked(sources, (a) => a.code).filter((x) => x !== null));
  const onlySelf = hasCoded(targets) && targets.every((a) => a.code === null || sourceSet.has(a.code));
  if ((!hasCoded(targets) || onlySelf) && sourceSet.size >= 2 && MUTUAL_ROOTS.has(rootOf(c.code))) {
    // "Xi and Lukashenko signed": one event, its actors listed on both sides
    reciprocal = true;
    targets = sources.filter((a) => a.code !== null);
  }
  if (!hasCoded(sources)) return null;
  if (!reciprocal) targets = unnamedTargets(s, c, sources, targets);
  // a specific yielding or force posture can have no other party ("declared a ceasefire"; one-sided.ts)
  const oneSided = standsAlone(c.code) && !hasCoded(targets);
  if (!reciprocal && !hasCoded(targets) && !oneSided) return null;
  if (!reciprocal) targets = notSelf(c.code, sources, targets);
  if (!reciprocal && !hasCoded(targets) && !oneSided) return null;
  if (reciprocal && isSelfPair(sources, targets)) return null;
  // ("the parliament approves a bill banning phones for children": no concession; one-sided.ts)
  if (!reciprocal && domesticApproval(c.code, sources, targets)) return null;
  // ("officials told AFP", "said in an interview with Reuters"): a statement to a news medium
  // is the report's attribution, not an exchange with the medium
  if (rootOf(c.code) === '01' && !reciprocal && targets.every(isNewsMedium)) return null;
  if (oneSided) targets = targets.filter((a) => a.code !== null);
  if (!reciprocal && isMutual(c.code, c.frame)) reciprocal = true;
  return { sources, targets, reciprocal };
}

/**
 * Targets no one names: a protest is against the authorities where it happens; repression of a
 * protest or crowd is done to the people of the country where it happens (crowd-targets.ts);
 * victims of a force abroad are of the place struck (victims.ts).
 */
function unnamedTargets(
  s: SentenceScope,
  c: Candidate,
  sources: readonly EventActor[],
  named: readonly EventActor[],
): readonly EventActor[] {
  let targets = named;
  const root = rootOf(c.code);
  if (!hasCoded(targets) && root === '14' && s.localCountry) {
    const s0 = sources.find((a) => a.code !== null)!;
    targets = [
      countryActor(
        s.localCountry,
        s0.text,
        s0.start,
        s0.end,
        `protest in ${s.localCountry}: against its authorities`,
      ),
    ];
  }
  // (the country of a source named with its country, "Belarusian police", not of one only
  // guessed from the article, "the regime")
  const crowd = !hasCoded(targets) && root === '17' ? crowdActedOn(s.tokens, c.frame) : null;
  const source = sources.find((a) => a.code !== null)!;
  const crowdCountry = crowd && source.via === undefined ? source.country : null;
  if (crowd && crowdCountry) {
    const start = s.tokens[crowd.start]!.start;
    const end = s.tokens[crowd.end - 1]!.end;
    targets = [
      countryActor(
        crowdCountry,
        s.text.slice(start, end),
        start,
        end,
        `a crowd in ${crowdCountry}: its people`,
      ),
    ];
  }
  return victimsWhereHit(root, sources, targets, s.actorMentions, s.places);
}

/**
 * An actor is not its own target, nor is a source's bare country ("Lukashenko urged that
 * Belarus ..."), nor its own side of a pair ("Xi called on the two sides") — unless the act is
 * material conflict (or its threat) at home ("imposed a curfew in Turkey" is done to Turkey's
 * people, CAMEO's domestic events).
 */
function notSelf(
  code: string,
  sources: readonly EventActor[],
  targets: readonly EventActor[],
): readonly EventActor[] {
  const sourceCodes = new Set(mapPacked(sources, (a) => a.code));
  const domestic = rootOf(code) >= '14' || THREATS_OF_FORCE.has(code);
  const sourceCountries = new Set(
    domestic ? [] : mapPacked(sources, (a) => a.country).filter((c) => c !== null),
  );
  return targets.filter(
    (a) =>
      a.code === null ||
      (!sourceCodes.has(a.code) &&
        !((a.sector === null || a.via?.includes('the two')) && a.country && sourceCountries.has(a.country))),
  );
}
