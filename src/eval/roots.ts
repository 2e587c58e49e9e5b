/** CAMEO root codes and the PLOVER labels the CAMEO-manual gold uses for uncoded events. */

/** The 20 CAMEO roots (short names from the manual). */
export const CAMEO_ROOTS: Readonly<Record<string, string>> = {
  '01': 'MAKE PUBLIC STATEMENT',
  '02': 'APPEAL',
  '03': 'EXPRESS INTENT TO COOPERATE',
  '04': 'CONSULT',
  '05': 'DIPLOMATIC COOPERATION',
  '06': 'MATERIAL COOPERATION',
  '07': 'PROVIDE AID',
  '08': 'YIELD',
  '09': 'INVESTIGATE',
  '10': 'DEMAND',
  '11': 'DISAPPROVE',
  '12': 'REJECT',
  '13': 'THREATEN',
  '14': 'PROTEST',
  '15': 'EXHIBIT FORCE POSTURE',
  '16': 'REDUCE RELATIONS',
  '17': 'COERCE',
  '18': 'ASSAULT',
  '19': 'FIGHT',
  '20': 'MASS VIOLENCE',
};

/** `04 CONSULT`, or the root alone when unknown. */
export function rootLabel(root: string): string {
  const name = CAMEO_ROOTS[root];
  return name === undefined ? root : `${root} ${name}`;
}

/**
 * CAMEO roots a PLOVER label stands for, after the PLOVER manual's table "PLOVER equivalents
 * to CAMEO cue categories". The CAMEO-manual gold (PLOVER GSR01) uses that table's older
 * names for 09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE and 19/20 FIGHT; the 2021 names
 * (REQUEST, ACCUSE) are accepted too.
 */
const PLOVER_ROOTS: Readonly<Record<string, readonly string[]>> = {
  AGREE: ['03'],
  CONSULT: ['04'],
  SUPPORT: ['05'],
  COOPERATE: ['06'],
  AID: ['07'],
  CONCEDE: ['08'],
  RETREAT: ['08'],
  INVESTIGATE: ['09'],
  DEMAND: ['10'],
  REQUEST: ['10'],
  DISAPPROVE: ['11'],
  ACCUSE: ['09', '11'],
  REJECT: ['12'],
  THREATEN: ['13'],
  PROTEST: ['14'],
  MOBILIZE: ['15'],
  SANCTION: ['16'],
  COERCE: ['17'],
  ASSAULT: ['18', '19', '20'],
  FIGHT: ['19', '20'],
};

/** The roots for a PLOVER label (any case); empty when unknown. */
export function ploverRoots(label: string | null): readonly string[] {
  if (label === null) return [];
  return PLOVER_ROOTS[label.trim().toUpperCase()] ?? [];
}
