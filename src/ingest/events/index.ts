/** Public API of the event importers (GDELT, ICEWS, PLOVER). */
export type * from './types.js';
export {
  readEventFile,
  readEventBatches,
  sniffEventFile,
  type EventFileFormat,
  type ImportOptions,
} from './read.js';
export { readGdelt, readGdeltBatches, type GdeltReadOptions } from './gdelt/read.js';
export { readIcews, type IcewsReadOptions } from './icews/read.js';
export { readPlover, type PloverReadOptions } from './plover/read.js';
export { parseGdeltEventRow } from './gdelt/event.js';
export { parseGdeltMentionRow, withMentions, gdeltMentionFields } from './gdelt/mention.js';
export { parseIcewsRow } from './icews/row.js';
export { parsePloverRecord } from './plover/record.js';
export { sniffLines, type SniffResult, type Sniffed } from './sniff.js';
export { readSourceLines, type SourceLine } from './lines.js';
export { cameoCountryToIso3 } from './gdelt/cameo-country.js';
export { sectorCodes } from './icews/sectors.js';
export {
  importEventFiles,
  planImport,
  reasonKind,
  type FileImport,
  type ImportFilesOptions,
  type ImportSummary,
  type PlannedFile,
  type SkippedRow,
} from './import-files.js';
export { loadImportLookups, lookupsFrom, type ImportLookups } from './lookups.js';
export {
  toStoreEvent,
  fromStoreEvent,
  toStoreMention,
  IMPORT_NOTES_KEY,
  type ImportNotes,
} from './store-record.js';
