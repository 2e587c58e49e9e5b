/** The analyst's brief on a dyad: build it from the store, render it as Markdown or self-contained HTML. */
export { buildBrief, type BriefOptions } from './build.js';
export { renderMarkdown } from './markdown.js';
export { renderHtml } from './html.js';
export { indexChart, sparkline } from './chart.js';
export type * from './types.js';
