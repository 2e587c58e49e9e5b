/** Evaluation against gold sets: readers, scoring and the report. See README.md. */
export type * from './types.js';
export { actorKey } from './actor-key.js';
export { parseCameoManualGold } from './read-cameo-manual.js';
export { parsePetrSuiteGold } from './read-petr-suite.js';
export { parseSeedGold } from './read-seed.js';
export { detectGoldFormat, parseGold, readGoldFile, seedArticlePath } from './read-gold.js';
export { parseGoldDate, parsePeriod, dateWithin, periodsOverlap } from './periods.js';
export { goldDyads, producedDyads } from './dyads.js';
export { scoreItemEvents } from './score-events.js';
export { scoreFacts, scoreDesignations, normaliseLabel, unitsAgree, valueWithin } from './score-facts.js';
export { scoreGold } from './score.js';
export { evaluateGold } from './run.js';
export type { Produce } from './run.js';
export { formatReport } from './format.js';
export type { FormatOptions } from './format.js';
export { levelScore } from './level-score.js';
export { ploverRoots, rootLabel, CAMEO_ROOTS } from './roots.js';
