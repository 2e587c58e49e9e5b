import { singularCandidates } from './text.js';

/**
 * Lower-case English words that are also one-word actor phrases somewhere in
 * the dictionaries ("US" → USA, "Pole" → POL, "Male" → Maldives' capital,
 * "Organization" and "Youth" as names of armed groups, "Turkey", "Chad"...).
 * Norms lose case, so a one-token match on one of these needs the text to be
 * capitalised (and, for two-letter acronyms, written in capitals) before a
 * caller trusts it. Found by comparing every one-word phrase of the Phoenix
 * files with an English word list; extend when new dictionaries bring new ones.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'afghan',
  'angora',
  'astrakhan',
  'bale',
  'buffalo',
  'canaries',
  'chad',
  'champagne',
  'chevron',
  'chile',
  'china',
  'cologne',
  'cork',
  'eta',
  'falcon',
  'fez',
  'french',
  'gent',
  'google',
  'guinea',
  'hippo',
  'japan',
  'jersey',
  'kiwi',
  'liege',
  'limerick',
  'madras',
  'male',
  'marches',
  'mavericks',
  'mecca',
  'meshed',
  'morocco',
  'moron',
  'muscat',
  'natal',
  'organization',
  'pampas',
  'pentagon',
  'phoenix',
  'pole',
  'polish',
  'providence',
  'saga',
  'senate',
  'shanghai',
  'soviet',
  'tamale',
  'tangier',
  'tigers',
  'turkey',
  'us',
  'un',
  'wales',
  'wellington',
  'welsh',
  'youth',
  'zero',
  'it',
  'who',
  'may',
  'will',
  'general',
  'the',
]);

/** True when `norm` (or the singular it may be the plural of) is a common word. */
export function isCommonWord(norm: string): boolean {
  if (COMMON_WORDS.has(norm)) return true;
  // only words of 5+ letters ending in "s" have singulars (see singularCandidates)
  if (norm.length < 5 || norm.charCodeAt(norm.length - 1) !== 115) return false;
  for (const s of singularCandidates(norm)) if (COMMON_WORDS.has(s)) return true;
  return false;
}

/**
 * True when a one-token match on `norm` is acceptable for the token as written:
 * common words must be capitalised, two-letter ones fully ("US", not "Us"/"us").
 */
export function casingAllows(norm: string, text: string): boolean {
  if (!isCommonWord(norm)) return true;
  const first = text.charAt(0);
  if (first === first.toLowerCase()) return false;
  if (norm.length <= 2) return text === text.toUpperCase();
  return true;
}
