/** Dyad analytics: series, relationship index, change detection. See README.md. */
export * from './periods.js';
export * from './series.js';
export * from './level.js';
export * from './index-score.js';
export * from './changes.js';
export * from './dyad.js';
