/**
 * One GDELT actor block (Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1/2Code,
 * Type1/2/3Code) → the actor's code, country, sector and name, and which of its columns go to
 * `extra` as written. Like geography blocks (geo.ts), actor blocks repeat across rows (642
 * distinct among the 4,222 of the 15-minute export), so results are kept per import run by
 * the block's text (block-cache.ts).
 */
import { cameoCountryToIso3 } from './cameo-country.js';
import { allEmpty, field, isEmpty, type FieldRow } from './row.js';

export interface ActorBlock {
  /** Null when Code, Name, CountryCode and Type1Code are all empty (no actor). */
  readonly actor: {
    readonly code: string | null;
    readonly country: string | null;
    readonly sector: string | null;
    readonly name: string | null;
  } | null;
  /** Offsets from the block's first column whose text goes to `extra`, in the order kept. */
  readonly keep: readonly number[];
}

/** KnownGroup, Ethnic, Religion1/2, Type2/3: not represented, kept when not empty. */
const CARRIED_OFFSETS = [3, 4, 5, 6, 8, 9] as const;

/** Columns in a block. */
export const ACTOR_COLUMNS = 10;

/**
 * Whether all ten columns are empty (no actor, nothing kept), told from the field offsets:
 * a quarter of Actor2 blocks, which the row parser then need not look up.
 */
export function isNoActor(row: FieldRow, base: number): boolean {
  return allEmpty(row, base, base + ACTOR_COLUMNS - 1);
}

export function parseActorBlock(row: FieldRow, base: number): ActorBlock {
  const code = field(row, base);
  const name = field(row, base + 1);
  const countryText = field(row, base + 2);
  const type1 = field(row, base + 7);
  const keep: number[] = [];
  for (const i of CARRIED_OFFSETS) if (!isEmpty(row, base + i)) keep.push(i);
  const country = cameoCountryToIso3(countryText);
  if (countryText !== (country ?? '')) keep.push(2);
  if (code === '' && name === '' && countryText === '' && type1 === '') return { actor: null, keep };
  return { actor: { code: code || null, country, sector: type1 || null, name: name || null }, keep };
}
