/** How an actor code is compared with another in scoring (see `ActorMode`). */
import type { ActorMode } from './types.js';

/** Prefixes that name an organisation rather than a country; compared whole in `country` mode. */
const ORGANISATION_PREFIXES = ['IGO', 'NGO', 'IMG', 'MNC'];

/**
 * The part of `code` that scoring compares: the whole code (`whole`), the country part
 * with organisations whole (`country`: CHNGOV -> CHN, IGOEUREEC -> IGOEUREEC), or the first
 * three letters (`prefix`: IGOUNO -> IGO). Null for a missing or blank code.
 */
export function actorKey(code: string | null | undefined, mode: ActorMode): string | null {
  if (code === null || code === undefined) return null;
  const clean = code.trim().toUpperCase();
  if (clean === '') return null;
  if (mode === 'whole' || clean.length <= 3) return clean;
  const prefix = clean.slice(0, 3);
  if (mode === 'prefix') return prefix;
  return ORGANISATION_PREFIXES.includes(prefix) ? clean : prefix;
}
