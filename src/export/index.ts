/** Public API of the event exporters. */
export {
  gdeltEventLines,
  gdeltEventRows,
  actorPairs,
  GDELT_EXPORT_COLUMNS,
  type GdeltExportOptions,
} from './gdelt.js';
export { ploverRecord, ploverJsonLine, type PloverRecord } from './plover.js';
export { ploverRecordSchema, PLOVER_EVENT_TYPES } from './plover-schema.js';
export { csvHeader, csvLines, csvRecord, csvField, CSV_COLUMNS, type CsvOptions } from './csv.js';
export {
  exportText,
  renderEvent,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportResult,
  type TextExportFormat,
  type TextExportOptions,
} from './stream.js';
export { storedEventJson } from './event-json.js';
