/** The facts stage: figures and designations an article states about a relationship. */
export { extractFacts, normaliseQualifier } from './extract-facts.js';
export { dominantDyad } from './dyad.js';
export { FACTS_DATA_DIR, loadFactTables, loadWords } from './load.js';
export { parseKinds } from './kinds.js';
export { parseWords } from './words.js';
export type { FactInput, FactRule, FactTables, WordSets } from './types.js';
export { extractDesignations, type DesignationTables } from './designations/extract.js';
export {
  createPartnershipScale,
  loadPartnershipScale,
  normaliseLabel,
  parseScaleRows,
  type PartnershipScale,
  type ScaleMatch,
  type ScaleRow,
} from './designations/scale.js';
export {
  loadDesignationLexicon,
  parseInitiatives,
  parseOrgs,
  parseStatuses,
  type DesignationLexicon,
} from './designations/lexicon.js';
