/**
 * ICEWS writes an actor's sectors as free text ("Executive,Foreign Ministry,Government").
 * Sectors with a clear CAMEO role code are mapped; the others (ideologies, religions,
 * "Regional", "Global"...) are not, and the original text stays in the event's `extra`.
 */

const EXACT: ReadonlyMap<string, string> = new Map([
  ['Police', 'COP'],
  ['Military', 'MIL'],
  ['Army', 'MIL'],
  ['Navy', 'MIL'],
  ['Air Force', 'MIL'],
  ['Marines', 'MIL'],
  ['Army Special Forces', 'MIL'],
  ['Military Intelligence', 'MIL'],
  ['Intelligence Ministry', 'SPY'],
  ['Judicial', 'JUD'],
  ['Legislative / Parliamentary', 'LEG'],
  ['Lower House', 'LEG'],
  ['Upper House', 'LEG'],
  ['Unicameral', 'LEG'],
  ['Rebel', 'REB'],
  ['Insurgents', 'INS'],
  ['International Insurgents', 'INS'],
  ['Separatists', 'SEP'],
  ['Unidentified Forces', 'UAF'],
  ['Dissident', 'OPP'],
  ['International Dissident', 'OPP'],
  ['Protestors / Popular Opposition / Mobs', 'OPP'],
  ['Opposition Major Party (Out Of Government)', 'OPP'],
  ['Criminals / Gangs', 'CRM'],
  ['Government', 'GOV'],
  ['Executive', 'GOV'],
  ['Executive Office', 'GOV'],
  ['Cabinet', 'GOV'],
  ['Government Major Party (In Government)', 'GOV'],
  ['Parties', 'PTY'],
  ['(National) Major Party', 'PTY'],
  ['(National) Minor Party', 'PTY'],
  ['Provincial Party', 'PTY'],
  ['Municipal Party', 'PTY'],
  ['International Government Organization', 'IGO'],
  ['Nongovernmental Organizations / Activists', 'NGO'],
  ['Nongovernmental Organization (International)', 'NGO'],
  ['Multinational Corporation', 'MNC'],
  ['Business', 'BUS'],
  ['State Owned Enterprises', 'BUS'],
  ['Media', 'MED'],
  ['News', 'MED'],
  ['Print News', 'MED'],
  ['Television News', 'MED'],
  ['State Media', 'MED'],
  ['Education', 'EDU'],
  ['Medical / Health', 'HLH'],
  ['Labor', 'LAB'],
  ['Agricultural', 'AGR'],
  ['Refugees / Displaced', 'REF'],
  ['Elite', 'ELI'],
  ['Radicals / Extremists / Fundamentalists', 'RAD'],
  ['International Radicals / Extremists / Fundamentalists', 'RAD'],
  ['Fundamentalist', 'RAD'],
  ['General Population / Civilian / Social', 'CVL'],
]);

/** Suffix rules for the long tails ("Finance / Economy / Commerce / Trade Ministry", "Human Rights NGOs"). */
const SUFFIXES: readonly (readonly [string, string])[] = [
  [' Ministry', 'GOV'],
  [' IGOs', 'IGO'],
  [' NGOs', 'NGO'],
  [' Business', 'BUS'],
];

/** The primary sector is the first of an actor's codes in this order (the most specific role first). */
const PRIORITY = [
  'COP',
  'MIL',
  'SPY',
  'JUD',
  'LEG',
  'REB',
  'INS',
  'SEP',
  'UAF',
  'OPP',
  'CRM',
  'GOV',
  'PTY',
  'IGO',
  'NGO',
  'MNC',
  'BUS',
  'MED',
  'EDU',
  'HLH',
  'LAB',
  'AGR',
  'REF',
  'ELI',
  'RAD',
  'CVL',
];

/** The CAMEO code for one ICEWS sector name, or null when none is clear. */
export function sectorCode(sector: string): string | null {
  const exact = EXACT.get(sector);
  if (exact) return exact;
  if (sector.startsWith('State-Owned ')) return 'BUS';
  for (const [suffix, code] of SUFFIXES) if (sector.endsWith(suffix)) return code;
  return null;
}

/** The distinct CAMEO codes for an ICEWS sector list, most specific first. */
export function sectorCodes(sectors: string): string[] {
  const codes = new Set<string>();
  for (const sector of sectors.split(',')) {
    const code = sectorCode(sector.trim());
    if (code) codes.add(code);
  }
  return [...codes].sort((a, b) => PRIORITY.indexOf(a) - PRIORITY.indexOf(b));
}
