/**
 * Deduplication: one canonical event per happening. Pure functions; the store applies
 * them inside its write transaction (src/store/duckdb/merge.ts). See README.md.
 */
export type { Cluster, DateClass, DateVerdict, DedupActor, DedupDate, DedupItem, Verdict } from './types.js';
export { addDays, dayNumber, isoDay } from './days.js';
export {
  DAY_TOLERANCE,
  SHORT_RANGE_DAYS,
  compareDates,
  dateClass,
  dateRule,
  describeDate,
  gapDays,
  searchWindow,
  spanDays,
} from './window.js';
export { actorKey, candidateKeys, pairKey, pairKeys, sharedPairs } from './keys.js';
export { compatible, describeVerdict, type Comparable } from './compatible.js';
export { compareLead, describeLead } from './lead.js';
export { clusterItems, compatibilityGraph } from './cluster.js';
export { countOutlets, outletOf } from './outlets.js';
export { explainGroup, itemFromCoded, type MemberExplanation } from './explain.js';
export { matches, prepare, type Prepared } from './prepared.js';
export { compareSpeakers, speakers, speakersAgree, type SpeakerVerdict } from './speakers.js';
