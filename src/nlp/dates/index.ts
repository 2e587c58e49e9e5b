/** The date recognizer of the reading layer. */
export { recognizeDates, runConfiguration, type SentenceSpan } from './recognize.js';
export { dateConfiguration, type DateConfiguration } from './configuration.js';
export { dateBounds, type DateComponent, type Season } from './values.js';
export { Trigger, triggersOf } from './triggers.js';
export { patternParser, candidate, groupSpan } from './pattern-parser.js';
export type { DateCandidate, DateContext, DateParser, DateRefiner } from './types.js';
