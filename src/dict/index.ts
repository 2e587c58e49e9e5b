/**
 * Dyad's dictionaries and reference tables: actors (PETRARCH format, dated
 * codes), agents, discards, countries, gazetteer, CAMEO codes and partnership
 * designations. Start with `loadDictionaries()`.
 */
export { loadDictionaries, loadActorFile, loadAgentFile, loadDiscardFile, DEFAULT_DATA_DIR } from './load.js';
export type { Dictionaries, LoadOptions } from './load.js';

export { parseActorFile } from './actor-file.js';
export type { ActorEntry, ActorFile, ActorKind, ActorPhrase } from './actor-file.js';
export { buildActorDictionary, codeOn } from './actors.js';
export type { ActorDictionary, ActorMatch, StemMode } from './actors.js';
export { codeOnDate, dictDateToIso, formatDatedCode, parseDatedCode } from './dated-code.js';
export type { DatedCode } from './dated-code.js';

export { parseAgentFile } from './agent-file.js';
export type { AgentEntry, AgentFile, AgentPhrase } from './agent-file.js';
export { applyAgent, buildAgentDictionary } from './agents.js';
export type { AgentDictionary, AgentMatch } from './agents.js';

export { parseDiscardFile } from './discard-file.js';
export type { DiscardEntry, DiscardFile } from './discard-file.js';
export { buildDiscardList } from './discards.js';
export type { DiscardList, DiscardMatch } from './discards.js';

export { buildCountries, parseCameoCountryCodes, parseCountries } from './countries.js';
export type { CameoCountryCode, Countries, Country, CountryForm, CountryMatch } from './countries.js';
export { buildGazetteer, parsePlaces } from './gazetteer.js';
export type { Gazetteer, Place, PlaceMatch, PlaceName } from './gazetteer.js';
export { buildCameoTable, parseCameoCodes } from './cameo.js';
export type { CameoCode, CameoTable } from './cameo.js';
export { buildPartnerships } from './partnerships.js';
export type {
  OrgStatus,
  Organisation,
  PartnershipEvent,
  PartnershipLabel,
  Partnerships,
} from './partnerships.js';

export { buildVocabulary, Starts } from './vocabulary.js';
export type { StartTest, Vocabulary } from './vocabulary.js';

export { COMMON_WORDS, casingAllows, isCommonWord } from './common-words.js';
export { fold, normParts, phraseParts } from './text.js';
export type { ParseResult } from './parse-result.js';
