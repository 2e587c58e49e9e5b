/** PETRARCH-2 verb dictionaries: reading, combining, looking up. See data/verbs/README.md. */
export type * from './types.js';
export { parseVerbDictionary, parseVerbDictionaries } from './parse.js';
export type { VerbText } from './parse.js';
export {
  loadVerbDictionary,
  loadVerbFiles,
  loadDefaultVerbDictionary,
  defaultVerbFiles,
  verbDataDir,
} from './load.js';
export type { LoadVerbOptions, LoadedVerbDictionary } from './load.js';
export { findVerbForms, blockOf, patternsFor, synsetPhrases } from './lookup.js';
export { verbDictionaryStats, codesUsed } from './stats.js';
export type { VerbDictionaryStats } from './stats.js';
export { regularVerbForms, pluralNoun, doublesFinalConsonant } from './inflect.js';
export { parseCodeSpec, codesOf } from './code-spec.js';
