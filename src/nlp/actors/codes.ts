import type { ActorRef } from '../../core/types.js';
import type { Countries } from '../../dict/index.js';

/**
 * Actor codes as Dyad reports them: CAMEO codes whose country part is the ISO alpha-3
 * code (CAMEO's ROM becomes ROU), split into country and sector.
 */
/** CAMEO's Serbia and Montenegro codes for today's states (SCGSRB -> SRB, SCGMNE -> MNE). */
const SUCCESSORS: Readonly<Record<string, string>> = { SCGSRB: 'SRB', SCGMNE: 'MNE', SCGKSV: 'XKX' };

export function normaliseActorCode(code: string, countries: Countries): string {
  const successor = SUCCESSORS[code.slice(0, 6)];
  if (successor) return successor + code.slice(6);
  const head = code.slice(0, 3);
  const iso = countries.fromCameo(head);
  return iso && iso !== head && countries.get(iso) ? iso + code.slice(3) : code;
}

/** Splits a full actor code into an ActorRef ("BLRGOVMIL" -> BLR / GOV). */
export function actorRef(code: string | null, name: string | null, countries: Countries): ActorRef {
  if (code === null) return { code: null, country: null, sector: null, name };
  const normal = normaliseActorCode(code, countries);
  const head = normal.slice(0, 3);
  if (countries.get(head)) {
    const sector = normal.length >= 6 ? normal.slice(3, 6) : null;
    return { code: normal, country: head, sector, name };
  }
  // IGO/NGO/MNC-style codes: the organisation type is the sector; a country may follow
  const country = countries.countryOfActorCode(normal);
  return { code: normal, country, sector: /^[A-Z]{3}/.test(head) ? head : null, name };
}
