import type { ActorRef } from '../../core/types.js';
import type { Countries } from '../../dict/index.js';

/**
 * Actor codes as Dyad reports them: CAMEO codes whose country part is the ISO alpha-3
 * code (CAMEO's ROM becomes ROU), split into country and sector.
 */
/** CAMEO's Serbia and Montenegro codes for today's states (SCGSRB -> SRB, SCGMNE -> MNE). */
const SUCCESSORS: Readonly<Record<string, string>> = { SCGSRB: 'SRB', SCGMNE: 'MNE', SCGKSV: 'XKX' };

export function normaliseActorCode(code: string, countries: Countries): string {
  // every successor code starts with SCG: other codes skip the (string-building) table lookup
  const successor = code.startsWith('SCG') ? SUCCESSORS[code.slice(0, 6)] : undefined;
  if (successor) return successor + code.slice(6);
  const head = code.slice(0, 3);
  const iso = countries.fromCameo(head);
  return iso && iso !== head && countries.get(iso) ? iso + code.slice(3) : code;
}

/** What a full actor code splits into (an ActorRef without the name). */
export interface CodeParts {
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
}

function splitCode(code: string, countries: Countries): CodeParts {
  const normal = normaliseActorCode(code, countries);
  const head = normal.slice(0, 3);
  if (countries.get(head)) {
    const sector = normal.length >= 6 ? normal.slice(3, 6) : null;
    return { code: normal, country: head, sector };
  }
  // IGO/NGO/MNC-style codes: the organisation type is the sector; a country may follow
  const country = countries.countryOfActorCode(normal);
  return { code: normal, country, sector: /^[A-Z]{3}/.test(head) ? head : null };
}

/**
 * Codes already split, per country table: the codes met are the dictionaries' codes and their
 * agent combinations, a few thousand; the memo stops growing at MAX_CODES (further codes are
 * split each time, with the same result).
 */
const SPLIT = new WeakMap<Countries, Map<string, CodeParts>>();
const MAX_CODES = 50_000;

/** The parts of a full actor code ("BLRGOVMIL" -> BLR / GOV), split once per code. */
export function codeParts(code: string, countries: Countries): CodeParts {
  let split = SPLIT.get(countries);
  if (split === undefined) {
    split = new Map();
    SPLIT.set(countries, split);
  }
  let parts = split.get(code);
  if (parts === undefined) {
    parts = splitCode(code, countries);
    if (split.size < MAX_CODES) split.set(code, parts);
  }
  return parts;
}

/** Splits a full actor code into an ActorRef ("BLRGOVMIL" -> BLR / GOV). */
export function actorRef(code: string | null, name: string | null, countries: Countries): ActorRef {
  if (code === null) return { code: null, country: null, sector: null, name };
  const parts = codeParts(code, countries);
  return { code: parts.code, country: parts.country, sector: parts.sector, name };
}
